package io.tailwatch.surveillance.modes;

/**
 * Finds the one wrong bit of a 112-bit extended squitter from its parity syndrome. The CRC is linear, so a single
 * flipped bit leaves a syndrome that depends only on the bit's position: the 107 syndromes of bits 6-112 are
 * computed once and kept in a small open-addressing table (no boxing, no allocation per lookup). Bits 1-5 are left
 * alone: they are the downlink format that decided this frame was an extended squitter at all.
 *
 * <p>No two-bit error shares a syndrome with a one-bit error (the tests check all of them), so a repair never
 * turns a two-bit error into a third; what it cannot exclude is a heavier garble landing on one of these 107
 * syndromes (odds about 107 in 2^24 per garbled frame), which is why the decoder accepts a repaired frame only from
 * an aircraft it already knows.
 */
final class SingleBitRepair {
  private static final int SLOTS = 256;
  private static final int[] SYNDROMES = new int[SLOTS]; // 0 = empty: no single-bit error has syndrome 0
  private static final byte[] BITS = new byte[SLOTS];

  static {
    byte[] frame = new byte[14];
    for (int bit = 6; bit <= 112; bit++) {
      frame[(bit - 1) >>> 3] = (byte) (0x80 >>> ((bit - 1) & 7));
      int syndrome = Crc24.syndrome(frame);
      frame[(bit - 1) >>> 3] = 0;
      int slot = slot(syndrome);
      while (SYNDROMES[slot] != 0) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      SYNDROMES[slot] = syndrome;
      BITS[slot] = (byte) bit;
    }
  }

  private SingleBitRepair() {}

  /** The bit (1-based, 6-112) whose flip explains this syndrome of a 112-bit reply, or -1 when none does. */
  static int wrongBit(int syndrome) {
    if (syndrome == 0) {
      return -1;
    }
    for (int slot = slot(syndrome); SYNDROMES[slot] != 0; slot = (slot + 1) & (SLOTS - 1)) {
      if (SYNDROMES[slot] == syndrome) {
        return BITS[slot];
      }
    }
    return -1;
  }

  /** A copy of the reply with the bit flipped back. */
  static byte[] repaired(byte[] reply, int bit) {
    byte[] fixed = reply.clone();
    fixed[(bit - 1) >>> 3] ^= (byte) (0x80 >>> ((bit - 1) & 7));
    return fixed;
  }

  private static int slot(int syndrome) {
    return (syndrome * 0x9E3779B1) >>> 24; // top 8 bits of a multiplicative hash
  }
}
