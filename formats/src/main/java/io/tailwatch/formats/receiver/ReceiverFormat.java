package io.tailwatch.formats.receiver;

/** The output formats of Mode S receivers (dump1090, readsb and the like), by their usual TCP port. */
public enum ReceiverFormat {
  /** Raw frames as hex text, {@code *8D...;} or timestamped {@code @<12 hex>8D...;} (port 30002). */
  AVR("AVR"),
  /** Beast binary: 0x1A-escaped frames with a 12 MHz timestamp and a signal level (port 30005). */
  BEAST("Beast"),
  /** SBS-1 BaseStation CSV, already decoded (port 30003). */
  SBS("SBS-1");

  private final String label;

  ReceiverFormat(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
