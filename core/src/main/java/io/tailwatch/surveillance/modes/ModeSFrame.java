package io.tailwatch.surveillance.modes;

/**
 * One Mode S reply (56 or 112 bits) as a receiver delivered it, before any decoding.
 *
 * @param bytes         the reply, 7 or 14 bytes, parity included; never modified after construction
 * @param timeMs        event time, Unix epoch milliseconds (UTC): the input's own time where it has one, else
 *                      the time the frame arrived
 * @param receiverTicks the receiver's free-running 12 MHz counter (Beast, timestamped AVR), or -1 when absent
 * @param signalLevel   received signal level in [0,1] as Beast reports it, or {@link Double#NaN} when absent
 */
public record ModeSFrame(byte[] bytes, long timeMs, long receiverTicks, double signalLevel) {

  public ModeSFrame {
    if (bytes.length != 7 && bytes.length != 14) {
      throw new IllegalArgumentException("a Mode S reply is 7 or 14 bytes, not " + bytes.length);
    }
  }

  /** Downlink format: the first five bits. */
  public int downlinkFormat() {
    return (bytes[0] & 0xff) >>> 3;
  }

  /** The reply as lowercase hex, as AVR writes it. */
  public String hex() {
    return java.util.HexFormat.of().formatHex(bytes);
  }
}
