package io.tailwatch.geo;

/**
 * Great-circle arithmetic on a spherical Earth (mean radius 6371.0088 km). Error against the ellipsoid is
 * under 0.5 %, far below what position reports or airport matching need. All methods are O(1) and allocate
 * nothing.
 */
public final class Geo {
  public static final double EARTH_RADIUS_KM = 6371.0088;
  public static final double KM_PER_NM = 1.852;

  private Geo() {}

  /** Haversine distance in kilometres. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = sq(Math.sin(dp / 2)) + Math.cos(p1) * Math.cos(p2) * sq(Math.sin(dl / 2));
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  public static double distanceKm(GeoPoint a, GeoPoint b) {
    return distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
  }

  /** Initial bearing from the first point to the second, degrees clockwise from true north in [0, 360). */
  public static double bearing(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dl = Math.toRadians(lon2 - lon1);
    double y = Math.sin(dl) * Math.cos(p2);
    double x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
    return normalizeDegrees(Math.toDegrees(Math.atan2(y, x)));
  }

  /** The point a fraction {@code f} in [0,1] of the way along the great circle from a to b. */
  public static GeoPoint interpolate(double lat1, double lon1, double lat2, double lon2, double f) {
    double p1 = Math.toRadians(lat1);
    double l1 = Math.toRadians(lon1);
    double p2 = Math.toRadians(lat2);
    double l2 = Math.toRadians(lon2);
    double d = distanceKm(lat1, lon1, lat2, lon2) / EARTH_RADIUS_KM;
    if (d < 1e-12) {
      return new GeoPoint(lat1, lon1);
    }
    double a = Math.sin((1 - f) * d) / Math.sin(d);
    double b = Math.sin(f * d) / Math.sin(d);
    double x = a * Math.cos(p1) * Math.cos(l1) + b * Math.cos(p2) * Math.cos(l2);
    double y = a * Math.cos(p1) * Math.sin(l1) + b * Math.cos(p2) * Math.sin(l2);
    double z = a * Math.sin(p1) + b * Math.sin(p2);
    double lat = Math.toDegrees(Math.atan2(z, Math.sqrt(x * x + y * y)));
    double lon = Math.toDegrees(Math.atan2(y, x));
    return new GeoPoint(lat, lon);
  }

  /** Smallest absolute difference between two headings, in [0, 180]. */
  public static double headingDifference(double a, double b) {
    double d = Math.abs(normalizeDegrees(a) - normalizeDegrees(b));
    return d > 180 ? 360 - d : d;
  }

  public static double normalizeDegrees(double deg) {
    double d = deg % 360;
    return d < 0 ? d + 360 : d;
  }

  private static double sq(double x) {
    return x * x;
  }
}
