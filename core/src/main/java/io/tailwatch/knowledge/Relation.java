package io.tailwatch.knowledge;

import java.time.LocalDate;

/**
 * A dated, sourced edge of the entity graph: {@code sourceId} {@code label} {@code targetId}, e.g. "Gholamreza
 * Ghasemi directs Qeshm Fars Air". {@code link} is the FtM interval entity the edge was read from; it carries
 * the dates (null when open) and the source.
 */
public record Relation(Entity link, String sourceId, String targetId, String label, LocalDate start, LocalDate end) {

  /** Whether the relation held on the given day (open ends hold forever). */
  public boolean heldOn(LocalDate day) {
    return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
  }

  /** Whether the relation ended before the given day. */
  public boolean endedBefore(LocalDate day) {
    return end != null && end.isBefore(day);
  }

  public String otherEnd(String id) {
    return id.equals(sourceId) ? targetId : sourceId;
  }

  public Source source() {
    return Source.of(link);
  }
}
