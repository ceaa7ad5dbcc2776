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

  /**
   * Three rows and the second key's indel costs, per thread, grown for longer keys: the distance runs millions of
   * times when an index is searched.
   */
  private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(
      () -> new int[][] {new int[32], new int[32], new int[32], new int[32]});

  static double distance(String a, String b) {
    return distance(a, b, Double.MAX_VALUE);
  }

  /**
   * The distance when it is at most {@code limit}; above, some value above the limit. Worked out in tenths: every
   * cost is a multiple of 0.1, so integer sums are exact (a limit met exactly is met) and the minimum is one
   * instruction, where doubles' is several.
   */
  static double distance(String a, String b, double limit) {
    int n = a.length();
    int m = b.length();
    int bound = limit >= UNBOUNDED ? Integer.MAX_VALUE / 2 : (int) Math.floor(limit * 10 + 1e-6);
    if (limit < 0 || Math.abs(n - m) * LEAST_INDEL > bound) {
      return Math.max(limit, 0) + 1; // every letter one key has more costs at least the cheapest indel
    }
    int[][] buffers = ROWS.get();
    if (buffers[0].length <= m) {
      buffers = new int[][] {new int[m + 1], new int[m + 1], new int[m + 1], new int[m + 1]};
      ROWS.set(buffers);
    }
    int[] previous2 = buffers[0];
    int[] previous = buffers[1];
    int[] current = buffers[2];
    int[] indelB = buffers[3];
    previous[0] = 0;
    for (int j = 1; j <= m; j++) {
      indelB[j] = indelTenths(b.charAt(j - 1));
      previous[j] = previous[j - 1] + indelB[j];
    }
    int previousRowMin = 0;
    for (int i = 1; i <= n; i++) {
      char x = a.charAt(i - 1);
      int indelX = indelTenths(x);
      current[0] = previous[0] + indelX;
      int rowMin = current[0];
      for (int j = 1; j <= m; j++) {
        char y = b.charAt(j - 1);
        int best = previous[j - 1] + substitutionTenths(x, y);
        best = Math.min(best, previous[j] + indelX);
        best = Math.min(best, current[j - 1] + indelB[j]);
        if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y && x != y) {
          best = Math.min(best, previous2[j - 2] + SWAP);
        }
        current[j] = best;
        rowMin = Math.min(rowMin, best);
      }
      if (rowMin > bound && previousRowMin + SWAP > bound) {
        return limit + 1; // later rows cost at least this row's least, or the last row's plus a swap
      }
      previousRowMin = rowMin;
      int[] t = previous2;
      previous2 = previous;
      previous = current;
      current = t;
    }
    return previous[m] / 10.0;
  }

  private static final double UNBOUNDED = 1e6;
  private static final int SWAP = 6;
  private static final int LEAST_INDEL = 4;

  static double indel(char c) {
    return indelTenths(c) / 10.0;
  }

  static double substitution(char x, char y) {
    return substitutionTenths(x, y) / 10.0;
  }

  private static int indelTenths(char c) {
    if (PhoneticKey.isVowel(c)) {
      return 5;
    }
    return switch (c) {
      case 'h' -> 4;
      case 'v' -> 6;
      default -> 10;
    };
  }

  private static int substitutionTenths(char x, char y) {
    if (x == y) {
      return 0;
    }
    if (x >= 128 || y >= 128) {
      return 10;
    }
    return SUBSTITUTION[x][y];
  }

  /** Tenths. */
  private static final byte[][] SUBSTITUTION = new byte[128][128];

  static {
    for (byte[] row : SUBSTITUTION) {
      java.util.Arrays.fill(row, (byte) 10);
    }
    near("ai", 4);
    near("au", 5);
    near("iu", 5);
    for (String pair : new String[] {"kx", "hx", "cx", "jz", "sz", "bp"}) {
      near(pair, 5);
    }
    for (String pair : new String[] {"cs", "cj", "st", "fp", "fv", "tz", "lr"}) {
      near(pair, 6);
    }
    near("mn", 7);
  }

  private static void near(String pair, int tenths) {
    SUBSTITUTION[pair.charAt(0)][pair.charAt(1)] = (byte) tenths;
    SUBSTITUTION[pair.charAt(1)][pair.charAt(0)] = (byte) tenths;
  }
}
