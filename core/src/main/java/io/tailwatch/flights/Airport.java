package io.tailwatch.flights;

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
