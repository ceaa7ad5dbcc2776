package io.tailwatch.knowledge.resolution;

import io.tailwatch.knowledge.Entity;
import java.util.List;

/**
 * Two entities from different sources that may be one party, for an analyst to judge.
 *
 * @param left    one entity
 * @param right   the other, from a source the left one is not in
 * @param score   in [0,1]: the name similarity, raised by shared identifiers and addresses, lowered by
 *                conflicting countries or birth dates
 * @param reasons what made the score, one line each
 */
public record Candidate(Entity left, Entity right, double score, List<String> reasons) {}
