package io.tailwatch.surveillance.modes;

import io.tailwatch.surveillance.StateVector;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Turns decoded messages into position reports: a Mode S receiver hears an aircraft's callsign, altitude, velocity
 * and position in separate messages, while the flight pipeline wants each position with everything known at that
 * instant (as OpenSky's state vectors have it). Keeps the last of each per aircraft and emits a {@link StateVector}
 * (metres, metres per second) for every message that carries a position. Aircraft silent for
 * {@value #IDLE_MS} ms are forgotten, so memory is bounded on a live feed.
 */
public final class AircraftStateAssembler {
  static final long IDLE_MS = 300_000;
  private static final double METRES_PER_FOOT = 0.3048;
  private static final double MPS_PER_KNOT = 0.514444;

  private final Map<Integer, Known> known = new HashMap<>();
  private long lastEviction;

  /** The position report this message completes, or null when it carries no position. */
  public StateVector accept(DecodedMessage m) {
    Known k = known.computeIfAbsent(m.icao24(), a -> new Known());
    k.lastSeen = m.timeMs();
    if (m.callsign() != null) {
      k.callsign = m.callsign();
    }
    if (m.squawk() != null) {
      k.squawk = m.squawk();
    }
    if (m.onGround() != null) {
      k.onGround = m.onGround();
    }
    if (m.altitudeFt() != null) {
      if (Boolean.TRUE.equals(m.altitudeGeometric())) {
        k.geoAltitude = m.altitudeFt() * METRES_PER_FOOT;
      } else {
        k.baroAltitude = m.altitudeFt() * METRES_PER_FOOT;
      }
    }
    if (m.groundSpeedKt() != null) {
      k.velocity = m.groundSpeedKt() * MPS_PER_KNOT;
    }
    if (m.trackDeg() != null) {
      k.heading = m.trackDeg();
    }
    if (m.verticalRateFtMin() != null) {
      k.vertRate = m.verticalRateFtMin() * METRES_PER_FOOT / 60;
    }
    evictIdle(m.timeMs());
    if (!m.hasPosition()) {
      return null;
    }
    return new StateVector(m.timeMs(), m.icao24(), m.lat(), m.lon(), k.velocity, k.heading, k.vertRate, k.callsign,
        k.onGround, k.squawk, k.onGround ? Double.NaN : k.baroAltitude, k.geoAltitude);
  }

  public int aircraft() {
    return known.size();
  }

  private void evictIdle(long now) {
    if (now - lastEviction < 10_000) {
      return;
    }
    lastEviction = now;
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
    double geoAltitude = Double.NaN;
    double velocity = Double.NaN;
    double heading = Double.NaN;
    double vertRate = Double.NaN;
  }
}
