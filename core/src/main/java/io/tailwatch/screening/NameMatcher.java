package io.tailwatch.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a person's or company's name against another, tolerant of transliteration, order and joined parts.
 *
 * <p>Method: both names become parts ({@link NameNormalizer#parts}); parts of either side that together
 * spell one part of the other (Gholam + Reza = Gholamreza) are joined; then each part of the shorter name is
 * paired with its best unused counterpart, compared exactly, then by phonetic key, then by Jaro-Winkler on the
 * keys. The score is the length-weighted mean similarity of the pairs, lowered for parts of the longer name
 * left without a counterpart (an omitted middle name lowers it a little, not to zero), and zero unless at
 * least two parts match when both names have two or more (a shared family name alone is not the person).
 *
 * <p>Cost: O(n*m) part comparisons; names have a handful of parts.
 */
public final class NameMatcher {
  private static final double FUZZY_FLOOR = 0.90;
  private static final double OMISSION_WEIGHT = 0.5;
  /** Jaro-Winkler says little about short parts (Ali/Al): below this length only exact or phonetic matches count. */
  private static final int MIN_FUZZY_LENGTH = 4;

  private NameMatcher() {}

  public static NameMatch match(String query, String listed) {
    List<String> q = NameNormalizer.parts(query);
    List<String> l = NameNormalizer.parts(listed);
    if (q.isEmpty() || l.isEmpty()) {
      return new NameMatch(query, listed, 0, List.of());
    }
    joinSplitParts(q, l);
    joinSplitParts(l, q);
    boolean queryShorter = q.size() <= l.size();
    List<String> shorter = queryShorter ? q : l;
    List<String> longer = queryShorter ? l : q;
    boolean[] used = new boolean[longer.size()];
    List<NamePartMatch> parts = new ArrayList<>();
    double weighted = 0;
    double weights = 0;
    int matched = 0;
    for (String part : shorter) {
      int bestIndex = -1;
      double best = 0;
      String how = "missing";
      for (int j = 0; j < longer.size(); j++) {
        if (used[j]) {
          continue;
        }
        String other = longer.get(j);
        double sim;
        String kind;
        if (part.equals(other)) {
          sim = 1;
          kind = "exact";
        } else if (NameNormalizer.fold(part).equals(NameNormalizer.fold(other))) {
          sim = 0.95;
          kind = "phonetic";
        } else if (Math.min(part.length(), other.length()) >= MIN_FUZZY_LENGTH) {
          sim = JaroWinkler.similarity(NameNormalizer.fold(part), NameNormalizer.fold(other));
          kind = "fuzzy";
        } else {
          sim = 0;
          kind = "fuzzy";
        }
        if (sim > best) {
          best = sim;
          bestIndex = j;
          how = kind;
        }
      }
      double weight = part.length();
      weights += weight;
      if (bestIndex >= 0 && best >= FUZZY_FLOOR) {
        used[bestIndex] = true;
        matched++;
        weighted += weight * best;
        String other = longer.get(bestIndex);
        parts.add(queryShorter ? new NamePartMatch(part, other, how, best) : new NamePartMatch(other, part, how, best));
      } else if (queryShorter) {
        parts.add(new NamePartMatch(part, null, "missing", 0));
      }
    }
    for (int j = 0; j < longer.size(); j++) {
      if (!used[j]) {
        weights += OMISSION_WEIGHT * longer.get(j).length();
        if (!queryShorter) {
          parts.add(new NamePartMatch(longer.get(j), null, "missing", 0));
        }
      }
    }
    double score = weights == 0 ? 0 : weighted / weights;
    if (Math.min(q.size(), l.size()) >= 2 && matched < 2) {
      score = Math.min(score, 0.5);
    }
    return new NameMatch(query, listed, score, parts);
  }

  /** Joins adjacent parts of {@code a} whose concatenation is a part of {@code b} (by phonetic key). */
  private static void joinSplitParts(List<String> a, List<String> b) {
    for (int i = 0; i + 1 < a.size(); i++) {
      String joined = a.get(i) + a.get(i + 1);
      String key = NameNormalizer.fold(joined);
      for (String other : b) {
        if (NameNormalizer.fold(other).equals(key)) {
          a.set(i, joined);
          a.remove(i + 1);
          break;
        }
      }
    }
  }
}
