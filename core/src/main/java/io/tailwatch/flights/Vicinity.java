package io.tailwatch.flights;

import io.tailwatch.geo.Geo;

/**
 * What the aerodromes around a position say about an aircraft there: on the ground at one, on approach to one,
 * climbing out of one, or gone to one and back out of coverage. Heights are above the field's elevation; they come
 * from barometric altitudes, which are pressure altitudes and can be off by 100 m or more with the day's weather, so
 * every threshold here leaves room for that.
 *
 * <p>Only consulted at transitions (a slow report, a silence, the first and last report of a leg), never for every
 * position, so its cost (a few grid cells of {@link AirportIndex}) stays off the hot path.
 */
final class Vicinity {
  /** A field near a report: how far (runway-aware) and how high above it (NaN when its elevation is unknown). */
  record Near(Airport airport, double distanceKm, double heightM) {}

  /** Ground speed below which a level report at field level is taken for a take-off or landing roll. */
  static final double ROLL_SPEED_MPS = 60;
  /** Vertical rate under which a report counts as level (a rolling aircraft neither climbs nor descends). */
  static final double LEVEL_RATE_MPS = 1.5;
  /** Height above the field within which a report counts as at field level, to time a touchdown. */
  static final double FIELD_LEVEL_M = 30;
  /** Without a field elevation only reports this close count: the height cannot be judged. */
  static final double UNKNOWN_ELEVATION_KM = 1.0;
  /** Height and distance within which a slight vertical rate the right way is enough. */
  static final double VERY_LOW_M = 150;
  static final double CLOSE_KM = 2.0;
  /** Over the field: within this distance of a runway centreline (or the reference point). */
  static final double OVERHEAD_KM = 1.0;
  static final double SLIGHT_RATE_MPS = 0.5;
  /** Single-ended approach evidence only this close: further out, descending toward a field proves little. */
  static final double APPROACH_KM = 3.0;
  /** A climb-out seen after a silence may already be this far from the field it left. */
  static final double CLIMB_OUT_KM = 10.0;
  /** Out-of-coverage round trips: the field must lie within this distance of both ends. */
  static final double ROUND_TRIP_KM = 30;
  static final double ROUND_TRIP_ALIGNMENT_DEG = 30;

  private final AirportIndex airports;
  private final FlightTracker.Settings settings;

  Vicinity(AirportIndex airports, FlightTracker.Settings settings) {
    this.airports = airports;
    this.settings = settings;
  }

  /** How far from a field a report may be and still belong to a take-off or landing there: a minute's flight. */
  static double reachKm(double speedMps) {
    return Double.isNaN(speedMps) ? 3 : Math.min(5, 1 + speedMps * 60 / 1000);
  }

  /**
   * The field an aircraft is on, from a report without the on-ground flag: slower than taxi speed, within
   * {@link FlightTracker.Settings#groundRadiusKm} of a runway (or the reference point) and no higher than
   * {@link FlightTracker.Settings#groundHeightM} above it. Null when there is none (a helicopter hovering over a
   * river is not on the ground).
   */
  Airport groundAt(double lat, double lon, double altitudeM, double course) {
    Airport[] best = {null};
    double[] bestScore = {Double.MAX_VALUE};
    airports.forEachWithin(lat, lon, settings.groundRadiusKm(), a -> {
      double d = a.distanceKm(lat, lon);
      if (d > settings.groundRadiusKm() || !lowEnough(a, d, altitudeM, settings.groundHeightM())) {
        return;
      }
      double score = d + penaltyKm(a);
      if (score < bestScore[0]) {
        bestScore[0] = score;
        best[0] = a;
      }
    });
    return best[0];
  }

  /** Whether a report is at field level near a field, slow enough to be rolling: used only to time touchdowns. */
  boolean atFieldLevel(double lat, double lon, double altitudeM) {
    boolean[] found = {false};
    airports.forEachWithin(lat, lon, settings.groundRadiusKm(), a -> {
      if (!found[0] && a.distanceKm(lat, lon) <= settings.groundRadiusKm()
          && (Double.isNaN(altitudeM) || (a.hasElevation() && altitudeM - a.elevationM() <= FIELD_LEVEL_M))) {
        found[0] = true;
      }
    });
    return found[0];
  }

  /**
   * The field a report is low over, moving the right way: {@code sense} -1 for an approach, +1 for a climb-out.
   * Within {@code maxDistanceKm} of the field (runway-aware) and at most {@code maxHeightM} above it. "The right
   * way" is graded: a vertical rate of at least {@code minVerticalRateMps} in that sense; or, within
   * {@value #CLOSE_KM} km and {@value #VERY_LOW_M} m, any clear rate that way (0.5 m/s); or slower than taxi speed.
   * Without a field elevation only reports within {@value #UNKNOWN_ELEVATION_KM} km count; a heliport is a pad, so
   * only reports within {@value #CLOSE_KM} km of it count. Heliports and small
   * fields score a distance penalty, so that a jet climbing out over a hospital helipad is not taken for a
   * helicopter.
   */
  Near low(double lat, double lon, double altitudeM, double speedMps, double verticalRateMps, double maxHeightM,
      double maxDistanceKm, double minVerticalRateMps, int sense) {
    Near[] best = {null};
    double[] bestScore = {Double.MAX_VALUE};
    airports.forEachWithin(lat, lon, maxDistanceKm, a -> {
      double d = a.distanceKm(lat, lon);
      // Right over the field (runway-aware) a report twice as high still belongs to it when clearly climbing or
      // descending: a climb-out is already 300 m up at the end of the runway.
      double allowed = d <= OVERHEAD_KM ? 2 * maxHeightM : maxHeightM;
      if (d > maxDistanceKm || a.isHeliport() && d > CLOSE_KM || !lowEnough(a, d, altitudeM, allowed)) {
        return;
      }
      double height = a.hasElevation() && !Double.isNaN(altitudeM) ? altitudeM - a.elevationM() : Double.NaN;
      double vr = sense * verticalRateMps; // positive: moving the right way; NaN: unknown
      boolean close = d <= CLOSE_KM && (Double.isNaN(height) || height <= VERY_LOW_M);
      boolean high = !Double.isNaN(height) && height > maxHeightM; // only right over the field
      boolean moving = high ? vr >= minVerticalRateMps
          : speedMps < settings.taxiSpeedMps() || vr >= minVerticalRateMps
              || close && (vr >= SLIGHT_RATE_MPS || Double.isNaN(vr));
      if (!moving) {
        return;
      }
      double score = d + penaltyKm(a);
      if (score < bestScore[0]) {
        bestScore[0] = score;
        best[0] = new Near(a, d, height);
      }
    });
    return best[0];
  }

  /** {@link #low} within a minute's flight, with the settings' clear vertical rate. */
  Near low(double lat, double lon, double altitudeM, double speedMps, double verticalRateMps, double maxHeightM,
      int sense) {
    return low(lat, lon, altitudeM, speedMps, verticalRateMps, maxHeightM, reachKm(speedMps),
        settings.verticalRateMps(), sense);
  }

  /**
   * A field the aircraft most likely flew to and back from while out of coverage: it went dark descending on a
   * course toward the field and reappeared climbing on a course away from it, with time enough to fly there, stop
   * and fly back. Tankers reloading at a base whose approaches no receiver sees do exactly this. Fields with
   * runways only (no heliports), within {@link #ROUND_TRIP_KM} of both ends, courses within
   * {@link #ROUND_TRIP_ALIGNMENT_DEG}; the closest and largest wins.
   */
  Airport roundTrip(double lat1, double lon1, double course1, double vr1, double speed1, double lat2, double lon2,
      double course2, double vr2, double speed2, long silenceMs) {
    if (!(vr1 <= -settings.verticalRateMps())
        || !(vr2 >= settings.verticalRateMps()) || !(speed1 > 0) || !(speed2 > 0)) {
      return null;
    }
    Airport[] best = {null};
    double[] bestScore = {Double.MAX_VALUE};
    airports.forEachWithin(lat1, lon1, ROUND_TRIP_KM, a -> {
      if (a.sizeRank() > 2) { // heliports, seaplane bases and the like: no runway to reload a tanker on
        return;
      }
      double d1 = Geo.distanceKm(lat1, lon1, a.lat(), a.lon());
      double d2 = Geo.distanceKm(lat2, lon2, a.lat(), a.lon());
      // Over the field itself the bearing to it means nothing: only further out must the course point at it.
      if (d1 > ROUND_TRIP_KM || d2 > ROUND_TRIP_KM
          || d1 > CLOSE_KM && Geo.headingDifference(course1, Geo.bearing(lat1, lon1, a.lat(), a.lon()))
              > ROUND_TRIP_ALIGNMENT_DEG
          || d2 > CLOSE_KM && Geo.headingDifference(course2, Geo.bearing(a.lat(), a.lon(), lat2, lon2))
              > ROUND_TRIP_ALIGNMENT_DEG) {
        return;
      }
      double neededMs = (d1 * 1000 / speed1 + d2 * 1000 / speed2) * 1000 + settings.minStopMs();
      if (neededMs > silenceMs) {
        return;
      }
      double score = d1 + d2 + 2 * a.sizeRank();
      if (score < bestScore[0]) {
        bestScore[0] = score;
        best[0] = a;
      }
    });
    return best[0];
  }

  /** Whether an aircraft could have reached the field, stopped and reached the second position in the silence. */
  boolean stopFits(Airport a, double lat1, double lon1, double speed1, double lat2, double lon2, double speed2,
      long silenceMs) {
    double v1 = speed1 > 0 ? speed1 : speed2;
    double v2 = speed2 > 0 ? speed2 : speed1;
    if (!(v1 > 0) || !(v2 > 0)) {
      return silenceMs >= settings.minStopMs();
    }
    double neededMs = (a.distanceKm(lat1, lon1) * 1000 / v1 + a.distanceKm(lat2, lon2) * 1000 / v2) * 1000
        + settings.minStopMs();
    return silenceMs >= neededMs;
  }

  private static boolean lowEnough(Airport a, double distanceKm, double altitudeM, double maxHeightM) {
    if (!a.hasElevation()) {
      return distanceKm <= UNKNOWN_ELEVATION_KM;
    }
    return Double.isNaN(altitudeM) ? distanceKm <= UNKNOWN_ELEVATION_KM : altitudeM - a.elevationM() <= maxHeightM;
  }

  private static double penaltyKm(Airport a) {
    return a.isHeliport() ? 2.0 : 0.25 * Math.min(a.sizeRank(), 3);
  }
}
