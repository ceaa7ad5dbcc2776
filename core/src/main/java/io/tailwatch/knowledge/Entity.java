package io.tailwatch.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A FollowTheMoney entity, as OpenSanctions and Aleph publish it: an id, a schema name, multi-valued string
 * properties, the datasets it came from, the ids of records merged into it ({@code referents}), and when the
 * publisher first and last saw it.
 *
 * <p>Properties are kept exactly as given (values are strings, entity references are ids), including
 * properties tailwatch does not interpret, so that an entity makes the round trip unchanged. Facts FtM has no
 * property for (the Mode S address of an Airplane, an airline's ICAO designator) travel in {@code extensions},
 * written as a separate top-level {@code "tailwatch"} object that FtM readers skip.
 */
public record Entity(
    String id,
    String schema,
    Map<String, List<String>> properties,
    List<String> datasets,
    List<String> referents,
    String firstSeen,
    String lastSeen,
    Map<String, List<String>> extensions) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schema, "schema");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    properties.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    properties = Collections.unmodifiableMap(copy);
    datasets = List.copyOf(datasets);
    referents = List.copyOf(referents);
    Map<String, List<String>> ext = new LinkedHashMap<>();
    (extensions == null ? Map.<String, List<String>>of() : extensions).forEach((k, v) -> ext.put(k, List.copyOf(v)));
    extensions = Collections.unmodifiableMap(ext);
  }

  /** Values of a tailwatch extension field (see {@link Extensions}), which plain FtM consumers ignore. */
  public List<String> extension(String field) {
    return extensions.getOrDefault(field, List.of());
  }

  /**
   * This entity and another statement of the same id merged, as FollowTheMoney merges statements from several
   * datasets: property values, datasets, referents and extensions are united (order kept, duplicates dropped), the
   * more specific schema wins (Company over LegalEntity), first seen is the earliest, last seen the latest.
   *
   * @throws IllegalArgumentException when the ids differ or the schemata are unrelated
   */
  public Entity merge(Entity other) {
    if (!id.equals(other.id)) {
      throw new IllegalArgumentException("cannot merge " + id + " with " + other.id);
    }
    String merged;
    if (Schema.of(other.schema).isA(schema)) {
      merged = other.schema;
    } else if (Schema.of(schema).isA(other.schema)) {
      merged = schema;
    } else {
      throw new IllegalArgumentException("entity " + id + " is stated both as " + schema + " and as " + other.schema);
    }
    return new Entity(id, merged, union(properties, other.properties), unite(datasets, other.datasets),
        unite(referents, other.referents), earliest(firstSeen, other.firstSeen), latest(lastSeen, other.lastSeen),
        union(extensions, other.extensions));
  }

  private static Map<String, List<String>> union(Map<String, List<String>> a, Map<String, List<String>> b) {
    Map<String, List<String>> out = new LinkedHashMap<>(a);
    b.forEach((k, v) -> out.merge(k, v, Entity::unite));
    return out;
  }

  private static List<String> unite(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return new ArrayList<>(all);
  }

  private static String earliest(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  private static String latest(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
  }

  public static Builder builder(String id, String schema) {
    return new Builder(id, schema);
  }

  public List<String> values(String property) {
    return properties.getOrDefault(property, List.of());
  }

  /** The first value of a property, or null. */
  public String first(String property) {
    List<String> v = properties.get(property);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /**
   * The display name: for an airplane its current registration (one not recorded as previous), else the first
   * {@code name}, else the id.
   */
  public String caption() {
    if ("Airplane".equals(schema)) {
      List<String> previous = extension(Extensions.PREVIOUS_REGISTRATION);
      for (String registration : values("registrationNumber")) {
        if (!previous.contains(registration)) {
          return registration;
        }
      }
    }
    String name = first("name");
    if (name != null) {
      return name;
    }
    for (String p : List.of("registrationNumber", "full", "title")) {
      String v = first(p);
      if (v != null) {
        return v;
      }
    }
    return id;
  }

  /** Every name the entity is known by: name, aliases, former and weak aliases. */
  public List<String> allNames() {
    Set<String> names = new LinkedHashSet<>();
    for (String p : List.of("name", "alias", "previousName", "weakAlias")) {
      names.addAll(values(p));
    }
    return new ArrayList<>(names);
  }

  public boolean is(String schemaName) {
    return Schema.of(schema).isA(schemaName);
  }

  /** Collects properties in insertion order. */
  public static final class Builder {
    private final String id;
    private final String schema;
    private final Map<String, List<String>> properties = new LinkedHashMap<>();
    private final List<String> datasets = new ArrayList<>();
    private final Map<String, List<String>> extensions = new LinkedHashMap<>();
    private String firstSeen;
    private String lastSeen;

    private Builder(String id, String schema) {
      this.id = id;
      this.schema = schema;
    }

    public Builder add(String property, String... values) {
      List<String> list = properties.computeIfAbsent(property, k -> new ArrayList<>());
      for (String v : values) {
        if (v != null && !v.isBlank()) {
          list.add(v);
        }
      }
      if (list.isEmpty()) {
        properties.remove(property);
      }
      return this;
    }

    public Builder extension(String field, String... values) {
      List<String> list = extensions.computeIfAbsent(field, k -> new ArrayList<>());
      for (String v : values) {
        if (v != null && !v.isBlank()) {
          list.add(v);
        }
      }
      return this;
    }

    public Builder dataset(String dataset) {
      datasets.add(dataset);
      return this;
    }

    public Builder seen(String first, String last) {
      this.firstSeen = first;
      this.lastSeen = last;
      return this;
    }

    public Entity build() {
      return new Entity(id, schema, properties, datasets, List.of(), firstSeen, lastSeen, extensions);
    }
  }
}
