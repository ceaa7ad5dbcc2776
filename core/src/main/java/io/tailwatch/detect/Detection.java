package io.tailwatch.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every detector over the same input and returns their alerts, most severe and most recent first. */
public final class Detection {
  private final List<Detector> detectors;

  public Detection(List<Detector> detectors) {
    this.detectors = List.copyOf(detectors);
  }

  public static Detection standard() {
    return new Detection(List.of(new SanctionedFlightDetector(), new AirframePastDetector(),
        new WatchedAreaDetector(), new CrewMatchDetector(), new RouteDetector()));
  }

  public List<Detector> detectors() {
    return detectors;
  }

  public List<Alert> run(DetectionInput input) {
    List<Alert> alerts = new ArrayList<>();
    for (Detector detector : detectors) {
      alerts.addAll(detector.detect(input));
    }
    alerts.sort(Comparator.comparing(Alert::severity).reversed()
        .thenComparing(Alert::time, Comparator.reverseOrder())
        .thenComparing(Alert::id));
    return alerts;
  }
}
