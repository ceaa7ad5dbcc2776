package io.tailwatch.surveillance.modes;

/**
 * The Mode S parity: a 24-bit cyclic redundancy check with generator polynomial 0x1FFF409 (ICAO Annex 10 Vol IV,
 * 3.1.2.3.3). Table-driven, one lookup per byte, no allocation.
 *
 * <p>For DF11/17/18 the parity field holds the check itself, so the syndrome (the check of the data XOR the parity
 * field) is zero for a clean reply (DF11 may leave an interrogator code in its low 7 bits). For DF0/4/5/16/20/21 the
 * parity field is the check XOR the aircraft address ("Address/Parity"), so the syndrome is the address.
 *
 * <p>The check (zero start, no final XOR) is linear: the check of a reply is the XOR of the checks of each of its
 * bytes alone in its place. So it is one lookup per byte in a table for that byte's distance from the end of the
 * data (11 tables of 256 entries, 11 KB), and the lookups do not wait on one another as a byte-serial CRC's do.
 */
public final class Crc24 {
  private static final int GENERATOR = 0xFFF409;
  private static final int MAX_DATA_BYTES = 11;
  /** BY_DISTANCE[d << 8 | v]: the check of byte v followed by d zero bytes. */
  private static final int[] BY_DISTANCE = new int[MAX_DATA_BYTES << 8];

  static {
    int[] serial = new int[256];
    for (int i = 0; i < 256; i++) {
      int crc = i << 16;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x800000) != 0 ? (crc << 1) ^ GENERATOR : crc << 1;
      }
      serial[i] = crc & 0xFFFFFF;
    }
    for (int v = 0; v < 256; v++) {
      int crc = serial[v];
      BY_DISTANCE[v] = crc;
      for (int d = 1; d < MAX_DATA_BYTES; d++) {
        crc = ((crc << 8) ^ serial[(crc >>> 16) & 0xFF]) & 0xFFFFFF; // one more zero byte
        BY_DISTANCE[d << 8 | v] = crc;
      }
    }
  }

  private Crc24() {}

  /** The check over the first {@code length} bytes, at most 11 (the data of a 112-bit reply). */
  public static int checksum(byte[] bytes, int length) {
    if (length > MAX_DATA_BYTES) {
      throw new IllegalArgumentException("a Mode S reply has at most 11 data bytes, not " + length);
    }
    int crc = 0;
    for (int i = 0; i < length; i++) {
      crc ^= BY_DISTANCE[(length - 1 - i) << 8 | bytes[i] & 0xFF];
    }
    return crc;
  }

  /** The check of the data bits XOR the reply's last 24 bits: 0 for a clean DF17, the address for a DF4. */
  public static int syndrome(byte[] reply) {
    int n = reply.length;
    int parity = (reply[n - 3] & 0xFF) << 16 | (reply[n - 2] & 0xFF) << 8 | reply[n - 1] & 0xFF;
    int[] t = BY_DISTANCE;
    if (n == 14) { // written out: eleven independent lookups
      return parity ^ t[10 << 8 | reply[0] & 0xFF] ^ t[9 << 8 | reply[1] & 0xFF] ^ t[8 << 8 | reply[2] & 0xFF]
          ^ t[7 << 8 | reply[3] & 0xFF] ^ t[6 << 8 | reply[4] & 0xFF] ^ t[5 << 8 | reply[5] & 0xFF]
          ^ t[4 << 8 | reply[6] & 0xFF] ^ t[3 << 8 | reply[7] & 0xFF] ^ t[2 << 8 | reply[8] & 0xFF]
          ^ t[1 << 8 | reply[9] & 0xFF] ^ t[reply[10] & 0xFF];
    }
    if (n == 7) {
      return parity ^ t[3 << 8 | reply[0] & 0xFF] ^ t[2 << 8 | reply[1] & 0xFF] ^ t[1 << 8 | reply[2] & 0xFF]
          ^ t[reply[3] & 0xFF];
    }
    return checksum(reply, n - 3) ^ parity;
  }
}
