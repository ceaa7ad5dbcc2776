package io.tailwatch.store;

import java.util.Locale;

/** An analyst's decision on an alert. Kept across re-detection: the same finding keeps its decision. */
public enum AlertStatus {
  OPEN,
  ACKNOWLEDGED,
  DISMISSED,
  ESCALATED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AlertStatus parse(String text) {
    for (AlertStatus s : values()) {
      if (s.key().equalsIgnoreCase(text) || s.name().equalsIgnoreCase(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown alert status '" + text + "'; use open, acknowledged, dismissed or escalated");
  }
}
