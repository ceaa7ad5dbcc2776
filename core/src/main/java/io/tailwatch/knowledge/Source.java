package io.tailwatch.knowledge;

import java.util.List;

/**
 * Who says a fact, and since when we know it: a sanctions list, a registry, an article or an analyst. Read
 * from an entity's FtM properties {@code publisher}, {@code sourceUrl} and {@code retrievedAt}, falling back to
 * the datasets it came from.
 */
public record Source(String publisher, String url, String date, List<String> datasets) {

  /**
   * The source of an entity's statements. An entity merged from several datasets has several publishers; they are
   * all named (joined by "; "), with the first source address and the latest retrieval date.
   */
  public static Source of(Entity entity) {
    List<String> publishers = entity.values("publisher");
    String latest = entity.values("retrievedAt").stream().max(String::compareTo).orElse(null);
    return new Source(publishers.isEmpty() ? null : String.join("; ", publishers), entity.first("sourceUrl"), latest,
        entity.datasets());
  }

  /** A citation as an analyst writes it: "Publisher, date, url". */
  public String citation() {
    StringBuilder sb = new StringBuilder(publisher != null ? publisher : String.join(", ", datasets));
    if (date != null) {
      sb.append(", ").append(date);
    }
    if (url != null) {
      sb.append(", ").append(url);
    }
    return sb.toString();
  }
}
