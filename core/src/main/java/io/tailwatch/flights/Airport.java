package io.tailwatch.flights;

import io.tailwatch.geo.Geo;
import java.util.List;

/**
 * An aerodrome as OurAirports describes it. {@code ident} is OurAirports' key, which is the ICAO location
 * indicator wherever one exists.
 */
public record Airport(
    String ident,
    String type,
    String name,
    double lat,
    double lon,
    double elevationFt,
    String country,
    String municipality,
    String iata,
    List<Runway> runways) {

  public boolean isClosed() {
    return "closed".equals(type);
  }

  public boolean isHeliport() {
    return "heliport".equals(type);
  }

  public boolean hasElevation() {
    return !Double.isNaN(elevationFt);
  }

  /** Field elevation in metres (NaN when OurAirports does not give it). */
  public double elevationM() {
    return elevationFt / io.tailwatch.surveillance.StateVector.FEET_PER_METRE;
  }

  /**
   * Distance from a point to the field: to the nearest runway centreline where runway thresholds are known, else to
   * the reference point (which for a big airport may lie a few kilometres from the runway the aircraft used).
   */
  public double distanceKm(double lat, double lon) {
    double best = Geo.distanceKm(lat, lon, this.lat, this.lon);
    for (Runway runway : runways) {
      if (!runway.closed() && runway.hasThresholds()) {
        best = Math.min(best, AirportIndex.distanceToSegmentKm(lat, lon, runway.lowLat(), runway.lowLon(),
            runway.highLat(), runway.highLon()));
      }
    }
    return best;
  }

  /** Larger airports win ties: a jet seen between two fields most likely used the bigger one. */
  int sizeRank() {
    return switch (type) {
      case "large_airport" -> 0;
      case "medium_airport" -> 1;
      case "small_airport" -> 2;
      case "seaplane_base" -> 3;
      case "heliport" -> 4;
      default -> 5;
    };
  }

  @Override
  public String toString() {
    return ident + " (" + name + ")";
  }
}
