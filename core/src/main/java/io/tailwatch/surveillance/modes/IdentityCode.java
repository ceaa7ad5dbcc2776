package io.tailwatch.surveillance.modes;

/**
 * The Mode A identity ("squawk") from a 13-bit ID field (C1 A1 C2 A2 C4 A4 X B1 D1 B2 D2 B4 D4, most significant
 * first; ICAO Annex 10 Vol IV, 3.1.2.6.7.1): four octal digits A B C D, each digit's bits weighted 4 2 1.
 *
 * <p>The 4096 codes' strings are made once each, on first use, so a busy feed does not allocate one per reply.
 */
public final class IdentityCode {
  private static final String[] SQUAWKS = new String[4096]; // filled lazily; a race only makes an equal string twice

  private IdentityCode() {}

  public static String squawk(int id) {
    int octal = octal(id);
    String s = SQUAWKS[octal];
    if (s == null) {
      s = new String(new char[] {digit(octal >>> 9), digit(octal >>> 6), digit(octal >>> 3), digit(octal)});
      SQUAWKS[octal] = s;
    }
    return s;
  }

  /** The code as a 12-bit number, three bits per octal digit (7500 = 07500). The X bit is ignored. */
  public static int octal(int id) {
    int a = (id >>> 7 & 1) << 2 | (id >>> 9 & 1) << 1 | id >>> 11 & 1;
    int b = (id >>> 1 & 1) << 2 | (id >>> 3 & 1) << 1 | id >>> 5 & 1;
    int c = (id >>> 8 & 1) << 2 | (id >>> 10 & 1) << 1 | id >>> 12 & 1;
    int d = (id & 1) << 2 | (id >>> 2 & 1) << 1 | id >>> 4 & 1;
    return a << 9 | b << 6 | c << 3 | d;
  }

  private static char digit(int threeBits) {
    return (char) ('0' + (threeBits & 7));
  }
}
