package io.tailwatch.screening;

/**
 * A weighted edit distance over {@link PhoneticKey} keys, cheap where transliterations differ and dear where
 * names differ.
 *
 * <p>Costs: a consonant for another 1, but 0.5-0.7 for letters renderings confuse (k/x for kh, h/x, c/x for
 * German ch, c/s, c/j, j/z, s/z, t/s for th, t/z for t/d, p/b for Persian p, p/f, f/v, l/r for Korean, m/n);
 * a vowel for another 0.4-0.5; inserting or dropping a vowel 0.5, an h 0.4, a w/v 0.6, another consonant 1;
 * swapping two neighbours 0.6. {@link #similarity} is 1 minus the distance over the longer key's length, the
 * distance raised by 0.5 when the two start with consonants that are not confused.
 *
 * <p>Cost: O(n*m) time on keys capped at {@link NameNormalizer#MAX_PART_LENGTH} letters, three rows of memory.
 */
final class ConfusableDistance {
  private ConfusableDistance() {}

  static double similarity(String a, String b) {
    return similarity(a, b, 0);
  }

  /**
   * The similarity when it is at least {@code floor}; below, some value under the floor (the distance stops
   * once every path costs more than the floor allows).
   */
  static double similarity(String a, String b, double floor) {
    if (a.equals(b)) {
      return 1;
    }
    int longer = Math.max(a.length(), b.length());
    if (longer == 0) {
      return 1;
    }
    char x = a.isEmpty() ? 0 : a.charAt(0);
    char y = b.isEmpty() ? 0 : b.charAt(0);
    // Names that start differently are rarely one name: Qaani / Haniyeh.
    double start = x != y && x != 0 && y != 0 && !PhoneticKey.isVowel(x) && !PhoneticKey.isVowel(y)
        && substitution(x, y) >= 1 ? FIRST_CONSONANT : 0;
    double d = start + distance(a, b, floor <= 0 ? Double.MAX_VALUE : (1 - floor) * longer - start);
    return Math.max(0, 1 - d / longer);
  }

  static final double FIRST_CONSONANT = 0.5;

  /** Three rows per thread, grown for longer keys: the distance runs millions of times when an index is searched. */
  private static final ThreadLocal<double[][]> ROWS = ThreadLocal.withInitial(
      () -> new double[][] {new double[32], new double[32], new double[32]});

  static double distance(String a, String b) {
    return distance(a, b, Double.MAX_VALUE);
  }

  /** The distance when it is at most {@code limit}; above, some value above the limit. */
  static double distance(String a, String b, double limit) {
    int n = a.length();
    if (limit < 0 || Math.abs(n - b.length()) * 0.4 > limit) {
      return Math.max(limit, 0) + 1; // every letter one key has more costs at least 0.4
    }
    int m = b.length();
    double[][] buffers = ROWS.get();
    if (buffers[0].length <= m) {
      buffers = new double[][] {new double[m + 1], new double[m + 1], new double[m + 1]};
      ROWS.set(buffers);
    }
    double[] previous2 = buffers[0];
    double[] previous = buffers[1];
    double[] current = buffers[2];
    previous[0] = 0;
    for (int j = 1; j <= m; j++) {
      previous[j] = previous[j - 1] + indel(b.charAt(j - 1));
    }
    double previousRowMin = 0;
    for (int i = 1; i <= n; i++) {
      char x = a.charAt(i - 1);
      current[0] = previous[0] + indel(x);
      double rowMin = current[0];
      for (int j = 1; j <= m; j++) {
        char y = b.charAt(j - 1);
        double best = previous[j - 1] + substitution(x, y);
        best = Math.min(best, previous[j] + indel(x));
        best = Math.min(best, current[j - 1] + indel(y));
        if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y && x != y) {
          best = Math.min(best, previous2[j - 2] + 0.6);
        }
        current[j] = best;
        rowMin = Math.min(rowMin, best);
      }
      if (rowMin > limit && previousRowMin + 0.6 > limit) {
        return limit + 1; // later rows cost at least this row's least, or the last row's plus a swap (0.6)
      }
      previousRowMin = rowMin;
      double[] t = previous2;
      previous2 = previous;
      previous = current;
      current = t;
    }
    return previous[m];
  }

  static double indel(char c) {
    if (PhoneticKey.isVowel(c)) {
      return 0.5;
    }
    return switch (c) {
      case 'h' -> 0.4;
      case 'v' -> 0.6;
      default -> 1;
    };
  }

  static double substitution(char x, char y) {
    if (x == y) {
      return 0;
    }
    if (x >= 128 || y >= 128) {
      return 1;
    }
    return SUBSTITUTION[x][y];
  }

  private static final double[][] SUBSTITUTION = new double[128][128];

  static {
    for (double[] row : SUBSTITUTION) {
      java.util.Arrays.fill(row, 1);
    }
    near("ai", 0.4);
    near("au", 0.5);
    near("iu", 0.5);
    for (String pair : new String[] {"kx", "hx", "cx", "jz", "sz", "bp"}) {
      near(pair, 0.5);
    }
    for (String pair : new String[] {"cs", "cj", "st", "fp", "fv", "tz", "lr"}) {
      near(pair, 0.6);
    }
    near("mn", 0.7);
  }

  private static void near(String pair, double cost) {
    SUBSTITUTION[pair.charAt(0)][pair.charAt(1)] = cost;
    SUBSTITUTION[pair.charAt(1)][pair.charAt(0)] = cost;
  }
}
