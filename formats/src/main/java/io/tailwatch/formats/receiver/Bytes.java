package io.tailwatch.formats.receiver;

/** Small byte-level helpers shared by the framers: hex digits, signal levels, printable excerpts. */
final class Bytes {
  /** Hex digit values by byte, -1 for anything else. */
  static final byte[] HEX = new byte[256];

  /**
   * Signal level byte to power in [0,1]: (byte / 255)². This is how readsb reads Beast input ({@code
   * decodeBinMessage} in net_io.c: the byte over 255, squared) and the inverse of how it writes Beast output
   * ({@code modesSendBeastOutput}: {@code round(sqrt(signalLevel) * 255)}): the byte is an amplitude, the level a
   * power. The same holds for the two signal digits of the AVR {@code <} form.
   */
  static final double[] SIGNAL = new double[256];

  private static final int EXCERPT = 48;

  static {
    java.util.Arrays.fill(HEX, (byte) -1);
    for (int c = '0'; c <= '9'; c++) {
      HEX[c] = (byte) (c - '0');
    }
    for (int c = 'a'; c <= 'f'; c++) {
      HEX[c] = (byte) (c - 'a' + 10);
      HEX[c - 'a' + 'A'] = (byte) (c - 'a' + 10);
    }
    for (int i = 0; i < 256; i++) {
      double amplitude = i / 255.0;
      SIGNAL[i] = amplitude * amplitude;
    }
  }

  private Bytes() {}

  /**
   * Up to {@value #EXCERPT} characters of raw input for a message: printable ASCII as it is, anything else (control
   * characters, broken UTF-8, terminal escapes) as {@code \xNN}, so that hostile input cannot reach a terminal.
   */
  static String printable(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder(Math.min(to - from, EXCERPT) + 8);
    for (int i = from; i < to; i++) {
      if (sb.length() >= EXCERPT) {
        return sb.append("...").toString();
      }
      int c = b[i] & 0xFF;
      if (c >= 0x20 && c < 0x7F) {
        sb.append((char) c);
      } else {
        sb.append(String.format("\\x%02x", c));
      }
    }
    return sb.toString();
  }
}
