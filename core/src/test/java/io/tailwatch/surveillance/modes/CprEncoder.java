package io.tailwatch.surveillance.modes;

/** Airborne CPR encoding (DO-260B A.1.7.3), for tests: the inverse of {@link Cpr}, written from the standard. */
final class CprEncoder {
  private CprEncoder() {}

  static int[] encode(double lat, double lon, boolean odd) {
    int i = odd ? 1 : 0;
    double dLat = 360.0 / (60 - i);
    double yz = Math.floor(131072 * mod(lat, dLat) / dLat + 0.5);
    double rLat = dLat * (yz / 131072 + Math.floor(lat / dLat));
    int zones = Cpr.nl(rLat) - i;
    double dLon = zones > 0 ? 360.0 / zones : 360.0;
    double xz = Math.floor(131072 * mod(lon, dLon) / dLon + 0.5);
    return new int[] {(int) mod(yz, 131072), (int) mod(xz, 131072)};
  }

  private static double mod(double a, double b) {
    double r = a % b;
    return r < 0 ? r + b : r;
  }
}
