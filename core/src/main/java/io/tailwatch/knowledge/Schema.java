package io.tailwatch.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of the FollowTheMoney schema hierarchy tailwatch reasons about. Each schema knows its parents, so
 * {@code Company} is a {@code LegalEntity}; interval schemata that link two entities (Ownership, Directorship,
 * ...) name the properties holding either end, so the graph can be built without knowing each schema.
 *
 * <p>Unknown schema names are refused at ingest ({@link #isKnown}) with the list of known ones, rather than
 * silently stored as untyped things.
 */
public record Schema(String name, List<String> parents, String sourceProperty, String targetProperty, String label) {

  private static final Map<String, Schema> SCHEMATA = new HashMap<>();

  static {
    // Things
    def("Thing");
    def("LegalEntity", "Thing");
    def("Person", "LegalEntity");
    def("Organization", "LegalEntity");
    def("Company", "Organization", "Asset");
    def("PublicBody", "Organization");
    def("Asset", "Thing");
    def("Vehicle", "Asset");
    def("Airplane", "Vehicle");
    def("Vessel", "Vehicle");
    def("Address", "Thing");
    def("Passport", "Interval");
    def("Identification", "Interval");
    def("Article", "Thing");
    def("Document", "Thing");
    def("Event", "Interval");
    // Intervals linking two entities: source -> target, with the verb shown to analysts.
    def("Interval");
    link("Ownership", "owner", "asset", "owns");
    link("Directorship", "director", "organization", "directs");
    link("Membership", "member", "organization", "is a member of");
    link("Employment", "employee", "employer", "is employed by");
    link("Representation", "agent", "client", "represents");
    link("Family", "person", "relative", "is family of");
    link("Associate", "person", "associate", "is an associate of");
    link("UnknownLink", "subject", "object", "is linked to");
    link("Succession", "predecessor", "successor", "was succeeded by");
    link("Occupancy", "holder", "post", "holds");
    link("Sanction", "entity", null, "is sanctioned");
  }

  private static void def(String name, String... parents) {
    SCHEMATA.put(name, new Schema(name, List.of(parents), null, null, null));
  }

  private static void link(String name, String source, String target, String label) {
    SCHEMATA.put(name, new Schema(name, List.of("Interval"), source, target, label));
  }

  public static boolean isKnown(String name) {
    return SCHEMATA.containsKey(name);
  }

  public static Schema of(String name) {
    Schema s = SCHEMATA.get(name);
    if (s == null) {
      throw new IllegalArgumentException("unknown FollowTheMoney schema '" + name + "'; known: "
          + String.join(", ", new java.util.TreeSet<>(SCHEMATA.keySet())));
    }
    return s;
  }

  public static Optional<Schema> find(String name) {
    return Optional.ofNullable(SCHEMATA.get(name));
  }

  public boolean isA(String other) {
    if (name.equals(other)) {
      return true;
    }
    for (String parent : parents) {
      if (of(parent).isA(other)) {
        return true;
      }
    }
    return false;
  }

  /** Whether entities of this schema are edges between two other entities. */
  public boolean isLink() {
    return sourceProperty != null && targetProperty != null;
  }
}
