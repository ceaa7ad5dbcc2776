package io.tailwatch.knowledge.resolution;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's decision that two entities, from different sources, are or are not the same party: MAHAN AIR on
 * the SDN list and MAHAN AIRWAYS on the Denied Persons List, say.
 *
 * @param keptId    the entity whose id the merged entity keeps (for SAME); the first one named
 * @param otherId   the entity merged into it, or declared different
 * @param verdict   SAME or NOT_SAME
 * @param reason    why, in the analyst's words (kept as evidence)
 * @param decidedAt when the decision was taken; decisions replay in this order
 */
public record Judgement(String keptId, String otherId, Verdict verdict, String reason, Instant decidedAt) {

  public enum Verdict { SAME, NOT_SAME }

  public Judgement {
    Objects.requireNonNull(keptId, "keptId");
    Objects.requireNonNull(otherId, "otherId");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(decidedAt, "decidedAt");
    if (keptId.equals(otherId)) {
      throw new IllegalArgumentException("an entity is always the same as itself: " + keptId);
    }
  }

  /** The pair regardless of order, so that a later decision on B,A replaces one on A,B. */
  public String pairKey() {
    return keptId.compareTo(otherId) < 0 ? keptId + "\u0000" + otherId : otherId + "\u0000" + keptId;
  }
}
