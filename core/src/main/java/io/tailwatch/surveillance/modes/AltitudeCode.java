package io.tailwatch.surveillance.modes;

/**
 * Mode S altitude codes (ICAO Annex 10 Vol IV, 3.1.2.6.5.4): the 13-bit AC field of DF0/4/16/20 and the 12-bit
 * field of ADS-B airborne positions (the AC field without its M bit).
 *
 * <p>With the Q bit set, the remaining 11 bits count 25 ft steps from -1000 ft. Without it, the code is the
 * Gillham (Mode C) code in 100 ft steps: a reflected Gray code of 500 ft steps on D2 D4 A1 A2 A4 B1 B2 B4, and a
 * five-state cycle of 100 ft steps on C1 C2 C4 that runs backwards when the 500 ft count is odd, so that adjacent
 * altitudes differ in one bit. Metric altitudes (M bit) are not decoded: none are seen in service.
 */
public final class AltitudeCode {
  private AltitudeCode() {}

  /** The 13-bit AC field (bit 1 = C1 ... bit 13 = D4) in feet, or null when absent or invalid. */
  public static Integer ac13(int code) {
    if (code == 0 || (code & 0x40) != 0) { // all zero: no altitude; M bit: metric
      return null;
    }
    if ((code & 0x10) != 0) { // Q bit: 25 ft steps
      int n = (code & 0x1F80) >>> 2 | (code & 0x20) >>> 1 | code & 0x0F;
      return n * 25 - 1000;
    }
    return gillham(code);
  }

  /** The 12-bit altitude of an ADS-B airborne position (AC without M) in feet, or null. */
  public static Integer ac12(int code) {
    if (code == 0) {
      return null;
    }
    return ac13((code & 0xFC0) << 1 | code & 0x3F);
  }

  /** Gillham code from a 13-bit AC field (C1 A1 C2 A2 C4 A4 M B1 Q B2 D2 B4 D4, most significant first). */
  static Integer gillham(int ac) {
    int c1 = ac >>> 12 & 1, a1 = ac >>> 11 & 1, c2 = ac >>> 10 & 1, a2 = ac >>> 9 & 1, c4 = ac >>> 8 & 1;
    int a4 = ac >>> 7 & 1, b1 = ac >>> 5 & 1, b2 = ac >>> 3 & 1, d2 = ac >>> 2 & 1, b4 = ac >>> 1 & 1;
    int d4 = ac & 1;
    int gray500 = d2 << 7 | d4 << 6 | a1 << 5 | a2 << 4 | a4 << 3 | b1 << 2 | b2 << 1 | b4;
    int n500 = grayToBinary(gray500);
    int n100 = grayToBinary(c1 << 2 | c2 << 1 | c4);
    if (n100 == 0 || n100 == 5 || n100 == 6) {
      return null;
    }
    if (n100 == 7) {
      n100 = 5;
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
