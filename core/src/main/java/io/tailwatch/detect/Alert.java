package io.tailwatch.detect;

import java.time.Instant;
import java.util.List;

/**
 * What a detector found, with the chain of evidence that supports it.
 *
 * @param id          stable id: the same finding on the same data always gets the same id, so re-running
 *                    detection does not duplicate alerts and keeps the analyst's decision
 * @param detector    the detector's name, e.g. {@code sanctioned-flight}
 * @param subjectType "flight", "aircraft", "person" or "route"
 * @param subjectId   the leg id, entity id, or route key
 * @param caseId      alerts about the same flight share a case (the leg id), so they are read together
 * @param time        when the finding happened (event time)
 * @param score       strength of the evidence in [0,1]
 * @param foldKey     findings of one detector with the same fold key close in time are one alert with a count
 *                    (see {@link Detection}); null never folds
 * @param count       how many findings this alert stands for
 * @param lastTime    when the last of them happened
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
    List<EvidenceLink> evidence,
    String foldKey,
    int count,
    Instant lastTime) {

  public Alert {
    evidence = List.copyOf(evidence);
    if (lastTime == null) {
      lastTime = time;
    }
  }

  /** A single finding that never folds into another. */
  public Alert(String id, String detector, String subjectType, String subjectId, String caseId, Instant time,
      Severity severity, double score, String title, List<EvidenceLink> evidence) {
    this(id, detector, subjectType, subjectId, caseId, time, severity, score, title, evidence, null, 1, time);
  }

  public Alert withFoldKey(String key) {
    return new Alert(id, detector, subjectType, subjectId, caseId, time, severity, score, title, evidence, key, count,
        lastTime);
  }

  public Alert withSeverity(Severity level) {
    return level == severity ? this : new Alert(id, detector, subjectType, subjectId, caseId, time, level, score, title,
        evidence, foldKey, count, lastTime);
  }

  /** This alert standing for one more finding, the given later one. */
  Alert foldIn(Alert later) {
    return new Alert(id, detector, subjectType, subjectId, caseId, time, severity, Math.max(score, later.score), title,
        evidence, foldKey, count + later.count, later.lastTime);
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
