package io.tailwatch.formats.receiver;

import java.util.function.LongSupplier;

/**
 * Gives each frame its event time. A live feed stamps frames as they arrive ({@link #arrival}); a recording has no
 * wall-clock time, only the receiver's 12 MHz counter, from which {@link TickClock} rebuilds the time between frames.
 */
@FunctionalInterface
public interface FrameClock {
  /**
   * Event time, Unix epoch milliseconds, of the frame read now.
   *
   * @param receiverTicks the frame's 12 MHz receiver counter, or -1 when it carries none
   */
  long timeMs(long receiverTicks);

  /** Frames take the time they arrive at. */
  static FrameClock arrival(LongSupplier now) {
    return ticks -> now.getAsLong();
  }
}
