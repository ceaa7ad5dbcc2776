package io.tailwatch.formats.receiver;

/** Why a piece of a receiver's output was not a frame (or, for SBS-1, not a message), and was skipped. */
public enum Damage {
  /** A text line longer than any frame or message can be. */
  LINE_TOO_LONG("line too long"),
  /** AVR: a line that does not start with a frame marker or does not end with ';'. */
  NOT_A_FRAME("not a frame"),
  /** AVR: a character that is not a hex digit where the frame or its timestamp should be. */
  NOT_HEX("not hex"),
  /** A reply of neither 56 nor 112 bits (nor Mode A/C's 16). */
  WRONG_LENGTH("wrong length"),
  /** Beast: bytes outside any frame (a frame starts with 0x1A and a type). */
  BYTES_BETWEEN_FRAMES("bytes between frames"),
  /** Beast: 0x1A followed by a byte that is no frame type. */
  UNKNOWN_FRAME_TYPE("unknown frame type"),
  /** Beast: a frame interrupted by the start of the next one (a lone 0x1A) or by the end of the stream. */
  CUT_FRAME("cut frame"),
  /** SBS-1: a line of the wrong shape or with a field that cannot be what it claims. */
  MALFORMED_LINE("malformed line");

  private final String label;

  Damage(String label) {
    this.label = label;
  }

  /** Lowercase words, for counts printed to people. */
  public String label() {
    return label;
  }
}
