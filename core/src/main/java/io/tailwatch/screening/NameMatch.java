package io.tailwatch.screening;

import java.util.List;

/** The score of a screened name against a listed name, in [0,1], with the part-by-part reasons for it. */
public record NameMatch(String query, String listed, double score, List<NamePartMatch> parts) {

  /** One line an analyst can read: "gholam+reza=gholamreza (exact), qasemi~ghasemi (phonetic)". */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    for (NamePartMatch p : parts) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(p.queryPart()).append(p.how().equals("missing") ? " (no counterpart)"
          : " ~ " + p.listedPart() + " (" + p.how() + String.format(java.util.Locale.ROOT, " %.2f", p.similarity()) + ")");
    }
    return sb.toString();
  }
}
