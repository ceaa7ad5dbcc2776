package io.tailwatch.screening;

/**
 * How alike two name parts are, in [0,1], and in which way ({@link NamePartMatch} kinds), checked in order:
 *
 * <ol>
 *   <li>initial: a single letter against a part starting with it, 0.9;
 *   <li>exact: the same Latin letters, 1;
 *   <li>dictionary: one name in the {@link NameDictionary} ({@code Hossein}, {@code Husayn}), 0.97; parts the
 *       dictionary knows as two different names ({@code Hassan}, {@code Hossein}) score at most 0.6;
 *   <li>phonetic: the same {@link PhoneticKey} ({@code Qasemi}, {@code Ghassemi}), 0.95;
 *   <li>consonants: a part read from an abjad against any part, by {@link ConfusableDistance} on the
 *       skeletons, at most 0.92 (vowels unseen, so never certain), a difference counting 0.6 of what it counts
 *       between Latin spellings; skeletons of one or two letters score 0.85 when equal, 0.82 when one
 *       confusable letter apart ({@code ks} / {@code kc} for Akkacha), else 0;
 *   <li>fuzzy: {@link ConfusableDistance} on the keys, at most 0.94.
 * </ol>
 *
 * <p>Cost: O(1) for the first four, O(n*m) on short keys for the last two; no allocation on the common paths.
 */
final class PartSimilarity {
  static final double INITIAL = 0.9;
  static final double DICTIONARY = 0.97;
  static final double PHONETIC = 0.95;
  static final double FUZZY_MAX = 0.94;
  static final double CONSONANTS_MAX = 0.92;
  static final double SHORT_CONSONANTS = 0.85;
  static final double SHORT_NEAR_CONSONANTS = 0.82;
  static final double DIFFERENT_NAMES_MAX = 0.6;

  private PartSimilarity() {}

  static double similarity(NamePart a, NamePart b) {
    return similarity(a, b, 0);
  }

  /** The similarity when it is at least {@code floor}; else some value below the floor, found sooner. */
  static double similarity(NamePart a, NamePart b, double floor) {
    double s = compare(a, b, null, floor);
    if (s < DICTIONARY && a.startsWithArticle() != b.startsWithArticle()) {
      // Alotaibi / Al-Otaibi, Elkaddafi / Gaddafi: the article written onto the name, on one side only.
      s = Math.max(s, compare(a.startsWithArticle() ? a.articleless() : a, b.startsWithArticle() ? b.articleless() : b,
          null, floor));
    }
    return s;
  }

  /** The kind of likeness, one of the {@link NamePartMatch} constants. */
  static String how(NamePart a, NamePart b) {
    String[] how = new String[1];
    double s = compare(a, b, how, 0);
    if (s < DICTIONARY && a.startsWithArticle() != b.startsWithArticle()) {
      String[] without = new String[1];
      double t = compare(a.startsWithArticle() ? a.articleless() : a, b.startsWithArticle() ? b.articleless() : b,
          without, 0);
      return t > s ? without[0] : how[0];
    }
    return how[0];
  }

  static double compare(NamePart a, NamePart b, String[] how, double floor) {
    boolean ia = a.role() == NamePart.Role.INITIAL;
    boolean ib = b.role() == NamePart.Role.INITIAL;
    if (ia || ib) {
      if (ia && ib) {
        return said(how, a.latin().equals(b.latin()) ? NamePartMatch.EXACT : NamePartMatch.DIFFERENT,
            a.latin().equals(b.latin()) ? 1 : 0);
      }
      NamePart initial = ia ? a : b;
      NamePart other = ia ? b : a;
      boolean starts = !other.abjad() && !other.latin().isEmpty() && other.latin().charAt(0) == initial.latin().charAt(0);
      return said(how, starts ? NamePartMatch.INITIAL : NamePartMatch.DIFFERENT, starts ? INITIAL : 0);
    }
    if (a.abjad() == b.abjad() && a.latin().equals(b.latin())) {
      return said(how, NamePartMatch.EXACT, 1);
    }
    if (a.abjad() || b.abjad()) {
      // CONSONANTS_MAX * (1 - 0.6 d) reaches the floor only when the skeletons' similarity reaches this.
      double skeletonFloor = floor <= 0 ? 0 : 1 - (1 - floor / CONSONANTS_MAX) / 0.6;
      double c = consonants(a.skeleton(), b.skeleton(), skeletonFloor);
      // The other readings: Azhar as ز then ه (not ژ); ثناء as Sana (Persian, Urdu), not Thana.
      if (a.literalSkeleton() != a.skeleton()) {
        c = Math.max(c, consonants(a.literalSkeleton(), b.skeleton(), skeletonFloor));
      }
      if (b.literalSkeleton() != b.skeleton()) {
        c = Math.max(c, consonants(a.skeleton(), b.literalSkeleton(), skeletonFloor));
        if (a.literalSkeleton() != a.skeleton()) {
          c = Math.max(c, consonants(a.literalSkeleton(), b.literalSkeleton(), skeletonFloor));
        }
      }
      return said(how, NamePartMatch.CONSONANTS, c);
    }
    int[] ga = a.groups();
    int[] gb = b.groups();
    if (ga.length > 0 && gb.length > 0) {
      if (intersect(ga, gb)) {
        return said(how, NamePartMatch.DICTIONARY, DICTIONARY);
      }
      if (floor > DIFFERENT_NAMES_MAX) {
        return said(how, NamePartMatch.DIFFERENT, 0); // below any floor above the cap
      }
      double s = Math.min(DIFFERENT_NAMES_MAX, ConfusableDistance.similarity(a.key(), b.key()));
      return said(how, NamePartMatch.DIFFERENT, s);
    }
    if (a.key().equals(b.key())) {
      return said(how, NamePartMatch.PHONETIC, PHONETIC);
    }
    double s = Math.min(FUZZY_MAX, ConfusableDistance.similarity(a.key(), b.key(), floor));
    return said(how, s >= NameMatcher.PART_FLOOR ? NamePartMatch.FUZZY : NamePartMatch.DIFFERENT, s);
  }

  /**
   * {@link #similarity} of two parts only their keys can make alike ({@link KeyShape#byKeysAlone}) whose keys differ,
   * the second key read from {@code b[from, from + length)}: the last step of {@link #compare}, for an index that
   * keeps its parts' keys side by side.
   */
  static double byKeys(String a, char[] b, int from, int length, double floor) {
    return Math.min(FUZZY_MAX, ConfusableDistance.similarity(a, b, from, length, floor));
  }

  private static double consonants(String a, String b, double floor) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    if (Math.max(a.length(), b.length()) <= 2) {
      return a.equals(b) ? SHORT_CONSONANTS : ConfusableDistance.distance(a, b) <= 0.6 ? SHORT_NEAR_CONSONANTS : 0;
    }
    // Half the weight of a Latin difference: with vowels unseen, a consonant is most of the evidence.
    double d = 1 - ConfusableDistance.similarity(a, b, floor);
    return CONSONANTS_MAX * Math.max(0, 1 - 0.6 * d);
  }

  private static boolean intersect(int[] a, int[] b) {
    for (int x : a) {
      for (int y : b) {
        if (x == y) {
          return true;
        }
      }
    }
    return false;
  }

  private static double said(String[] how, String kind, double similarity) {
    if (how != null) {
      how[0] = kind;
    }
    return similarity;
  }
}
