package io.tailwatch.detect;

import java.time.Instant;
import java.util.List;

/**
 * What a detector found, with the chain of evidence that supports it.
 *
 * @param id        stable id: the same finding on the same data always gets the same id, so re-running
 *                  detection does not duplicate alerts
 * @param detector  the detector's name, e.g. {@code sanctioned-flight}
 * @param subjectType "flight", "aircraft", "person" or "route"
 * @param subjectId the leg id, entity id, or route key
 * @param caseId    alerts about the same flight share a case (the leg id), so they are read together
 * @param time      when the finding happened (event time)
 * @param score     strength of the evidence in [0,1]
 */
public record Alert(
    String id,
    String detector,
    String subjectType,
    String subjectId,
    String caseId,
    Instant time,
    Severity severity,
    double score,
    String title,
    List<EvidenceLink> evidence) {

  public Alert {
    evidence = List.copyOf(evidence);
  }

  /** Combines independent pieces of evidence: 1 - product of (1 - p). */
  public static double combine(double... strengths) {
    double miss = 1;
    for (double p : strengths) {
      miss *= 1 - Math.max(0, Math.min(1, p));
    }
    return 1 - miss;
  }
}
