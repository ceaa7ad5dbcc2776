package io.tailwatch.screening;

/**
 * A {@link PhoneticKey} key summed up in one long (its length and how often each letter, and each family of
 * confusable letters, occurs), from which a lower bound of the {@link ConfusableDistance} between two keys follows
 * without reading either key. An index looking up a part meets thousands of filed parts through its blocking keys
 * and finds a few dozen alike: the bound turns most of the others away from an array of shapes, before their
 * parts are read from memory.
 *
 * <p>Why it is a bound: an edit script turning one key into the other must make up every difference in letter
 * counts. A substitution of x by y changes the counts of two letters by one and costs at least the cost of each
 * of them, set at half their cheapest substitution ({@code a/i} 0.4: 0.2 each); an insertion or deletion changes
 * one count and costs that letter's indel; a swap of neighbours changes no count. So the distance is at least
 * Σ |difference in count of c| · unit(c), with unit(c) the least of c's indel and half its cheapest substitution.
 * The same holds for families (vowels, k/x/h/c/s/j/z/t, p/b/f/v, l/r, m/n), where a substitution inside a
 * family changes no family count, and for the lengths (each indel changes the length by one). Counts are kept
 * saturated (a letter to 3, a family to 7): the difference of saturated counts is never larger than the true
 * difference, so the bound stays a bound. Two keys starting with consonants that are not confused also pay the
 * distance's first-letter charge ({@link ConfusableDistance#FIRST_CONSONANT}), known from their first letters.
 *
 * <p>Layout, low bits first: 19 letters × 2 bits, 5 families × 3 bits, the length (5 bits, 31: too long to tell),
 * the first letter (4 bits: 0 for a vowel or anything else, f and v one code as they are confused), then a bit for
 * "has dictionary groups" and a bit for "has a shape" (0 when the part is not compared through its key: see
 * {@link #of}).
 */
final class KeyShape {
  /** The letters {@link PhoneticKey} writes; digits and anything else are not counted. */
  private static final String LETTERS = "aiubcfhjklmnprstvxz";
  private static final String[] FAMILIES = {"aiu", "kxhcsjzt", "pbfv", "lr", "mn"};
  private static final int LETTER_BITS = 2;
  private static final int FAMILY_BITS = 3;
  private static final int FAMILY_SHIFT = LETTERS.length() * LETTER_BITS;
  private static final int LENGTH_SHIFT = FAMILY_SHIFT + FAMILIES.length * FAMILY_BITS;
  private static final int TOO_LONG = 31;
  private static final int FIRST_SHIFT = LENGTH_SHIFT + 5;
  /** First letters by code, from 1: a code's letters are never charged against each other. */
  private static final String[] FIRST_LETTERS = {"b", "c", "fv", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t",
      "x", "z"};
  private static final long GROUPED = 1L << (FIRST_SHIFT + 4);
  private static final long SHAPED = 1L << (FIRST_SHIFT + 5);
  /** No shape: the part is compared otherwise, nothing can be told. */
  static final long NONE = 0;

  private static final int[] LETTER_OF = new int[128];
  private static final int[] FAMILY_OF = new int[128];
  private static final double[] LETTER_UNIT = new double[LETTERS.length()];
  private static final double[] FAMILY_UNIT = new double[FAMILIES.length];
  private static final double LENGTH_UNIT;
  private static final int[] FIRST_CODE = new int[128];
  /** Whether keys starting with letters of these two codes always pay the first-letter charge. */
  private static final boolean[][] CHARGED = new boolean[FIRST_LETTERS.length + 1][FIRST_LETTERS.length + 1];

  static {
    java.util.Arrays.fill(LETTER_OF, -1);
    java.util.Arrays.fill(FAMILY_OF, FAMILIES.length);
    for (int i = 0; i < LETTERS.length(); i++) {
      LETTER_OF[LETTERS.charAt(i)] = i;
    }
    for (int f = 0; f < FAMILIES.length; f++) {
      for (char c : FAMILIES[f].toCharArray()) {
        FAMILY_OF[c] = f;
      }
    }
    // Units from the distance's own costs, so that the bound follows them if they change. Letters of no family
    // (digits, anything past ASCII) are not counted: leaving counts out only weakens the bound.
    double cheapest = Double.MAX_VALUE;
    java.util.Arrays.fill(FAMILY_UNIT, Double.MAX_VALUE);
    for (int code = 1; code <= FIRST_LETTERS.length; code++) {
      for (char c : FIRST_LETTERS[code - 1].toCharArray()) {
        FIRST_CODE[c] = code;
      }
    }
    for (int a = 1; a <= FIRST_LETTERS.length; a++) {
      for (int b = 1; b <= FIRST_LETTERS.length; b++) {
        boolean always = true;
        for (char x : FIRST_LETTERS[a - 1].toCharArray()) {
          for (char y : FIRST_LETTERS[b - 1].toCharArray()) {
            always &= x != y && ConfusableDistance.substitution(x, y) >= 1;
          }
        }
        CHARGED[a][b] = always;
      }
    }
    for (char x = 0; x < 128; x++) {
      cheapest = Math.min(cheapest, ConfusableDistance.indel(x));
      double letter = ConfusableDistance.indel(x);
      double family = ConfusableDistance.indel(x);
      for (char y = 0; y < 128; y++) {
        if (y != x) {
          letter = Math.min(letter, ConfusableDistance.substitution(x, y) / 2);
          if (FAMILY_OF[y] != FAMILY_OF[x]) {
            family = Math.min(family, ConfusableDistance.substitution(x, y) / 2);
          }
        }
      }
      if (LETTER_OF[x] >= 0) {
        LETTER_UNIT[LETTER_OF[x]] = letter;
      }
      if (FAMILY_OF[x] < FAMILIES.length) {
        FAMILY_UNIT[FAMILY_OF[x]] = Math.min(FAMILY_UNIT[FAMILY_OF[x]], family);
      }
    }
    LENGTH_UNIT = cheapest;
  }

  private KeyShape() {}

  /**
   * The shape of a part compared through its key alone: Latin, no glued article, not an initial (the others are
   * compared by skeleton, without the article, or by letter: {@link PartSimilarity}); else {@link #NONE}.
   */
  static long of(NamePart p) {
    if (p.abjad() || p.startsWithArticle() || p.role() == NamePart.Role.INITIAL) {
      return NONE;
    }
    return of(p.key(), p.groups().length > 0);
  }

  static long of(String key, boolean grouped) {
    int[] letters = new int[LETTERS.length()];
    int[] families = new int[FAMILIES.length + 1]; // the last for letters of no family, not kept
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 128 && LETTER_OF[c] >= 0) {
        letters[LETTER_OF[c]]++;
      }
      families[c < 128 ? FAMILY_OF[c] : FAMILIES.length]++;
    }
    long shape = SHAPED | (grouped ? GROUPED : 0) | (long) Math.min(key.length(), TOO_LONG) << LENGTH_SHIFT;
    char first = key.isEmpty() ? 0 : key.charAt(0);
    shape |= (long) (first < 128 ? FIRST_CODE[first] : 0) << FIRST_SHIFT;
    for (int i = 0; i < letters.length; i++) {
      shape |= (long) Math.min(letters[i], 3) << (i * LETTER_BITS);
    }
    for (int f = 0; f < FAMILIES.length; f++) {
      shape |= (long) Math.min(families[f], 7) << (FAMILY_SHIFT + f * FAMILY_BITS);
    }
    return shape;
  }

  /**
   * Whether two parts of these shapes are alike only as their keys are ({@link PartSimilarity#byKeys}): both have a
   * shape and not both dictionary groups.
   */
  static boolean byKeysAlone(long a, long b) {
    return (a & SHAPED) != 0 && (b & SHAPED) != 0 && (a & b & GROUPED) == 0;
  }

  /**
   * False only when the two keys cannot reach {@code floor} in {@link ConfusableDistance#similarity}: the bound
   * on their distance exceeds what the floor allows of the longer key. True whenever either has no shape, when
   * both have dictionary groups (then the dictionary decides), and when a length is too long to tell.
   */
  static boolean mayBeAlike(long a, long b, double floor) {
    if ((a & SHAPED) == 0 || (b & SHAPED) == 0 || (a & b & GROUPED) != 0) {
      return true;
    }
    int lengthA = (int) (a >>> LENGTH_SHIFT) & TOO_LONG;
    int lengthB = (int) (b >>> LENGTH_SHIFT) & TOO_LONG;
    if (lengthA == TOO_LONG || lengthB == TOO_LONG) {
      return true;
    }
    double allowed = (1 - floor) * Math.max(lengthA, lengthB) + 1e-9;
    if (CHARGED[(int) (a >>> FIRST_SHIFT) & 15][(int) (b >>> FIRST_SHIFT) & 15]) {
      allowed -= ConfusableDistance.FIRST_CONSONANT;
    }
    if (Math.abs(lengthA - lengthB) * LENGTH_UNIT > allowed) {
      return false;
    }
    double letters = 0;
    for (int i = 0; i < LETTER_UNIT.length; i++) {
      int shift = i * LETTER_BITS;
      letters += Math.abs((int) (a >>> shift & 3) - (int) (b >>> shift & 3)) * LETTER_UNIT[i];
    }
    if (letters > allowed) {
      return false;
    }
    double families = 0;
    for (int f = 0; f < FAMILY_UNIT.length; f++) {
      int shift = FAMILY_SHIFT + f * FAMILY_BITS;
      families += Math.abs((int) (a >>> shift & 7) - (int) (b >>> shift & 7)) * FAMILY_UNIT[f];
    }
    return families <= allowed;
  }
}
