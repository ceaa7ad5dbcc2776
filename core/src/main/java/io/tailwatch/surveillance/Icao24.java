package io.tailwatch.surveillance;

/** The 24-bit ICAO aircraft address, written as six lowercase hex digits. */
public final class Icao24 {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Icao24() {}

  public static String format(int address) {
    char[] out = new char[6];
    for (int i = 5; i >= 0; i--) {
      out[i] = HEX[address & 0xF];
      address >>>= 4;
    }
    return new String(out);
  }

  /**
   * Parses six hex digits (either case, surrounding blanks ignored).
   *
   * @throws IllegalArgumentException naming the text when it is not a 24-bit hex address
   */
  public static int parse(CharSequence text) {
    String s = text.toString().trim();
    if (s.length() != 6) {
      throw new IllegalArgumentException("ICAO 24-bit address must be 6 hex digits, got '" + s + "'");
    }
    int value = 0;
    for (int i = 0; i < 6; i++) {
      int digit = Character.digit(s.charAt(i), 16);
      if (digit < 0) {
        throw new IllegalArgumentException("ICAO 24-bit address must be 6 hex digits, got '" + s + "'");
      }
      value = (value << 4) | digit;
    }
    return value;
  }
}
