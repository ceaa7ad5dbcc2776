package io.tailwatch.screening;

/**
 * What a name belongs to, as far as it is known: from the FtM schema of a listed entity, or from the name itself
 * (a legal form or a word like "Airlines" says organisation, "Mr" says person). A person's name never matches
 * an organisation's, however alike the letters ("EMMA LLC" is not Emma the person).
 */
public enum NameKind {
  PERSON, ORGANIZATION, UNKNOWN;

  /** The kind of an FtM schema: Person; Organization and its descendants; anything else unknown. */
  public static NameKind ofSchema(String schema) {
    if (schema == null) {
      return UNKNOWN;
    }
    return io.tailwatch.knowledge.Schema.find(schema).map(s -> s.isA("Person") ? PERSON
        : s.isA("Organization") ? ORGANIZATION : UNKNOWN).orElse(UNKNOWN);
  }

  /** The more precise of two readings: a known kind wins over unknown. */
  NameKind or(NameKind other) {
    return this == UNKNOWN ? other : this;
  }

  boolean conflicts(NameKind other) {
    return this != UNKNOWN && other != UNKNOWN && this != other;
  }
}
