package io.tailwatch.surveillance.modes;

/**
 * Compact Position Reporting (ICAO Doc 9871 and RTCA DO-260B, appendix A.1.7): positions as 17-bit fractions of
 * latitude and longitude zones, even and odd frames using 60 and 59 latitude zones. Airborne zones span 360°,
 * surface zones 90° (four times the resolution, and a 90° ambiguity that a reference position resolves).
 *
 * <ul>
 *   <li>Global decoding needs one even and one odd frame whose latitudes fall in the same longitude-zone band
 *       (same NL); a pair straddling a band boundary gives no answer.
 *   <li>Local decoding needs one frame and a reference within half a zone: about 180 NM airborne, 45 NM on the
 *       surface.
 * </ul>
 *
 * <p>Decoders write latitude and longitude into a caller's {@code double[2]} and return false when there is no
 * answer, so the hot path allocates nothing. The number of longitude zones at a latitude (NL) is a lookup in a
 * table of 0.01° bins built once from the 58 transition latitudes, so decoding costs no trigonometry. Accuracy: the
 * encoding's own, about 5 m airborne and 1.3 m on the surface.
 */
public final class Cpr {
  private static final double SCALE = 131072.0; // 2^17
  private static final int ZONES = 15; // NZ: latitude zones between the equator and a pole
  /** TRANSITION[nl]: the highest latitude (degrees) at which NL is still nl, for nl 2..59. */
  private static final double[] TRANSITION = new double[60];
  private static final int BINS_PER_DEGREE = 100;
  /** NL at the start of each 0.01° bin; at most one transition falls inside a bin (they are 0.4° or more apart). */
  private static final byte[] NL_AT_BIN = new byte[90 * BINS_PER_DEGREE + 1];

  static {
    double a = 1 - Math.cos(Math.PI / (2 * ZONES));
    for (int nl = 2; nl <= 59; nl++) {
      double b = 1 - Math.cos(2 * Math.PI / nl);
      TRANSITION[nl] = Math.toDegrees(Math.acos(Math.sqrt(a / b)));
    }
    TRANSITION[2] = 87.0; // the standard fixes the last transition at exactly 87°
    for (int bin = 0; bin < NL_AT_BIN.length; bin++) {
      NL_AT_BIN[bin] = (byte) nlBySearch((double) bin / BINS_PER_DEGREE);
    }
  }

  private Cpr() {}

  /** Number of longitude zones at a latitude: 59 at the equator down to 2 at ±87° and 1 beyond. */
  public static int nl(double lat) {
    double abs = Math.abs(lat);
    if (!(abs < 90)) {
      return 1;
    }
    int nl = NL_AT_BIN[(int) (abs * BINS_PER_DEGREE)];
    return nl > 1 && abs > TRANSITION[nl] ? nl - 1 : nl;
  }

  private static int nlBySearch(double abs) {
    int nl = 59;
    while (nl > 1 && abs > TRANSITION[nl]) {
      nl--;
    }
    return nl;
  }

  /**
   * Global decoding of an airborne even/odd pair; the position is the one of the newer frame.
   *
   * @param oddIsNewer whether the odd frame is the more recent one
   * @param out        receives latitude and longitude (degrees, longitude in [-180, 180))
   * @return false when the frames' latitudes straddle a longitude-zone boundary
   */
  public static boolean airborne(int latEven, int lonEven, int latOdd, int lonOdd, boolean oddIsNewer,
      double[] out) {
    return global(latEven, lonEven, latOdd, lonOdd, oddIsNewer, 360.0, Double.NaN, Double.NaN, out);
  }

  /**
   * Global decoding of a surface even/odd pair. Of the four positions the pair fits (90° apart in longitude, and
   * north or south of the equator), the one nearest the reference is taken: the receiver's position or the
   * aircraft's last known one.
   */
  public static boolean surface(int latEven, int lonEven, int latOdd, int lonOdd, boolean oddIsNewer,
      double refLat, double refLon, double[] out) {
    return global(latEven, lonEven, latOdd, lonOdd, oddIsNewer, 90.0, refLat, refLon, out);
  }

  private static boolean global(int latEven, int lonEven, int latOdd, int lonOdd, boolean oddIsNewer,
      double span, double refLat, double refLon, double[] out) {
    double yEven = latEven / SCALE;
    double yOdd = latOdd / SCALE;
    double j = Math.floor(59 * yEven - 60 * yOdd + 0.5); // latitude zone index
    double rlatEven = span / 60 * (mod(j, 60) + yEven);
    double rlatOdd = span / 59 * (mod(j, 59) + yOdd);
    boolean surface = span < 360;
    if (surface) {
      // The pair gives a latitude in [0, 90); its southern twin is 90° lower (and at 0, the north pole 90° higher).
      double shift = Math.abs(rlatEven - 90 - refLat) < Math.abs(rlatEven - refLat) ? -90
          : rlatEven == 0 && refLat > 45 ? 90 : 0;
      rlatEven += shift;
      rlatOdd += shift;
    } else {
      rlatEven = rlatEven >= 270 ? rlatEven - 360 : rlatEven;
      rlatOdd = rlatOdd >= 270 ? rlatOdd - 360 : rlatOdd;
    }
    if (Math.abs(rlatEven) > 90 || Math.abs(rlatOdd) > 90) {
      return false;
    }
    int nl = nl(rlatEven);
    if (nl != nl(rlatOdd)) {
      return false; // the frames straddle a zone boundary: no unambiguous answer
    }
    double lat = oddIsNewer ? rlatOdd : rlatEven;
    int zones = Math.max(oddIsNewer ? nl - 1 : nl, 1);
    double xEven = lonEven / SCALE;
    double xOdd = lonOdd / SCALE;
    double m = Math.floor(xEven * (nl - 1) - xOdd * nl + 0.5); // longitude zone index
    double lon = span / zones * (mod(m, zones) + (oddIsNewer ? xOdd : xEven));
    if (surface) {
      lon = nearestQuadrant(lon, refLon);
    }
    out[0] = lat;
    out[1] = wrapLongitude(lon);
    return true;
  }

  /**
   * Local decoding of one frame against a reference position within half a zone of it.
   *
   * @return false only when the latitude found is off the globe (a reference far from the truth)
   */
  public static boolean local(int latCpr, int lonCpr, boolean odd, boolean surface, double refLat, double refLon,
      double[] out) {
    double span = surface ? 90.0 : 360.0;
    int i = odd ? 1 : 0;
    double dLat = span / (60 - i);
    double y = latCpr / SCALE;
    double x = lonCpr / SCALE;
    double j = zoneNearest(refLat / dLat, y);
    double lat = dLat * (j + y);
    if (Math.abs(lat) > 90) {
      return false;
    }
    double dLon = span / Math.max(nl(lat) - i, 1);
    double m = zoneNearest(refLon / dLon, x);
    out[0] = lat;
    out[1] = wrapLongitude(dLon * (m + x));
    return true;
  }

  /**
   * Encodes a position as one CPR frame (DO-260B A.1.7.3): the inverse of the decoders, for tests, simulators and
   * benchmarks. The standard encodes surface frames at 19 bits of an airborne-sized zone and sends the low 17: the
   * same as 17 bits of a zone a quarter the size, which is how it is done here.
   *
   * @return the 17-bit encoded latitude and longitude
   */
  public static int[] encode(double lat, double lon, boolean odd, boolean surface) {
    int i = odd ? 1 : 0;
    double span = surface ? 90.0 : 360.0;
    double dLat = span / (60 - i);
    double yz = Math.floor(SCALE * mod(lat, dLat) / dLat + 0.5);
    double rlat = dLat * (yz / SCALE + Math.floor(lat / dLat));
    double dLon = span / Math.max(nl(rlat) - i, 1);
    double xz = Math.floor(SCALE * mod(lon, dLon) / dLon + 0.5);
    return new int[] {(int) mod(yz, SCALE), (int) mod(xz, SCALE)};
  }

  /**
   * The zone index that puts a fraction {@code y} of a zone nearest to a reference {@code zones} zones from zero.
   * The reference's zone and offset come from one division, so that a reference on a zone boundary cannot be
   * counted in one zone with the offset of the other (fmod and division round differently).
   */
  private static double zoneNearest(double zones, double y) {
    double zone = Math.floor(zones);
    return zone + Math.floor(0.5 + (zones - zone) - y);
  }

  private static double nearestQuadrant(double lon, double refLon) {
    // lon is in [0, 90); the candidates are lon + 90k. Take the one whose difference from the reference, folded
    // into [-180, 180), is smallest.
    double d = mod(lon - refLon + 45, 90) - 45; // offset of the nearest candidate from the reference
    return refLon + d;
  }

  private static double wrapLongitude(double lon) {
    return mod(lon + 180, 360) - 180;
  }

  private static double mod(double a, double b) {
    double r = a % b;
    return r < 0 ? r + b : r;
  }
}
