package io.tailwatch.detect;

import java.util.Map;
import java.util.Set;

/**
 * The thresholds and lists detectors apply, read from one rules file (see {@code default-rules.yaml}, which
 * documents each value and why it was chosen). {@link #defaults()} mirrors that file.
 *
 * @param watchedCountries   ISO 3166-1 alpha-2 codes whose air links, stopovers and crews are watched
 * @param routePauseDays     a route unseen for this long is "re-opened" when flown again; a route never seen in
 *                           at least this much history is "new"
 * @param maxStopoverHours   ground stops up to this long join two legs into one journey
 * @param nameThreshold      minimum name score for a manifest name to be taken as a listed person
 * @param maxGraphSteps      how many relations may separate a person or aircraft from a sanctioned party
 * @param incidentWindowDays how many days after an incident a visit nearby is reported
 * @param incidentRadiusKm   how far from an incident a visit is reported
 * @param maxCargoCrew       more crew than this on a cargo flight is out of the ordinary
 * @param suppressHours      a detector firing again on the same aircraft and pattern within this many hours adds to
 *                           the first alert's count instead of raising a new one
 * @param transponderGapMinutes an airborne silence over covered airspace at least this long is reported
 * @param severities         per-detector severity overrides
 */
public record DetectionRules(
    Set<String> watchedCountries,
    int routePauseDays,
    int maxStopoverHours,
    double nameThreshold,
    int maxGraphSteps,
    int incidentWindowDays,
    double incidentRadiusKm,
    int maxCargoCrew,
    int suppressHours,
    int transponderGapMinutes,
    Map<String, Severity> severities) {

  public DetectionRules {
    watchedCountries = Set.copyOf(watchedCountries);
    severities = Map.copyOf(severities);
  }

  public static DetectionRules defaults() {
    return new DetectionRules(
        // States under broad US/EU/UN aviation sanctions, and their closest air partners in the seed story.
        Set.of("IR", "SY", "VE", "KP", "CU", "RU", "BY", "NI"),
        365, 6, 0.85, 2, 7, 500, 8, 72, 15, Map.of());
  }

  /** The configured severity of a detector's alerts, or the detector's own default. */
  public Severity severity(String detector, Severity fallback) {
    return severities.getOrDefault(detector, fallback);
  }
}
