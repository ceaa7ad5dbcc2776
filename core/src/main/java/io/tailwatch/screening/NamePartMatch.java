package io.tailwatch.screening;

import java.util.Locale;

/**
 * How one part of the screened name met one part of the listed name. {@code how} is one of:
 *
 * <ul>
 *   <li>{@value #EXACT}: the same letters (after case, accents, script);
 *   <li>{@value #DICTIONARY}: one name in the name dictionary ({@code Hossein} / {@code Husayn}, {@code غلامرضا}
 *       / {@code Gholamreza});
 *   <li>{@value #PHONETIC}: the same sound in another spelling ({@code Qasemi} / {@code Ghasemi});
 *   <li>{@value #CONSONANTS}: the same consonants, against a part in the Arabic or Hebrew script that the
 *       dictionary does not know;
 *   <li>{@value #FUZZY}: close in spelling, allowing for letters transliterations confuse;
 *   <li>{@value #INITIAL}: an initial and a part it begins;
 *   <li>{@value #CONTRADICTED}: both names have a part here and they differ ({@code Bush} / {@code Habbash}),
 *       which lowers the score a lot;
 *   <li>{@value #OMITTED}: one name has a part the other lacks (a middle name left out), which lowers it a little.
 * </ul>
 *
 * A part that stands for two on the other side is shown with both ({@code gholam reza}). Either side is null
 * for a part {@value #OMITTED} from that side.
 */
public record NamePartMatch(String queryPart, String listedPart, String how, double similarity) {
  public static final String EXACT = "exact";
  public static final String DICTIONARY = "dictionary";
  public static final String PHONETIC = "phonetic";
  public static final String CONSONANTS = "consonants";
  public static final String FUZZY = "fuzzy";
  public static final String INITIAL = "initial";
  public static final String CONTRADICTED = "contradicted";
  public static final String OMITTED = "omitted";
  /** Internal: two parts that are not the same name; shown as {@value #CONTRADICTED} when paired. */
  static final String DIFFERENT = "different";

  public boolean matched() {
    return !how.equals(CONTRADICTED) && !how.equals(OMITTED);
  }

  /** One phrase an analyst can read: {@code 'qasemi' ≈ 'ghasemi' (same sound, another spelling; 0.95)}. */
  public String describe() {
    String sim = String.format(Locale.ROOT, "%.2f", similarity);
    return switch (how) {
      case EXACT -> quote(queryPart) + " = " + quote(listedPart);
      case DICTIONARY -> quote(queryPart) + " = " + quote(listedPart) + " (one name in the name dictionary)";
      case PHONETIC -> quote(queryPart) + " ≈ " + quote(listedPart) + " (same sound, another spelling; " + sim + ")";
      case CONSONANTS -> quote(queryPart) + " ≈ " + quote(listedPart)
          + " (same consonants; the script does not write vowels; " + sim + ")";
      case FUZZY -> quote(queryPart) + " ≈ " + quote(listedPart) + " (close spelling; " + sim + ")";
      case INITIAL -> quote(queryPart) + " ≈ " + quote(listedPart) + " (initial)";
      case CONTRADICTED -> quote(queryPart) + " ≠ " + quote(listedPart) + " (different names; " + sim + ")";
      case OMITTED -> queryPart != null ? quote(queryPart) + " has no counterpart in the listed name"
          : quote(listedPart) + " of the listed name has no counterpart in the screened name";
      default -> quote(queryPart) + " ? " + quote(listedPart);
    };
  }

  private static String quote(String part) {
    return "'" + part + "'";
  }
}
