package io.tailwatch.surveillance.modes;

/**
 * Compact Position Reporting (ICAO Doc 9871, DO-260B 2.2.3.2.7): positions as 17-bit fractions of latitude and
 * longitude zones, even and odd frames using 60 and 59 latitude zones. Airborne zones span 360°, surface zones
 * 90° (four times the resolution, and a 90° ambiguity a reference position resolves).
 *
 * <p>Global decoding needs one even and one odd frame in the same longitude-zone band; local decoding needs one
 * frame and a reference within half a zone (about 180 NM airborne, 45 NM on the surface). Results are
 * {@code double[2]} (latitude, longitude) or null when the frames disagree.
 *
 * <p>The number of longitude zones at a latitude (NL) comes from a table of the 58 transition latitudes computed
 * once, so decoding costs no trigonometry.
 */
public final class Cpr {
  private static final double SCALE = 131072.0; // 2^17
  private static final int ZONES = 15; // NZ
  /** TRANSITIONS[k]: the latitude (degrees) above which NL drops below 59 - k. */
  private static final double[] TRANSITIONS = new double[58];

  static {
    for (int nl = 59; nl >= 2; nl--) {
      double a = 1 - Math.cos(Math.PI / (2 * ZONES));
      double b = 1 - Math.cos(2 * Math.PI / nl);
      TRANSITIONS[59 - nl] = Math.toDegrees(Math.acos(Math.sqrt(a / b)));
    }
  }

  private Cpr() {}

  /** Number of longitude zones at a latitude: 59 at the equator down to 1 at the poles. */
  public static int nl(double lat) {
    double abs = Math.abs(lat);
    int nl = 59;
    for (double transition : TRANSITIONS) {
      if (abs < transition) {
        return nl;
      }
      nl--;
    }
    return 1;
  }

  /**
   * Global decoding of an airborne even/odd pair; the position is the one of the newer frame.
   *
   * @param oddIsNewer whether the odd frame is the more recent one
   */
  public static double[] airborne(int latEven, int lonEven, int latOdd, int lonOdd, boolean oddIsNewer) {
    return global(latEven, lonEven, latOdd, lonOdd, oddIsNewer, 360.0, Double.NaN, Double.NaN);
  }

  /** Global decoding of a surface even/odd pair; the reference picks the quadrant of the four possible. */
  public static double[] surface(int latEven, int lonEven, int latOdd, int lonOdd, boolean oddIsNewer,
      double refLat, double refLon) {
    return global(latEven, lonEven, latOdd, lonOdd, oddIsNewer, 90.0, refLat, refLon);
  }

  private static double[] global(int latEven, int lonEven, int latOdd, int lonOdd, boolean oddIsNewer,
      double span, double refLat, double refLon) {
    double yEven = latEven / SCALE;
    double yOdd = latOdd / SCALE;
    double xEven = lonEven / SCALE;
    double xOdd = lonOdd / SCALE;
    double dLatEven = span / 60;
    double dLatOdd = span / 59;
    double j = Math.floor(59 * yEven - 60 * yOdd + 0.5);
    double rlatEven = dLatEven * (mod(j, 60) + yEven);
    double rlatOdd = dLatOdd * (mod(j, 59) + yOdd);
    boolean surface = span < 360;
    if (surface) {
      rlatEven = nearestHemisphere(rlatEven, refLat);
      rlatOdd = nearestHemisphere(rlatOdd, refLat);
    } else {
      rlatEven = rlatEven >= 270 ? rlatEven - 360 : rlatEven;
      rlatOdd = rlatOdd >= 270 ? rlatOdd - 360 : rlatOdd;
    }
    if (Math.abs(rlatEven) > 90 || Math.abs(rlatOdd) > 90) {
      return null;
    }
    int nl = nl(rlatEven);
    if (nl != nl(rlatOdd)) {
      return null; // the frames straddle a zone boundary: no unambiguous answer
    }
    double lat = oddIsNewer ? rlatOdd : rlatEven;
    int zones = Math.max(oddIsNewer ? nl - 1 : nl, 1);
    double m = Math.floor(xEven * (nl - 1) - xOdd * nl + 0.5);
    double lon = span / zones * (mod(m, zones) + (oddIsNewer ? xOdd : xEven));
    if (surface) {
      lon = nearestQuadrant(lon, refLon);
    } else if (lon >= 180) {
      lon -= 360;
    }
    return new double[] {lat, lon};
  }

  /** Local decoding of one frame against a reference position within half a zone. */
  public static double[] local(int latCpr, int lonCpr, boolean odd, boolean surface, double refLat, double refLon) {
    double span = surface ? 90.0 : 360.0;
    int i = odd ? 1 : 0;
    double dLat = span / (60 - i);
    double y = latCpr / SCALE;
    double x = lonCpr / SCALE;
    double j = Math.floor(refLat / dLat) + Math.floor(0.5 + mod(refLat, dLat) / dLat - y);
    double lat = dLat * (j + y);
    if (Math.abs(lat) > 90) {
      return null;
    }
    double dLon = span / Math.max(nl(lat) - i, 1);
    double m = Math.floor(refLon / dLon) + Math.floor(0.5 + mod(refLon, dLon) / dLon - x);
    double lon = dLon * (m + x);
    if (lon >= 180) {
      lon -= 360;
    } else if (lon < -180) {
      lon += 360;
    }
    return new double[] {lat, lon};
  }

  /**
   * Airborne CPR encoding (DO-260B A.1.7.3): the 17-bit latitude and longitude of a position in the even or odd
   * format. Used to write receiver frames from tracks (simulation, tests, benchmarks).
   */
  public static int[] encodeAirborne(double lat, double lon, boolean odd) {
    int i = odd ? 1 : 0;
    double dLat = 360.0 / (60 - i);
    double yz = Math.floor(SCALE * mod(lat, dLat) / dLat + 0.5);
    double rLat = dLat * (yz / SCALE + Math.floor(lat / dLat));
    int zones = nl(rLat) - i;
    double dLon = zones > 0 ? 360.0 / zones : 360.0;
    double xz = Math.floor(SCALE * mod(lon, dLon) / dLon + 0.5);
    return new int[] {(int) mod(yz, SCALE), (int) mod(xz, SCALE)};
  }

  private static double nearestHemisphere(double lat, double refLat) {
    double south = lat - 90;
    return Math.abs(south - refLat) < Math.abs(lat - refLat) ? south : lat;
  }

  private static double nearestQuadrant(double lon, double refLon) {
    double best = lon;
    for (int k = -4; k <= 4; k++) {
      double candidate = lon + 90 * k;
      if (candidate >= -180 && candidate < 180
          && Math.abs(angleDiff(candidate, refLon)) < Math.abs(angleDiff(best, refLon))) {
        best = candidate;
      }
    }
    return best >= 180 ? best - 360 : best;
  }

  private static double angleDiff(double a, double b) {
    double d = (a - b) % 360;
    return d > 180 ? d - 360 : d < -180 ? d + 360 : d;
  }

  private static double mod(double a, double b) {
    double r = a % b;
    return r < 0 ? r + b : r;
  }
}
