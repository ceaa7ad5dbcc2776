package io.tailwatch.flights;

import io.tailwatch.geo.Geo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds the airport an aircraft took off from or landed at.
 *
 * <p>Airports are bucketed in a 0.1-degree grid (about 11 km), so a lookup within a few kilometres reads nine small
 * cells and skips, by a cheap distance to the reference point, fields that cannot be near. Each candidate
 * within {@link #MATCH_RADIUS_KM} is scored by how well the observed point and track fit one of its runways:
 * distance to the runway centreline plus a penalty when the track is not aligned with the runway. Without
 * runway geometry the airport reference point is used, with a size penalty for small fields and heliports.
 * This picks the right one of several airports in one city (a track along 09/27 at one field is not a landing
 * at the field 5 km away whose runways run north-south).
 */
public final class AirportIndex {
  /** How far from any airport a take-off or landing may be seen and still be attributed to it. */
  public static final double MATCH_RADIUS_KM = 12.0;

  private static final double CELL_DEG = 0.1;
  /** Runways of the largest fields end up to this far from their reference point. */
  private static final double FIELD_EXTENT_KM = 6.0;
  private static final double MISALIGNED_PENALTY_KM = 3.0;
  private static final double ALIGNMENT_TOLERANCE_DEG = 25.0;

  private final Map<Integer, Airport[]> cells = new HashMap<>();
  private final Map<String, Airport> byIdent = new HashMap<>();

  public AirportIndex(Iterable<Airport> airports) {
    Map<Integer, List<Airport>> building = new HashMap<>();
    for (Airport airport : airports) {
      byIdent.put(airport.ident(), airport);
      if (airport.isClosed()) {
        continue;
      }
      building.computeIfAbsent(cellKey(airport.lat(), airport.lon()), k -> new ArrayList<>()).add(airport);
    }
    building.forEach((k, v) -> cells.put(k, v.toArray(new Airport[0])));
  }

  public Optional<Airport> findByIdent(String ident) {
    return Optional.ofNullable(ident == null ? null : byIdent.get(ident));
  }

  public int size() {
    return byIdent.size();
  }

  /**
   * The airport that best explains a ground contact at this point.
   *
   * @param track the aircraft's track in degrees, or NaN when unknown (then alignment is not used)
   */
  public Optional<Airport> match(double lat, double lon, double track) {
    return match(lat, lon, track, MATCH_RADIUS_KM);
  }

  /**
   * As {@link #match(double, double, double)}, but only airports whose score (distance to the best-aligned runway,
   * plus penalties) is within {@code maxScoreKm}: a wheel on the ground is on the airport it is near, not on one
   * 10 km away.
   */
  public Optional<Airport> match(double lat, double lon, double track, double maxScoreKm) {
    Airport[] best = new Airport[1];
    double[] bestScore = {Double.MAX_VALUE};
    forEachWithin(lat, lon, Math.min(maxScoreKm, MATCH_RADIUS_KM) + 5, airport -> {
      double score = score(airport, lat, lon, track);
      if (score < bestScore[0]
          || (score == bestScore[0] && best[0] != null && airport.sizeRank() < best[0].sizeRank())) {
        bestScore[0] = score;
        best[0] = airport;
      }
    });
    return bestScore[0] <= maxScoreKm ? Optional.of(best[0]) : Optional.empty();
  }

  /**
   * Calls {@code visitor} with every open airport any part of which (runways included) may lie within
   * {@code radiusKm}: a superset, callers measure. Reads a handful of cells, more near the poles; wraps at the
   * antimeridian; fields whose reference point is further than the radius plus a large airport's extent are
   * skipped on a cheap flat-earth distance.
   */
  public void forEachWithin(double lat, double lon, double radiusKm, Consumer<Airport> visitor) {
    double reach = radiusKm + FIELD_EXTENT_KM;
    int row = (int) Math.floor((lat + 90) / CELL_DEG);
    int col = (int) Math.floor((lon + 180) / CELL_DEG);
    int cols = (int) (360 / CELL_DEG);
    double kmPerCell = CELL_DEG * Math.PI * Geo.EARTH_RADIUS_KM / 180;
    int rows = (int) Math.ceil(reach / kmPerCell);
    double cosLat = Math.max(Math.cos(Math.toRadians(Math.min(89.9, Math.abs(lat) + rows * CELL_DEG))), 0.001);
    int spanCols = Math.min(cols / 2, (int) Math.ceil(reach / (kmPerCell * cosLat)));
    double kmPerDeg = Math.PI * Geo.EARTH_RADIUS_KM / 180;
    double cosHere = Math.cos(Math.toRadians(lat));
    double reach2 = reach * reach;
    for (int dr = -rows; dr <= rows; dr++) {
      for (int dc = -spanCols; dc <= spanCols; dc++) {
        Airport[] cell = cells.get((row + dr) * cols + Math.floorMod(col + dc, cols));
        if (cell == null) {
          continue;
        }
        for (Airport a : cell) {
          double dy = (a.lat() - lat) * kmPerDeg;
          double dx = wrap(a.lon() - lon) * kmPerDeg * Math.min(cosHere, Math.cos(Math.toRadians(a.lat())));
          if (dx * dx + dy * dy <= reach2) {
            visitor.accept(a);
          }
        }
      }
    }
  }

  private static double score(Airport airport, double lat, double lon, double track) {
    double toReference = Geo.distanceKm(lat, lon, airport.lat(), airport.lon());
    if (toReference > MATCH_RADIUS_KM + 5) {
      return Double.MAX_VALUE;
    }
    double best = toReference + 0.5 * airport.sizeRank();
    for (Runway runway : airport.runways()) {
      if (runway.closed() || !runway.hasThresholds()) {
        continue;
      }
      double d = distanceToSegmentKm(lat, lon, runway.lowLat(), runway.lowLon(), runway.highLat(), runway.highLon());
      double heading = Double.isNaN(runway.headingTrue())
          ? Geo.bearing(runway.lowLat(), runway.lowLon(), runway.highLat(), runway.highLon())
          : runway.headingTrue();
      boolean aligned = Double.isNaN(track)
          || Geo.headingDifference(track, heading) <= ALIGNMENT_TOLERANCE_DEG
          || Geo.headingDifference(track, heading + 180) <= ALIGNMENT_TOLERANCE_DEG;
      best = Math.min(best, d + (aligned ? 0 : MISALIGNED_PENALTY_KM));
    }
    return best;
  }

  /** Distance from a point to a short segment, on a local equirectangular projection (error < 0.1 % at 20 km). */
  static double distanceToSegmentKm(double lat, double lon, double lat1, double lon1, double lat2, double lon2) {
    double kx = Math.cos(Math.toRadians(lat)) * Math.PI * Geo.EARTH_RADIUS_KM / 180;
    double ky = Math.PI * Geo.EARTH_RADIUS_KM / 180;
    double ax = wrap(lon1 - lon) * kx;
    double ay = (lat1 - lat) * ky;
    double bx = wrap(lon2 - lon) * kx;
    double by = (lat2 - lat) * ky;
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    double px = ax + t * dx;
    double py = ay + t * dy;
    return Math.sqrt(px * px + py * py);
  }

  /** A longitude difference brought into [-180, 180), so that a runway at 179.99 E is near a point at 179.99 W. */
  static double wrap(double dLon) {
    return dLon >= 180 ? dLon - 360 : dLon < -180 ? dLon + 360 : dLon;
  }

  /** Row-major cell number: distinct for every cell, and spread well by {@link Integer#hashCode}'s identity. */
  private static int cellKey(double lat, double lon) {
    int row = (int) Math.floor((lat + 90) / CELL_DEG);
    int col = (int) Math.floor((lon + 180) / CELL_DEG);
    int cols = (int) (360 / CELL_DEG);
    return row * cols + Math.floorMod(col, cols);
  }
}
