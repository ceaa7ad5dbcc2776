package io.tailwatch.geo;

/** A point on the WGS84 ellipsoid, in degrees. */
public record GeoPoint(double lat, double lon) {
  public GeoPoint {
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("not a WGS84 position: " + lat + ", " + lon);
    }
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.4f,%.4f", lat, lon);
  }
}
