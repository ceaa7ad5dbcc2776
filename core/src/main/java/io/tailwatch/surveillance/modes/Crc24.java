package io.tailwatch.surveillance.modes;

/**
 * The Mode S parity: a 24-bit cyclic redundancy check with generator polynomial 0x1FFF409 (ICAO Annex 10 Vol IV,
 * 3.1.2.3.3). Table-driven, one lookup per byte, no allocation.
 *
 * <p>For DF11/17/18 the parity field holds the check itself, so the syndrome (the check of the data XOR the parity
 * field) is zero for a clean reply (DF11 may leave an interrogator code in its low 7 bits). For DF0/4/5/16/20/21 the
 * parity field is the check XOR the aircraft address ("Address/Parity"), so the syndrome is the address.
 */
public final class Crc24 {
  private static final int GENERATOR = 0xFFF409;
  private static final int[] TABLE = new int[256];

  static {
    for (int i = 0; i < 256; i++) {
      int crc = i << 16;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x800000) != 0 ? (crc << 1) ^ GENERATOR : crc << 1;
      }
      TABLE[i] = crc & 0xFFFFFF;
    }
  }

  private Crc24() {}

  /** The check over the first {@code length} bytes. */
  public static int checksum(byte[] bytes, int length) {
    int crc = 0;
    for (int i = 0; i < length; i++) {
      crc = ((crc << 8) ^ TABLE[((crc >>> 16) ^ bytes[i]) & 0xFF]) & 0xFFFFFF;
    }
    return crc;
  }

  /** The check of the data bits XOR the reply's last 24 bits: 0 for a clean DF17, the address for a DF4. */
  public static int syndrome(byte[] reply) {
    int n = reply.length;
    int parity = (reply[n - 3] & 0xFF) << 16 | (reply[n - 2] & 0xFF) << 8 | reply[n - 1] & 0xFF;
    return checksum(reply, n - 3) ^ parity;
  }
}
