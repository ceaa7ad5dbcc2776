package io.tailwatch.formats.receiver;

import io.tailwatch.surveillance.modes.ModeSFrame;

/** Receives what a framer finds in a byte stream: frames, input that was damaged, and input it ignored. */
public interface FrameSink {
  void frame(ModeSFrame frame);

  /**
   * Input that was not a well-formed frame, and was skipped.
   *
   * @param position line number (text formats) or byte offset (Beast) where it started
   * @param damage   what kind of damage
   * @param detail   what exactly was wrong, printable and short
   */
  void damaged(long position, Damage damage, String detail);

  /** Well-formed input that carries nothing to decode (Mode A/C, receiver status). */
  default void ignored(Ignored what) {}
}
