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
 *       skeletons, at most 0.9 (vowels unseen, so never certain); skeletons of one or two letters must be
 *       equal, and then score 0.85;
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
  static final double CONSONANTS_MAX = 0.9;
  static final double DIFFERENT_NAMES_MAX = 0.6;

  private PartSimilarity() {}

  static double similarity(NamePart a, NamePart b) {
    return compare(a, b, null);
  }

  /** The kind of likeness, one of the {@link NamePartMatch} constants. */
  static String how(NamePart a, NamePart b) {
    String[] how = new String[1];
    compare(a, b, how);
    return how[0];
  }

  static double compare(NamePart a, NamePart b, String[] how) {
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
      return said(how, NamePartMatch.CONSONANTS, consonants(a.skeleton(), b.skeleton()));
    }
    int[] ga = a.groups();
    int[] gb = b.groups();
    if (ga.length > 0 && gb.length > 0) {
      if (intersect(ga, gb)) {
        return said(how, NamePartMatch.DICTIONARY, DICTIONARY);
      }
      double s = Math.min(DIFFERENT_NAMES_MAX, ConfusableDistance.similarity(a.key(), b.key()));
      return said(how, NamePartMatch.DIFFERENT, s);
    }
    if (a.key().equals(b.key())) {
      return said(how, NamePartMatch.PHONETIC, PHONETIC);
    }
    double s = Math.min(FUZZY_MAX, ConfusableDistance.similarity(a.key(), b.key()));
    return said(how, s >= NameMatcher.PART_FLOOR ? NamePartMatch.FUZZY : NamePartMatch.DIFFERENT, s);
  }

  private static double consonants(String a, String b) {
    if (Math.max(a.length(), b.length()) <= 2) {
      return a.equals(b) && !a.isEmpty() ? 0.85 : 0;
    }
    return CONSONANTS_MAX * ConfusableDistance.similarity(a, b);
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
