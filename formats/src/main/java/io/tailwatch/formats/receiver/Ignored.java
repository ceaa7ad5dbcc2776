package io.tailwatch.formats.receiver;

/** Well-formed input that is not used, counted apart from damage: nothing is wrong with it. */
public enum Ignored {
  /** Mode A/C replies (identity or altitude without an address): nothing to key an aircraft by. */
  MODE_AC("mode a/c"),
  /** Beast frames that carry no reply: receiver status ('4'), Radarcape position ('5'), readsb receiver id (0xE3). */
  RECEIVER_DATA("receiver data"),
  /** SBS-1 messages of a non-ICAO address ('~' before the hex: TIS-B, anonymous), like the decoder refuses. */
  NON_ICAO_ADDRESS("non-icao address"),
  /** SBS-1 lines of kinds without aircraft state (SEL, ID, AIR, STA, CLK). */
  OTHER_MESSAGE("other sbs messages");

  private final String label;

  Ignored(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
