package io.tailwatch.detect;

import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.Source;

/**
 * One link of an alert's evidence chain: a claim, what it rests on ({@code refType} "entity", "flight",
 * "manifest", "area" or "airport", and its id), who says so, and the date the fact holds or happened.
 */
public record EvidenceLink(String claim, String refType, String ref, Source source, String date) {

  public static EvidenceLink ofEntity(String claim, Entity entity, String date) {
    return new EvidenceLink(claim, "entity", entity.id(), Source.of(entity), date);
  }
}
