package io.tailwatch.surveillance.modes;

import io.tailwatch.surveillance.StateVector;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns decoded messages into position reports. A Mode S receiver hears an aircraft's callsign, altitude, velocity
 * and position in separate messages, while the flight pipeline wants each position with everything known at that
 * instant, as OpenSky's state vectors have it. So this keeps, per aircraft, the last of each and emits a {@link
 * StateVector} (metres, metres per second, degrees) for every message that carries a position.
 *
 * <ul>
 *   <li>Altitude, speed, track and vertical rate older than {@value #FRESH_MS} ms are not carried onto a position:
 *       a value that old describes another moment of the flight. Callsign and squawk, which change rarely, are.
 *   <li>GNSS height comes from position messages that carry it (type codes 20-22) or, when fresh, from barometric
 *       altitude plus the GNSS-minus-barometric difference of the velocity message.
 *   <li>On the surface the barometric altitude is not reported (surface positions carry none; the last airborne
 *       one would be wrong).
 *   <li>Memory is bounded: aircraft silent for {@value #IDLE_MS} ms of event time are forgotten, and beyond {@code
 *       maxAircraft} the longest silent is dropped for a new one (SBS-1 input has no parity to stop a flood of
 *       invented addresses).
 * </ul>
 *
 * Messages should come in event-time order, as one receiver's stream does. Not thread-safe.
 */
public final class AircraftStateAssembler {
  static final long IDLE_MS = 300_000;
  static final long FRESH_MS = 60_000;
  static final int DEFAULT_MAX_AIRCRAFT = 100_000;
  private static final long SWEEP_MS = 10_000;
  private static final double METRES_PER_FOOT = 0.3048;
  private static final double MPS_PER_KNOT = 1852.0 / 3600.0;
  private static final long NEVER = Long.MIN_VALUE / 2;

  private final int maxAircraft;
  private final Map<Integer, Known> known;
  private long lastSweep = NEVER;

  public AircraftStateAssembler() {
    this(DEFAULT_MAX_AIRCRAFT);
  }

  public AircraftStateAssembler(int maxAircraft) {
    this.maxAircraft = maxAircraft;
    // access order: the eldest entry is the aircraft heard longest ago
    this.known = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, Known> eldest) {
        return size() > AircraftStateAssembler.this.maxAircraft;
      }
    };
  }

  /** The position report this message completes, or null when it carries no position. */
  public StateVector accept(DecodedMessage m) {
    long now = m.timeMs();
    sweep(now);
    Known k = known.get(m.icao24());
    if (k == null) {
      k = new Known();
      known.put(m.icao24(), k);
    }
    k.lastSeen = now;
    if (m.callsign() != null) {
      k.callsign = m.callsign();
    }
    if (m.squawk() != null) {
      k.squawk = m.squawk();
    }
    if (m.onGround() != null) {
      k.onGround = m.onGround();
    }
    Integer altitude = m.altitudeFt();
    if (altitude != null) {
      if (Boolean.TRUE.equals(m.altitudeGeometric())) {
        k.geoAltitude = altitude * METRES_PER_FOOT;
        k.geoAltitudeAt = now;
      } else {
        k.baroAltitude = altitude * METRES_PER_FOOT;
        k.baroAltitudeAt = now;
      }
    }
    Integer difference = m.geoMinusBaroFt();
    if (difference != null) {
      k.geoMinusBaro = difference * METRES_PER_FOOT;
      k.geoMinusBaroAt = now;
    }
    Double speed = m.groundSpeedKt();
    if (speed != null) {
      k.velocity = speed * MPS_PER_KNOT;
      k.velocityAt = now;
    }
    Double track = m.trackDeg();
    if (track != null) {
      k.heading = track;
      k.headingAt = now;
    }
    Integer rate = m.verticalRateFtMin();
    if (rate != null) {
      k.vertRate = rate * METRES_PER_FOOT / 60;
      k.vertRateAt = now;
    }
    if (!m.hasPosition()) {
      return null;
    }
    double baro = k.onGround ? Double.NaN : fresh(k.baroAltitude, k.baroAltitudeAt, now);
    double geo = fresh(k.geoAltitude, k.geoAltitudeAt, now);
    if (Double.isNaN(geo) && !Double.isNaN(baro)) {
      geo = baro + fresh(k.geoMinusBaro, k.geoMinusBaroAt, now);
    }
    return new StateVector(now, m.icao24(), m.lat(), m.lon(), fresh(k.velocity, k.velocityAt, now),
        fresh(k.heading, k.headingAt, now), fresh(k.vertRate, k.vertRateAt, now), k.callsign, k.onGround, k.squawk,
        baro, geo);
  }

  /** Aircraft remembered now. */
  public int aircraft() {
    return known.size();
  }

  private static double fresh(double value, long at, long now) {
    return now - at <= FRESH_MS ? value : Double.NaN;
  }

  private void sweep(long now) {
    if (now - lastSweep < SWEEP_MS && now >= lastSweep) {
      return;
    }
    lastSweep = now;
    for (Iterator<Known> it = known.values().iterator(); it.hasNext(); ) {
      if (now - it.next().lastSeen > IDLE_MS) {
        it.remove();
      }
    }
  }

  private static final class Known {
    long lastSeen;
    String callsign;
    String squawk;
    boolean onGround;
    double baroAltitude = Double.NaN;
    long baroAltitudeAt = NEVER;
    double geoAltitude = Double.NaN;
    long geoAltitudeAt = NEVER;
    double geoMinusBaro = Double.NaN;
    long geoMinusBaroAt = NEVER;
    double velocity = Double.NaN;
    long velocityAt = NEVER;
    double heading = Double.NaN;
    long headingAt = NEVER;
    double vertRate = Double.NaN;
    long vertRateAt = NEVER;
  }
}
