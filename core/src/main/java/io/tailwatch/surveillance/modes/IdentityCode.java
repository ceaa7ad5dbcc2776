package io.tailwatch.surveillance.modes;

/**
 * The Mode A identity ("squawk") from a 13-bit ID field (C1 A1 C2 A2 C4 A4 X B1 D1 B2 D2 B4 D4, most significant
 * first; ICAO Annex 10 Vol IV, 3.1.2.6.7.1): four octal digits A B C D.
 */
public final class IdentityCode {
  private IdentityCode() {}

  public static String squawk(int id) {
    int a = (id >>> 7 & 1) << 2 | (id >>> 9 & 1) << 1 | id >>> 11 & 1;
    int b = (id >>> 1 & 1) << 2 | (id >>> 3 & 1) << 1 | id >>> 5 & 1;
    int c = (id >>> 8 & 1) << 2 | (id >>> 10 & 1) << 1 | id >>> 12 & 1;
    int d = (id & 1) << 2 | (id >>> 2 & 1) << 1 | id >>> 4 & 1;
    return new String(new char[] {(char) ('0' + a), (char) ('0' + b), (char) ('0' + c), (char) ('0' + d)});
  }
}
