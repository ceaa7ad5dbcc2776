package io.tailwatch.flights;

import java.time.Duration;
import java.time.Instant;

/**
 * A silence while airborne: no report between {@code start} and {@code end}. {@code distanceKm} is the
 * great-circle distance flown while dark, from the last position before to the first after.
 */
public record Gap(
    Instant start,
    double startLat,
    double startLon,
    Instant end,
    double endLat,
    double endLon,
    double distanceKm) {

  public Duration duration() {
    return Duration.between(start, end);
  }
}
