package io.tailwatch.surveillance.modes;

import java.util.HexFormat;

/** Builds replies with a correct parity, for tests: the fields are set by hand, the parity computed. */
final class Frames {
  static final long T0 = 1_457_996_400_000L; // 2016-03-14T23:00:00Z, the time of the 1090 MHz Riddle's pair

  private Frames() {}

  static ModeSFrame frame(String hex, long timeMs) {
    return new ModeSFrame(HexFormat.of().parseHex(hex), timeMs, -1, Double.NaN);
  }

  /** A DF11 all-call reply from the address, interrogator code 0 (parity = checksum). */
  static String allCall(int icao) {
    return allCall(icao, 0);
  }

  /** A DF11 all-call reply to an interrogator with the given 7-bit code (left in the parity). */
  static String allCall(int icao, int interrogatorCode) {
    byte[] b = new byte[7];
    b[0] = (byte) (11 << 3 | 5);
    b[1] = (byte) (icao >>> 16);
    b[2] = (byte) (icao >>> 8);
    b[3] = (byte) icao;
    return withParity(b, interrogatorCode);
  }

  /** A 56-bit reply whose first 32 bits are {@code header} and whose parity is overlaid with the address. */
  static String addressParity(int header, int icao) {
    byte[] b = new byte[7];
    b[0] = (byte) (header >>> 24);
    b[1] = (byte) (header >>> 16);
    b[2] = (byte) (header >>> 8);
    b[3] = (byte) header;
    return withParity(b, icao);
  }

  /** A DF17 (capability 5) from the address with the given 56-bit ME field. */
  static String extendedSquitter(int icao, long me) {
    return extendedSquitter(17, 5, icao, me);
  }

  static String extendedSquitter(int df, int capability, int icao, long me) {
    byte[] b = new byte[14];
    b[0] = (byte) (df << 3 | capability);
    b[1] = (byte) (icao >>> 16);
    b[2] = (byte) (icao >>> 8);
    b[3] = (byte) icao;
    for (int i = 0; i < 7; i++) {
      b[4 + i] = (byte) (me >>> (48 - 8 * i));
    }
    return withParity(b, 0);
  }

  /** An airborne position (TC 11, 38000 ft) encoded with CPR for the given place. */
  static String airbornePosition(int icao, boolean odd, double lat, double lon) {
    int[] cpr = Cpr.encode(lat, lon, odd, false);
    long me = 11L << 51 | 0xC38L << 36 | (odd ? 1L : 0L) << 34 | (long) cpr[0] << 17 | cpr[1];
    return extendedSquitter(icao, me);
  }

  /** A surface position (TC 7, movement code 20, no track) encoded with CPR for the given place. */
  static String surfacePosition(int icao, boolean odd, double lat, double lon) {
    int[] cpr = Cpr.encode(lat, lon, odd, true);
    long me = 7L << 51 | 20L << 44 | (odd ? 1L : 0L) << 34 | (long) cpr[0] << 17 | cpr[1];
    return extendedSquitter(icao, me);
  }

  /** The address a reply with address/parity yields: its syndrome. */
  static int addressOf(String hex) {
    return Crc24.syndrome(HexFormat.of().parseHex(hex));
  }

  private static String withParity(byte[] b, int overlay) {
    int crc = Crc24.checksum(b, b.length - 3) ^ overlay;
    b[b.length - 3] = (byte) (crc >>> 16);
    b[b.length - 2] = (byte) (crc >>> 8);
    b[b.length - 1] = (byte) crc;
    return HexFormat.of().formatHex(b);
  }
}
