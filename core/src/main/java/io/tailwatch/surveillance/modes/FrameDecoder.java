package io.tailwatch.surveillance.modes;

/**
 * Turns receiver frames into decoded messages. Stateful per aircraft (position decoding pairs even and odd
 * frames; addresses recovered from parity are trusted only once seen in a clean reply), so one instance serves
 * one stream, in event-time order.
 */
public interface FrameDecoder {

  /** The decoded message, or null when the frame was rejected (counted in {@link #rejected()}). */
  DecodedMessage decode(ModeSFrame frame);

  /** Frames rejected so far: failed parity, unknown format, untrusted address, impossible position. */
  long rejected();
}
