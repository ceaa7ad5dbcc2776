package io.tailwatch.surveillance.modes;

/** Fields of a reply by bit number, counted from 1 at the first transmitted bit as the Mode S standards do. */
final class Bits {
  private Bits() {}

  /** Bits {@code first} to {@code last} inclusive (1-based, at most 57 bits) as an unsigned number. */
  static long get(byte[] reply, int first, int last) {
    long value = 0;
    int firstByte = (first - 1) >>> 3;
    int lastByte = (last - 1) >>> 3;
    for (int i = firstByte; i <= lastByte; i++) {
      value = value << 8 | (reply[i] & 0xFF);
    }
    int dropRight = 7 - ((last - 1) & 7);
    value >>>= dropRight;
    int width = last - first + 1;
    return value & ((1L << width) - 1);
  }

  static int bit(byte[] reply, int n) {
    return (reply[(n - 1) >>> 3] >>> (7 - ((n - 1) & 7))) & 1;
  }

  /** A field of the 56-bit ADS-B message (ME), ME bit 1 being reply bit 33. */
  static int me(byte[] reply, int first, int last) {
    return (int) get(reply, first + 32, last + 32);
  }
}
