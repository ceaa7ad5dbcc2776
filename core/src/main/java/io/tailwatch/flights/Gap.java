package io.tailwatch.flights;

import java.time.Duration;
import java.time.Instant;

/**
 * A silence while airborne: no report between {@code start} and {@code end}. {@code distanceKm} is the
 * great-circle distance flown while dark, from the last position before to the first after.
 *
 * <p>{@code suspicious} and {@code reason} are the verdict of a {@link CoverageMap}: a silence in airspace where
 * other aircraft were heard is suspicious (a transponder switched off, or a receiver-level anomaly worth a look); one
 * over open ocean or below the receivers' horizon is an ordinary coverage hole. {@code coveredShare} is the share of
 * the straight path that lies in covered cells. A gap built without a coverage map says so in its reason.
 */
public record Gap(
    Instant start,
    double startLat,
    double startLon,
    Instant end,
    double endLat,
    double endLon,
    double distanceKm,
    boolean suspicious,
    double coveredShare,
    String reason) {

  public static final String NOT_ASSESSED = "coverage not assessed";

  /** A gap whose coverage has not been judged. */
  public Gap(Instant start, double startLat, double startLon, Instant end, double endLat, double endLon,
      double distanceKm) {
    this(start, startLat, startLon, end, endLat, endLon, distanceKm, false, Double.NaN, NOT_ASSESSED);
  }

  public Gap {
    reason = reason == null ? NOT_ASSESSED : reason;
  }

  public Duration duration() {
    return Duration.between(start, end);
  }

  /** Average ground speed across the silence, metres per second (the straight line over the time dark). */
  public double averageSpeedMps() {
    long s = duration().toSeconds();
    return s <= 0 ? Double.NaN : distanceKm * 1000 / s;
  }

  Gap withCoverage(boolean suspicious, double coveredShare, String reason) {
    return new Gap(start, startLat, startLon, end, endLat, endLon, distanceKm, suspicious, coveredShare, reason);
  }
}
