package io.tailwatch.detect;

import java.util.Set;

/**
 * The thresholds and lists detectors apply. {@link #defaults()} documents the shipped values; a deployment
 * overrides them from its rules file.
 *
 * @param watchedCountries ISO 3166-1 alpha-2 codes whose air links are watched for new and re-opened routes
 * @param routePauseDays   a route unseen for this long is "re-opened" when flown again; a route never seen in
 *                         at least this much history is "new"
 * @param maxStopoverHours ground stops up to this long join two legs into one journey
 * @param nameThreshold    minimum name score for a manifest name to be taken as a listed person
 * @param maxGraphSteps    how many relations may separate a person or aircraft from a sanctioned party
 */
public record DetectionRules(
    Set<String> watchedCountries,
    int routePauseDays,
    int maxStopoverHours,
    double nameThreshold,
    int maxGraphSteps) {

  public static DetectionRules defaults() {
    return new DetectionRules(
        // States under broad US/EU/UN aviation sanctions, and their closest air partners in the seed story.
        Set.of("IR", "SY", "VE", "KP", "CU", "RU", "BY", "NI"),
        365,
        6,
        0.85,
        2);
  }
}
