package io.tailwatch.surveillance.modes;

/**
 * Mode S altitude codes (ICAO Annex 10 Vol IV, 3.1.2.6.5.4): the 13-bit AC field of DF0/4/16/20 (C1 A1 C2 A2 C4
 * A4 M B1 Q B2 D2 B4 D4, most significant first) and the 12-bit field of ADS-B airborne positions (the same
 * without its M bit).
 *
 * <ul>
 *   <li>Q bit set: the other 11 bits count 25 ft steps from -1000 ft.
 *   <li>Q bit clear: the Gillham (Mode C) code in 100 ft steps, -1200 to 126 700 ft: a reflected Gray code of
 *       500 ft steps on D2 D4 A1 A2 A4 B1 B2 B4, and a five-state cycle of 100 ft steps on C1 C2 C4 that runs
 *       backwards when the 500 ft count is odd, so that adjacent altitudes differ in one bit.
 *   <li>M bit set: metric; the remaining 12 bits read as metres (as pyModeS reads them; no transponder in service
 *       is known to send it), reported here in feet.
 * </ul>
 *
 * <p>All 8192 codes are decoded once into a table, so a lookup costs one array read.
 */
public final class AltitudeCode {
  /** What {@link #feet13} and {@link #feet12} return for an absent or invalid code. */
  public static final int NONE = Integer.MIN_VALUE;
  private static final double FEET_PER_METRE = 1 / 0.3048;
  private static final int[] AC13 = new int[1 << 13];

  static {
    for (int code = 0; code < AC13.length; code++) {
      AC13[code] = decode13(code);
    }
  }

  private AltitudeCode() {}

  /** The 13-bit AC field in feet, or null when absent or invalid. */
  public static Integer ac13(int code) {
    int feet = feet13(code);
    return feet == NONE ? null : feet;
  }

  /** The 12-bit altitude of an ADS-B airborne position (AC without M) in feet, or null. */
  public static Integer ac12(int code) {
    int feet = feet12(code);
    return feet == NONE ? null : feet;
  }

  /** The 13-bit AC field in feet, or {@link #NONE}; no allocation. */
  public static int feet13(int code) {
    return AC13[code & 0x1FFF];
  }

  /** The 12-bit ADS-B altitude field in feet, or {@link #NONE}; no allocation. */
  public static int feet12(int code) {
    return AC13[(code & 0xFC0) << 1 | code & 0x3F]; // put the M bit (always 0 here) back in its place
  }

  private static int decode13(int code) {
    if (code == 0) {
      return NONE; // all zero: altitude not available
    }
    if ((code & 0x40) != 0) { // M bit: metric
      int metres = (code & 0x1F80) >>> 1 | code & 0x3F;
      return (int) Math.round(metres * FEET_PER_METRE);
    }
    if ((code & 0x10) != 0) { // Q bit: 25 ft steps
      int n = (code & 0x1F80) >>> 2 | (code & 0x20) >>> 1 | code & 0x0F;
      return n * 25 - 1000;
    }
    return gillham(code);
  }

  /** Gillham code from a 13-bit AC field (Q = 0), or {@link #NONE} when the 100 ft part is not a valid state. */
  static int gillham(int ac) {
    int c1 = ac >>> 12 & 1, a1 = ac >>> 11 & 1, c2 = ac >>> 10 & 1, a2 = ac >>> 9 & 1, c4 = ac >>> 8 & 1;
    int a4 = ac >>> 7 & 1, b1 = ac >>> 5 & 1, b2 = ac >>> 3 & 1, d2 = ac >>> 2 & 1, b4 = ac >>> 1 & 1;
    int d4 = ac & 1;
    int n500 = grayToBinary(d2 << 7 | d4 << 6 | a1 << 5 | a2 << 4 | a4 << 3 | b1 << 2 | b2 << 1 | b4);
    int n100 = grayToBinary(c1 << 2 | c2 << 1 | c4);
    if (n100 == 0 || n100 == 5 || n100 == 6) {
      return NONE; // C bits 000, 111 and 101 are not in the cycle
    }
    if (n100 == 7) {
      n100 = 5; // Gray 100, the cycle's fifth state
    }
    if ((n500 & 1) != 0) {
      n100 = 6 - n100;
    }
    return n500 * 500 + n100 * 100 - 1300;
  }

  static int grayToBinary(int gray) {
    int binary = gray;
    for (int shift = gray >>> 1; shift != 0; shift >>>= 1) {
      binary ^= shift;
    }
    return binary;
  }
}
