package io.tailwatch.formats.registry;

import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.Extensions;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds the entities a registry row names, once each: the Airplane, its operator (a Company, with its ICAO
 * airline designator as the {@link Extensions#ICAO_DESIGNATOR} extension when known) linked by an UnknownLink
 * with {@code role} "operator", and its owner (a LegalEntity) linked by an Ownership. Operators and owners
 * shared by many aircraft are emitted once; memory is one id per party.
 */
final class Fleet {
  static final String OPERATOR_ROLE = "operator";

  private final String prefix;
  private final String dataset;
  private final String publisher;
  private final String sourceUrl;
  private final LocalDate date;
  private final Consumer<Entity> sink;
  private final Set<String> emitted = new HashSet<>();

  Fleet(String prefix, String dataset, String publisher, String sourceUrl, LocalDate date, Consumer<Entity> sink) {
    this.prefix = prefix;
    this.dataset = dataset;
    this.publisher = publisher;
    this.sourceUrl = sourceUrl;
    this.date = date;
    this.sink = sink;
  }

  Entity.Builder airplane(String icao24) {
    return started(Entity.builder(prefix + icao24, "Airplane")).extension(Extensions.MODE_S, icao24);
  }

  /** The operator company (by designator if given, else by name) and the operator link to the aircraft. */
  void operator(String airplaneId, String name, String icaoDesignator, String note) {
    if (name == null && icaoDesignator == null) {
      return;
    }
    String key = icaoDesignator != null ? icaoDesignator.toLowerCase(Locale.ROOT) : slug(name);
    String companyId = prefix + "operator-" + key;
    if (emitted.add(companyId)) {
      Entity.Builder c = started(Entity.builder(companyId, "Company")).add("name", name != null ? name
          : icaoDesignator);
      if (icaoDesignator != null) {
        c.extension(Extensions.ICAO_DESIGNATOR, icaoDesignator.toUpperCase(Locale.ROOT));
      }
      c.add("notes", note);
      sink.accept(c.build());
    }
    sink.accept(started(Entity.builder(airplaneId + "-operator", "UnknownLink")).add("subject", companyId)
        .add("object", airplaneId).add("role", OPERATOR_ROLE).build());
  }

  /** The owner and the Ownership of the aircraft. */
  void owner(String airplaneId, String name) {
    if (name == null) {
      return;
    }
    String ownerId = prefix + "owner-" + slug(name);
    if (emitted.add(ownerId)) {
      sink.accept(started(Entity.builder(ownerId, "LegalEntity")).add("name", name).build());
    }
    sink.accept(started(Entity.builder(airplaneId + "-owner", "Ownership")).add("owner", ownerId)
        .add("asset", airplaneId).build());
  }

  Entity.Builder started(Entity.Builder b) {
    return b.dataset(dataset).seen(date.toString(), date.toString()).add("publisher", publisher)
        .add("sourceUrl", sourceUrl).add("retrievedAt", date.toString());
  }

  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
    if (s.isEmpty()) {
      return Integer.toHexString(text.hashCode());
    }
    return s.length() > 60 ? s.substring(0, 60) : s;
  }
}
