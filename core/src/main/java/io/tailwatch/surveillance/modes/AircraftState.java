package io.tailwatch.surveillance.modes;

/**
 * What the decoder remembers of one aircraft between its replies: when it was last heard and last heard cleanly
 * (the trust that lets its address be recovered from parity), its latest even and odd CPR frames, its last
 * decoded position, and its last callsign (so a repeated identification reuses the string). About 100 bytes.
 */
final class AircraftState {
  static final long NEVER = Long.MIN_VALUE;

  final int icao24;
  long lastSeen;
  /** Last clean DF11 (no interrogator code) or DF17/18 (parity zero, not repaired): the address is real. */
  long lastClean = NEVER;

  boolean surface;
  int evenLat;
  int evenLon;
  long evenTime = NEVER;
  int oddLat;
  int oddLon;
  long oddTime = NEVER;

  double lat;
  double lon;
  /** Cosine of lat, for the distance checks. */
  double cosLat;
  long positionTime = NEVER;

  /** A globally decoded position refused as unreachable from the last one: if the next pair agrees with it. */
  double refusedLat;
  double refusedLon;
  long refusedTime = NEVER;

  long callsignBits = -1;
  String callsign;

  AircraftState(int icao24) {
    this.icao24 = icao24;
  }

  boolean trustedAt(long now, long trustMs) {
    return lastClean != NEVER && now - lastClean <= trustMs;
  }

  void forgetPair() {
    evenTime = NEVER;
    oddTime = NEVER;
  }
}
