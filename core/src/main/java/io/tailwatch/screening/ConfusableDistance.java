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
    return similarity(a, Scratch.of(b), 0, b.length(), floor);
  }

  /** The same, against the key held in {@code b[from, from + length)}: keys filed side by side in one array. */
  static double similarity(String a, char[] b, int from, int length, double floor) {
    if (equal(a, b, from, length)) {
      return 1;
    }
    int longer = Math.max(a.length(), length);
    char x = a.isEmpty() ? 0 : a.charAt(0);
    char y = length == 0 ? 0 : b[from];
    // Names that start differently are rarely one name: Qaani / Haniyeh.
    double start = x != y && x != 0 && y != 0 && !PhoneticKey.isVowel(x) && !PhoneticKey.isVowel(y)
        && substitution(x, y) >= 1 ? FIRST_CONSONANT : 0;
    double d = start + distance(a, b, from, length, floor <= 0 ? Double.MAX_VALUE : (1 - floor) * longer - start);
    return Math.max(0, 1 - d / longer);
  }

  static boolean equal(String a, char[] b, int from, int length) {
    if (a.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (a.charAt(i) != b[from + i]) {
        return false;
      }
    }
    return true;
  }

  static final double FIRST_CONSONANT = 0.5;

  static double distance(String a, String b) {
    return distance(a, Scratch.of(b), 0, b.length(), Double.MAX_VALUE);
  }

  /**
   * The distance from {@code a} to {@code b[from, from + m)} when it is at most {@code limit}; above, some value
   * above the limit. Worked out in tenths: every cost is a multiple of 0.1, so integer sums are exact (a limit met
   * exactly is met) and the minimum is one instruction, where doubles' is several.
   */
  private static double distance(String a, char[] b, int from, int m, double limit) {
    int n = a.length();
    int bound = limit >= UNBOUNDED ? Integer.MAX_VALUE / 2 : (int) Math.floor(limit * 10 + 1e-6);
    if (limit < 0 || Math.abs(n - m) * LEAST_INDEL > bound) {
      return Math.max(limit, 0) + 1; // every letter one key has more costs at least the cheapest indel
    }
    Scratch rows = Scratch.ROWS.get().sized(m);
    int[] previous2 = rows.previous2;
    int[] previous = rows.previous;
    int[] current = rows.current;
    int[] indelB = rows.indelB;
    previous[0] = 0;
    for (int j = 1; j <= m; j++) {
      indelB[j] = indelTenths(b[from + j - 1]);
      previous[j] = previous[j - 1] + indelB[j];
    }
    int previousRowMin = 0;
    for (int i = 1; i <= n; i++) {
      char x = a.charAt(i - 1);
      int indelX = indelTenths(x);
      current[0] = previous[0] + indelX;
      int rowMin = current[0];
      for (int j = 1; j <= m; j++) {
        char y = b[from + j - 1];
        int best = previous[j - 1] + substitutionTenths(x, y);
        best = Math.min(best, previous[j] + indelX);
        best = Math.min(best, current[j - 1] + indelB[j]);
        if (i > 1 && j > 1 && x == b[from + j - 2] && a.charAt(i - 2) == y && x != y) {
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

  /**
   * Three rows, the second key's indel costs and its letters, per thread, grown for longer keys: the distance runs
   * millions of times when an index is searched.
   */
  private static final class Scratch {
    static final ThreadLocal<Scratch> ROWS = ThreadLocal.withInitial(Scratch::new);
    int[] previous2 = new int[32];
    int[] previous = new int[32];
    int[] current = new int[32];
    int[] indelB = new int[32];
    char[] letters = new char[32];

    Scratch sized(int m) {
      if (previous.length <= m) {
        previous2 = new int[m + 1];
        previous = new int[m + 1];
        current = new int[m + 1];
        indelB = new int[m + 1];
      }
      return this;
    }

    /** {@code key}'s letters in this thread's buffer, from 0. */
    static char[] of(String key) {
      Scratch s = ROWS.get();
      if (s.letters.length < key.length()) {
        s.letters = new char[key.length()];
      }
      key.getChars(0, key.length(), s.letters, 0);
      return s.letters;
    }
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
