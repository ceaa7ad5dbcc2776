package io.tailwatch.formats.opensky;

import io.tailwatch.surveillance.StateVector;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes state vectors in the OpenSky archive's CSV columns, the inverse of {@link OpenSkyCsvReader}. */
public final class OpenSkyCsvWriter implements AutoCloseable {
  private final Writer out;

  public OpenSkyCsvWriter(Writer out) throws IOException {
    this.out = out;
    out.write(String.join(",", OpenSkyCsvReader.COLUMNS));
    out.write('\n');
  }

  public void write(StateVector v) throws IOException {
    double seconds = v.timeMs() / 1000.0;
    out.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s,%s,%s,false,false,%s,%s,%s,%s,%s%n",
        num(seconds), v.icao24Hex(), num(v.lat()), num(v.lon()), num(v.velocity()), num(v.heading()),
        num(v.vertRate()), v.callsign() == null ? "" : v.callsign(), v.onGround(),
        v.squawk() == null ? "" : v.squawk(), num(v.baroAltitude()), num(v.geoAltitude()), num(seconds),
        num(seconds)));
  }

  private static String num(double d) {
    if (Double.isNaN(d)) {
      return "";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return String.format(Locale.ROOT, "%.6f", d).replaceAll("0+$", "");
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
