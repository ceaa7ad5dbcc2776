package io.tailwatch.sim;

import io.tailwatch.geo.Geo;
import io.tailwatch.geo.GeoPoint;
import io.tailwatch.surveillance.StateVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;

/**
 * Simulates what ADS-B receivers would record of a flight: a few minutes of ground reports, a climb, a
 * great-circle cruise, a descent and a landing, reported every 10 to 60 seconds (or a chosen interval) where a
 * receiver is in range
 * and not at all elsewhere (coverage holes over oceans).
 *
 * <p>Physically plausible, not exact: climb at about 12 m/s to the cruise level, speed building from 80 m/s
 * to cruise, descent from about 200 km out; no winds. Deterministic for a given seed, so the demo and tests
 * see the same tracks on every run.
 */
public final class TrackSimulator {
  private static final double CLIMB_RATE_MPS = 12;
  private static final double DESCENT_RATE_MPS = 9;
  private static final double ROTATION_SPEED_MPS = 80;
  private static final long GROUND_MS = 6 * 60_000L;

  private final Random random;
  private final BiPredicate<Double, Double> coverage;
  private final long minIntervalMs;
  private final long maxIntervalMs;

  /**
   * Reports every 10 to 60 s, as OpenSky's archives keep them.
   *
   * @param seed     fixes the reporting jitter
   * @param coverage whether a receiver hears an aircraft at (lat, lon)
   */
  public TrackSimulator(long seed, BiPredicate<Double, Double> coverage) {
    this(seed, coverage, 10_000, 60_000);
  }

  /** Reports every {@code minIntervalMs} to {@code maxIntervalMs} (a receiver's own feed: a few seconds). */
  public TrackSimulator(long seed, BiPredicate<Double, Double> coverage, long minIntervalMs, long maxIntervalMs) {
    if (minIntervalMs <= 0 || maxIntervalMs < minIntervalMs) {
      throw new IllegalArgumentException("report interval " + minIntervalMs + ".." + maxIntervalMs + " ms");
    }
    this.random = new Random(seed);
    this.coverage = coverage;
    this.minIntervalMs = minIntervalMs;
    this.maxIntervalMs = maxIntervalMs;
  }

  public List<StateVector> simulate(FlightPlan plan) {
    List<StateVector> out = new ArrayList<>();
    double totalKm = Geo.distanceKm(plan.fromLat(), plan.fromLon(), plan.toLat(), plan.toLon());
    double course = Geo.bearing(plan.fromLat(), plan.fromLon(), plan.toLat(), plan.toLon());
    long t = plan.departure().toEpochMilli() - GROUND_MS;
    // Taxi out: slow ground reports at the departure airport.
    for (; t < plan.departure().toEpochMilli(); t += interval()) {
      report(out, plan, t, plan.fromLat(), plan.fromLon(), 5 + random.nextDouble() * 5, course, 0, true, 0);
    }
    double cruise = plan.cruiseAltitudeM();
    double descentKm = cruise / DESCENT_RATE_MPS * plan.cruiseSpeedMps() * 0.8 / 1000;
    double flownKm = 0;
    double altitude = 0;
    double speed = ROTATION_SPEED_MPS;
    long last = plan.departure().toEpochMilli();
    t = last;
    while (flownKm < totalKm) {
      long step = interval();
      t += step;
      double seconds = step / 1000.0;
      double remainingKm = totalKm - flownKm;
      boolean descending = remainingKm <= descentKm;
      double targetAltitude = descending ? Math.max(0, cruise * remainingKm / descentKm) : cruise;
      double vertRate = Math.max(-DESCENT_RATE_MPS * 1.5, Math.min(CLIMB_RATE_MPS, (targetAltitude - altitude) / seconds));
      altitude = Math.max(0, altitude + vertRate * seconds);
      double targetSpeed = descending ? Math.max(ROTATION_SPEED_MPS, plan.cruiseSpeedMps() * (0.45 + 0.55 * remainingKm / descentKm))
          : plan.cruiseSpeedMps() * Math.min(1, 0.45 + altitude / cruise);
      speed += Math.max(-3 * seconds, Math.min(2 * seconds, targetSpeed - speed));
      flownKm = Math.min(totalKm, flownKm + speed * seconds / 1000);
      GeoPoint p = Geo.interpolate(plan.fromLat(), plan.fromLon(), plan.toLat(), plan.toLon(), flownKm / totalKm);
      double heading = flownKm < totalKm ? Geo.bearing(p.lat(), p.lon(), plan.toLat(), plan.toLon()) : course;
      if (coverage.test(p.lat(), p.lon())) {
        report(out, plan, t, p.lat(), p.lon(), speed, heading, vertRate, false, altitude);
      }
      course = heading;
    }
    // Roll-out and taxi in at the destination.
    long end = t + GROUND_MS;
    for (t += interval(); t < end; t += interval()) {
      report(out, plan, t, plan.toLat(), plan.toLon(), 5 + random.nextDouble() * 5, course, 0, true, 0);
    }
    return out;
  }

  private long interval() {
    return minIntervalMs + (maxIntervalMs == minIntervalMs ? 0 : random.nextInt((int) (maxIntervalMs - minIntervalMs)));
  }

  private static void report(List<StateVector> out, FlightPlan plan, long t, double lat, double lon, double speed,
      double heading, double vertRate, boolean ground, double altitude) {
    out.add(new StateVector(t, plan.icao24(), round(lat, 5), round(lon, 5), round(speed, 1), round(heading, 1),
        round(vertRate, 1), plan.callsign(), ground, null, ground ? Double.NaN : round(altitude, 0),
        ground ? Double.NaN : round(altitude + 60, 0)));
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
