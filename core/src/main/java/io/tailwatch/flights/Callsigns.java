package io.tailwatch.flights;

import java.util.Locale;

/** What a callsign says about who flies: airline flights are an ICAO designator and a number (IRM5072). */
public final class Callsigns {
  private Callsigns() {}

  /** The ICAO airline designator of a callsign (its three leading letters), or null for private callsigns. */
  public static String designator(String callsign) {
    if (callsign == null || callsign.length() < 4) {
      return null;
    }
    String prefix = callsign.substring(0, 3).toUpperCase(Locale.ROOT);
    for (int i = 0; i < 3; i++) {
      if (!Character.isLetter(prefix.charAt(i))) {
        return null;
      }
    }
    return Character.isDigit(callsign.charAt(3)) ? prefix : null;
  }
}
