package io.tailwatch.flights;

/**
 * A runway of an airport. Threshold coordinates are NaN when the source does not give them (common for small
 * fields); the heading is the true heading of the low-numbered end, NaN when unknown.
 */
public record Runway(
    String lowEndIdent,
    String highEndIdent,
    double lowLat,
    double lowLon,
    double highLat,
    double highLon,
    double headingTrue,
    double lengthFt,
    boolean closed) {

  public boolean hasThresholds() {
    return !Double.isNaN(lowLat) && !Double.isNaN(lowLon) && !Double.isNaN(highLat) && !Double.isNaN(highLon);
  }
}
