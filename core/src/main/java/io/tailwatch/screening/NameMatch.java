package io.tailwatch.screening;

import java.util.List;

/**
 * The score of a screened name against a listed name, in [0,1], with the part-by-part reasons for it
 * ({@link NamePartMatch}) and notes on what else shaped it (words ignored, caps applied).
 */
public record NameMatch(String query, String listed, double score, List<NamePartMatch> parts, List<String> notes) {

  public NameMatch {
    parts = List.copyOf(parts);
    notes = List.copyOf(notes);
  }

  public NameMatch(String query, String listed, double score, List<NamePartMatch> parts) {
    this(query, listed, score, parts, List.of());
  }

  /** One line an analyst can read: {@code 'gholam reza' = 'gholamreza', 'qasemi' ≈ 'ghasemi' (...)}. */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    for (NamePartMatch p : parts) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(p.describe());
    }
    for (String note : notes) {
      sb.append(sb.length() > 0 ? "; " : "").append(note);
    }
    return sb.toString();
  }
}
