package io.tailwatch.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The baseline screening tools use today, kept to measure against: names lower-cased, transliterated to Latin
 * (ICU {@code Any-Latin; Latin-ASCII}) and cut into tokens; each token of the shorter name takes the
 * {@link JaroWinkler} similarity of its best token in the other; the score is the mean. No dictionary, no
 * titles or legal forms, no penalty for contradicted or omitted parts: hence "George Bush" ≈ "George Habbash".
 *
 * <p>Cost: O(n·m) Jaro-Winkler comparisons, plus an ICU call per non-ASCII name.
 */
public final class TokenJaroWinkler {
  private TokenJaroWinkler() {}

  public static double score(String a, String b) {
    return score(tokens(a), tokens(b));
  }

  /** The score of two names already cut into tokens (as a scan over a list would keep them). */
  public static double score(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    double sum = 0;
    for (String t : shorter) {
      double best = 0;
      for (String u : longer) {
        best = Math.max(best, JaroWinkler.similarity(t, u));
      }
      sum += best;
    }
    return sum / shorter.size();
  }

  public static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    if (name == null) {
      return out;
    }
    String text = name.length() > NameNormalizer.MAX_CHARS ? name.substring(0, NameNormalizer.MAX_CHARS) : name;
    StringBuilder latin = new StringBuilder();
    for (String word : text.split("[\\s,/.\\-]+")) {
      if (!word.isEmpty()) {
        latin.append(Transliteration.toAscii(word)).append(' ');
      }
    }
    for (String t : latin.toString().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
