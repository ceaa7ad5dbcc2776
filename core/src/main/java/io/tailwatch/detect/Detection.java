package io.tailwatch.detect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every detector over the same input, folds repeated findings, and returns the alerts most severe and most
 * recent first.
 *
 * <p>Folding: findings of one detector with the same fold key, each within the fold window of the previous one,
 * become one alert that counts them and keeps the first one's evidence and id (so an analyst's decision on it
 * holds for the repeats). The window is {@link DetectionRules#suppressHours}, except for patterns that recur as a
 * service (stopovers), which fold while they recur within {@link DetectionRules#routePauseDays}.
 */
public final class Detection {
  private final List<Detector> detectors;

  public Detection(List<Detector> detectors) {
    this.detectors = List.copyOf(detectors);
  }

  public static Detection standard() {
    return new Detection(List.of(new SanctionedFlightDetector(), new AirframePastDetector(),
        new WatchedAreaDetector(), new CrewMatchDetector(), new CrewAnomalyDetector(), new RouteDetector(),
        new StopoverDetector(), new IncidentProximityDetector(), new IdentityMismatchDetector(),
        new TransponderGapDetector()));
  }

  public List<Detector> detectors() {
    return detectors;
  }

  public List<Alert> run(DetectionInput input) {
    List<Alert> alerts = new ArrayList<>();
    for (Detector detector : detectors) {
      for (Alert a : fold(detector.detect(input), window(detector, input.rules()))) {
        alerts.add(a.withSeverity(input.rules().severity(a.detector(), a.severity())));
      }
    }
    alerts.sort(Comparator.comparing(Alert::severity).reversed()
        .thenComparing(Alert::time, Comparator.reverseOrder())
        .thenComparing(Alert::id));
    return alerts;
  }

  private static Duration window(Detector detector, DetectionRules rules) {
    return detector instanceof StopoverDetector
        ? Duration.ofDays(rules.routePauseDays())
        : Duration.ofHours(rules.suppressHours());
  }

  static List<Alert> fold(List<Alert> findings, Duration window) {
    List<Alert> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing(Alert::time).thenComparing(Alert::id));
    List<Alert> out = new ArrayList<>();
    Map<String, Integer> open = new HashMap<>();
    for (Alert a : sorted) {
      Integer at = a.foldKey() == null ? null : open.get(a.foldKey());
      if (at != null && !out.get(at).lastTime().plus(window).isBefore(a.time())) {
        out.set(at, out.get(at).foldIn(a));
      } else {
        if (a.foldKey() != null) {
          open.put(a.foldKey(), out.size());
        }
        out.add(a);
      }
    }
    return out;
  }
}
