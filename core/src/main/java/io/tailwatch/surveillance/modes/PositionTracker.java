package io.tailwatch.surveillance.modes;

/**
 * Turns each aircraft's CPR frames into positions, and refuses the ones no aircraft could be at.
 *
 * <ol>
 *   <li>Global decoding whenever the aircraft's latest even and odd frames are fresh enough to pair: at most
 *       {@value #AIRBORNE_PAIR_MS} ms apart airborne, {@value #SURFACE_PAIR_MS} ms on the surface (DO-260B). It is
 *       unambiguous, so it is preferred. Surface pairs take the aircraft's last position, else the receiver's, as
 *       the reference for their 90° ambiguity; without either they give nothing.
 *   <li>Otherwise local decoding of the one frame against the aircraft's own position of the last
 *       {@value #LOCAL_REFERENCE_MS} ms, or, on the surface, against the receiver.
 *   <li>A position is dropped when the pair straddles a latitude-zone boundary, when it lies farther than
 *       {@value #MAX_RANGE_KM} km from a known receiver, or when reaching it from the aircraft's last position
 *       would take more than {@value #MAX_AIRBORNE_KT} kt ({@value #MAX_SURFACE_KT} kt on the surface). If a second
 *       pair, sharing no frame with the first, then agrees with the refused position rather than with the old one,
 *       the old one was the wrong one and the new track is taken.
 * </ol>
 *
 * <p>Frames of one aircraft must arrive in event-time order (small reordering is tolerated). No allocation.
 */
final class PositionTracker {
  static final long AIRBORNE_PAIR_MS = 10_000;
  static final long SURFACE_PAIR_MS = 25_000;
  static final long LOCAL_REFERENCE_MS = 60_000;
  static final int MAX_AIRBORNE_KT = 1000;
  static final int MAX_SURFACE_KT = 250;
  static final int MAX_RANGE_KM = 700;
  /** Kilometres of leeway in the speed check, for receivers' clock jitter and the encoding's own resolution. */
  private static final double SLACK_KM = 2.0;
  private static final double KM_PER_DEGREE = 111.195;
  private static final double KM_PER_KNOT_SECOND = 1.852 / 3600;

  /** What became of a position frame. */
  enum Outcome {
    /** A position: in the aircraft state's lat and lon. */
    DECODED,
    /** Waiting for the other frame of a pair, or for a surface reference. */
    PENDING,
    ZONE_MISMATCH,
    OUT_OF_RANGE,
    IMPOSSIBLE
  }

  private final double receiverLat;
  private final double receiverLon;
  private final boolean receiverKnown;
  private final double receiverCos;
  private final double[] decoded = new double[2];

  PositionTracker(double receiverLat, double receiverLon) {
    this.receiverKnown = !Double.isNaN(receiverLat) && !Double.isNaN(receiverLon);
    this.receiverLat = receiverLat;
    this.receiverLon = receiverLon;
    this.receiverCos = Math.cos(Math.toRadians(receiverLat));
  }

  Outcome update(AircraftState s, boolean surface, boolean odd, int latCpr, int lonCpr, long now) {
    if (s.surface != surface) {
      s.forgetPair(); // an airborne and a surface frame do not pair
      s.surface = surface;
    }
    if (odd) {
      s.oddLat = latCpr;
      s.oddLon = lonCpr;
      s.oddTime = now;
    } else {
      s.evenLat = latCpr;
      s.evenLon = lonCpr;
      s.evenTime = now;
    }
    boolean known = s.positionTime != AircraftState.NEVER;
    boolean paired = s.evenTime != AircraftState.NEVER && s.oddTime != AircraftState.NEVER
        && Math.abs(s.evenTime - s.oddTime) <= (surface ? SURFACE_PAIR_MS : AIRBORNE_PAIR_MS);
    boolean global = false;
    if (paired) {
      boolean found;
      if (!surface) {
        found = Cpr.airborne(s.evenLat, s.evenLon, s.oddLat, s.oddLon, odd, decoded);
      } else if (known || receiverKnown) {
        found = Cpr.surface(s.evenLat, s.evenLon, s.oddLat, s.oddLon, odd, known ? s.lat : receiverLat,
            known ? s.lon : receiverLon, decoded);
      } else {
        return Outcome.PENDING;
      }
      if (!found) {
        return Outcome.ZONE_MISMATCH;
      }
      global = true;
    } else if (known && Math.abs(now - s.positionTime) <= LOCAL_REFERENCE_MS) {
      if (!Cpr.local(latCpr, lonCpr, odd, surface, s.lat, s.lon, decoded)) {
        return Outcome.IMPOSSIBLE;
      }
    } else if (surface && receiverKnown) {
      if (!Cpr.local(latCpr, lonCpr, odd, true, receiverLat, receiverLon, decoded)) {
        return Outcome.IMPOSSIBLE;
      }
    } else {
      return Outcome.PENDING;
    }
    double lat = decoded[0];
    double lon = decoded[1];
    if (receiverKnown && distanceKm(receiverLat, receiverLon, receiverCos, lat, lon) > MAX_RANGE_KM) {
      return Outcome.OUT_OF_RANGE;
    }
    if (known && !reachable(s.lat, s.lon, s.cosLat, s.positionTime, lat, lon, now, surface)
        && !secondOpinion(s, global, lat, lon, now, surface)) {
      return Outcome.IMPOSSIBLE;
    }
    s.refusedTime = AircraftState.NEVER;
    s.lat = lat;
    s.lon = lon;
    s.cosLat = Math.cos(Math.toRadians(lat));
    s.positionTime = now;
    return Outcome.DECODED;
  }

  /**
   * Whether a globally decoded position the last one cannot reach should replace it: yes when an earlier refused
   * position, from a pair sharing no frame with this one, agrees with it (the old track was the wrong one). Else
   * this position becomes the candidate, unless a candidate from a pair this one shares a frame with is pending.
   */
  private static boolean secondOpinion(AircraftState s, boolean global, double lat, double lon, long now,
      boolean surface) {
    if (!global) {
      return false; // a local decode leans on the very reference in doubt
    }
    boolean pending = s.refusedTime != AircraftState.NEVER && now - s.refusedTime <= LOCAL_REFERENCE_MS;
    boolean independent = Math.min(s.evenTime, s.oddTime) > s.refusedTime;
    if (pending && independent && reachable(s.refusedLat, s.refusedLon, Math.cos(Math.toRadians(s.refusedLat)),
        s.refusedTime, lat, lon, now, surface)) {
      return true;
    }
    if (!pending || independent) {
      s.refusedLat = lat;
      s.refusedLon = lon;
      s.refusedTime = now;
    }
    return false;
  }

  private static boolean reachable(double fromLat, double fromLon, double fromCos, long fromTime, double lat,
      double lon, long now, boolean surface) {
    double seconds = Math.max(1.0, Math.abs(now - fromTime) / 1000.0);
    double maxKm = (surface ? MAX_SURFACE_KT : MAX_AIRBORNE_KT) * KM_PER_KNOT_SECOND * seconds + SLACK_KM;
    return distanceKm(fromLat, fromLon, fromCos, lat, lon) <= maxKm;
  }

  /**
   * Distance on an equirectangular projection at the first point's latitude (its cosine given, as the aircraft
   * state keeps it): within 1% of the great circle for the few hundred kilometres a plausibility threshold is
   * about, away from the poles; far beyond that it stays far beyond it.
   */
  static double distanceKm(double lat1, double lon1, double cosLat1, double lat2, double lon2) {
    double dLon = lon2 - lon1;
    if (dLon > 180) {
      dLon -= 360;
    } else if (dLon < -180) {
      dLon += 360;
    }
    double x = dLon * cosLat1;
    double y = lat2 - lat1;
    return Math.sqrt(x * x + y * y) * KM_PER_DEGREE;
  }
}
