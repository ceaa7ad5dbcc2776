package io.tailwatch.formats.ofac;

import java.util.Locale;

/**
 * OFAC's {@code SDN_Type}: what an SDN entry is, and the FollowTheMoney schema it becomes (as OpenSanctions maps
 * it). The CSV writes an entity's type as the null marker {@code -0-}; the XML writes {@code Entity}.
 */
public enum SdnType {
  INDIVIDUAL("Person"),
  ENTITY("Organization"),
  VESSEL("Vessel"),
  AIRCRAFT("Airplane");

  private final String schema;

  SdnType(String schema) {
    this.schema = schema;
  }

  public String schema() {
    return schema;
  }

  /** From the list's text; null or {@code -0-} is an entity. Unknown text gives null. */
  public static SdnType of(String text) {
    if (text == null || text.isBlank() || text.trim().equals("-0-")) {
      return ENTITY;
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "individual" -> INDIVIDUAL;
      case "entity" -> ENTITY;
      case "vessel" -> VESSEL;
      case "aircraft" -> AIRCRAFT;
      default -> null;
    };
  }
}
