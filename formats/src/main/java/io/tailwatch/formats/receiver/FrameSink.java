package io.tailwatch.formats.receiver;

import io.tailwatch.surveillance.modes.ModeSFrame;

/** Receives what a framer finds in a byte stream: frames, and input that was not a frame. */
public interface FrameSink {
  void frame(ModeSFrame frame);

  /**
   * Input that was not a well-formed frame, and was skipped.
   *
   * @param position line number (text formats) or byte offset (binary formats) where it started
   * @param problem  what was wrong
   */
  void garbled(long position, String problem);
}
