package io.tailwatch.surveillance;

/**
 * One position report of one aircraft at one instant, in the units of the OpenSky state-vector archive
 * (metres, metres per second, degrees). Absent numeric values are {@link Double#NaN}; an absent callsign
 * or squawk is {@code null}.
 *
 * <p>The address is kept as an {@code int} (the 24-bit ICAO address) so that the flight pipeline can key
 * millions of reports per second without allocating strings; {@link Icao24} converts to and from hex.
 *
 * @param timeMs       event time, Unix epoch milliseconds (UTC)
 * @param icao24       24-bit ICAO aircraft address
 * @param lat          latitude, WGS84 degrees
 * @param lon          longitude, WGS84 degrees
 * @param velocity     ground speed, m/s
 * @param heading      true track over ground, degrees clockwise from north
 * @param vertRate     vertical rate, m/s (positive climbing)
 * @param callsign     callsign as transmitted, trimmed, or null
 * @param onGround     whether the aircraft reported being on the ground
 * @param squawk       Mode A code (4 octal digits), or null
 * @param baroAltitude barometric altitude, metres
 * @param geoAltitude  geometric (GNSS) altitude, metres
 */
public record StateVector(
    long timeMs,
    int icao24,
    double lat,
    double lon,
    double velocity,
    double heading,
    double vertRate,
    String callsign,
    boolean onGround,
    String squawk,
    double baroAltitude,
    double geoAltitude) {

  public static final double FEET_PER_METRE = 3.280839895;
  public static final double KNOTS_PER_MPS = 1.943844492;

  public boolean hasPosition() {
    return !Double.isNaN(lat) && !Double.isNaN(lon);
  }

  /** Best altitude we have: barometric, else geometric; NaN when neither. */
  public double altitude() {
    return Double.isNaN(baroAltitude) ? geoAltitude : baroAltitude;
  }

  public String icao24Hex() {
    return Icao24.format(icao24);
  }
}
