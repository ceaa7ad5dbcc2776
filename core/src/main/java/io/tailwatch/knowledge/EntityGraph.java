package io.tailwatch.knowledge;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge graph: FtM entities as nodes, FtM interval entities (Ownership, Directorship, ...) as dated
 * edges, and sanctions as dated facts about nodes. Immutable once built; queries take an "as of" day.
 *
 * <p>Lookups by registration, serial number, Mode S address and airline designator are hash lookups (O(1)).
 * {@link #pathToSanctioned} is a breadth-first search, O(V + E) over the reachable part of the graph.
 */
public final class EntityGraph {
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  /** Ids of records merged into an entity (FtM referents, analysts' SAME judgements) to the entity's id. */
  private final Map<String, String> idsByReferent = new HashMap<>();
  private final Map<String, List<Relation>> relationsByEntity = new HashMap<>();
  private final Map<String, List<Entity>> sanctionsByEntity = new HashMap<>();
  private final Map<String, List<Entity>> airplanesByRegistration = new HashMap<>();
  private final Map<String, List<Entity>> airplanesBySerial = new HashMap<>();
  private final Map<String, List<Entity>> airplanesByModeS = new HashMap<>();
  private final Map<String, List<Entity>> operatorsByDesignator = new HashMap<>();

  public EntityGraph(Collection<Entity> all) {
    for (Entity e : all) {
      entities.put(e.id(), e);
      for (String referent : e.referents()) {
        idsByReferent.putIfAbsent(referent, e.id());
      }
    }
    for (Entity e : entities.values()) {
      Schema schema = Schema.of(e.schema());
      if (schema.name().equals("Sanction")) {
        for (String target : e.values("entity")) {
          sanctionsByEntity.computeIfAbsent(target, k -> new ArrayList<>()).add(e);
        }
      } else if (schema.isLink()) {
        String label = e.first("role") != null ? e.first("role") : schema.label();
        for (String from : e.values(schema.sourceProperty())) {
          for (String to : e.values(schema.targetProperty())) {
            addRelation(new Relation(e, from, to, label, FtmDate.start(e.first("startDate")),
                FtmDate.end(e.first("endDate"))));
          }
        }
      }
      if (e.is("Airplane")) {
        index(airplanesByRegistration, e.values("registrationNumber"), e);
        index(airplanesByRegistration, e.extension(Extensions.PREVIOUS_REGISTRATION), e);
        index(airplanesBySerial, e.values("serialNumber"), e);
        index(airplanesByModeS, e.extension(Extensions.MODE_S), e);
        // Undated owner/operator properties of the airplane itself are edges too.
        for (String owner : e.values("owner")) {
          addRelation(new Relation(e, owner, e.id(), "owns", null, null));
        }
        for (String operator : e.values("operator")) {
          addRelation(new Relation(e, operator, e.id(), "operates", null, null));
        }
      }
      if (e.is("Organization")) {
        index(operatorsByDesignator, e.extension(Extensions.ICAO_DESIGNATOR), e);
      }
    }
  }

  private void addRelation(Relation r) {
    relationsByEntity.computeIfAbsent(r.sourceId(), k -> new ArrayList<>()).add(r);
    relationsByEntity.computeIfAbsent(r.targetId(), k -> new ArrayList<>()).add(r);
  }

  private static void index(Map<String, List<Entity>> index, List<String> keys, Entity e) {
    for (String key : keys) {
      index.computeIfAbsent(normalizeKey(key), k -> new ArrayList<>()).add(e);
    }
  }

  /** Registrations are compared without dashes and case: EP-MND, EPMND and ep-mnd are one mark. */
  static String normalizeKey(String key) {
    return key.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /** The entity with this id, or the one a record of this id was merged into. */
  public Optional<Entity> find(String id) {
    Entity e = entities.get(id);
    if (e == null && idsByReferent.containsKey(id)) {
      e = entities.get(idsByReferent.get(id));
    }
    return Optional.ofNullable(e);
  }

  public Collection<Entity> entities() {
    return entities.values();
  }

  public int size() {
    return entities.size();
  }

  public List<Relation> relations(String id) {
    return relationsByEntity.getOrDefault(id, List.of());
  }

  public List<Entity> airplanesByRegistration(String registration) {
    return registration == null ? List.of() : airplanesByRegistration.getOrDefault(normalizeKey(registration), List.of());
  }

  public List<Entity> airplanesBySerial(String serial) {
    return serial == null ? List.of() : airplanesBySerial.getOrDefault(normalizeKey(serial), List.of());
  }

  public List<Entity> airplanesByModeS(String icao24) {
    return icao24 == null ? List.of() : airplanesByModeS.getOrDefault(normalizeKey(icao24), List.of());
  }

  public List<Entity> operatorsByDesignator(String designator) {
    return designator == null ? List.of() : operatorsByDesignator.getOrDefault(normalizeKey(designator), List.of());
  }

  /** Every sanction ever recorded on the entity, current or ended. */
  public List<Entity> sanctions(String id) {
    return sanctionsByEntity.getOrDefault(id, List.of());
  }

  /**
   * Sanctions in force on the given day, wherever the flight goes: started on or before it (or undated) and not
   * yet ended. A delisting is an end date; the sanction stays in the graph for the days it held. Flight bans are
   * left out (see {@link #flightBansOn}).
   */
  public List<Entity> sanctionsOn(String id, LocalDate day) {
    return inForce(id, day, false);
  }

  /** Flight bans in force on the given day; they apply only to flights touching their jurisdictions. */
  public List<Entity> flightBansOn(String id, LocalDate day) {
    return inForce(id, day, true);
  }

  private List<Entity> inForce(String id, LocalDate day, boolean bans) {
    List<Entity> active = new ArrayList<>();
    for (Entity s : sanctions(id)) {
      if (SanctionScope.isFlightBan(s) != bans) {
        continue;
      }
      LocalDate start = FtmDate.start(s.first("startDate"));
      if (start == null) {
        start = FtmDate.start(s.first("listingDate"));
      }
      LocalDate end = FtmDate.end(s.first("endDate"));
      if ((start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end))) {
        active.add(s);
      }
    }
    return active;
  }

  public boolean isSanctionedOn(String id, LocalDate day) {
    return !sanctionsOn(id, day).isEmpty();
  }

  /**
   * The shortest chain of relations, at most {@code maxSteps} long, from the entity to one sanctioned on the
   * given day. Relations count whatever their dates (a former board seat is still a tie worth reporting); the
   * chain carries the dates so the analyst sees them. Empty when there is none.
   */
  public Optional<List<Relation>> pathToSanctioned(String fromId, LocalDate day, int maxSteps) {
    if (isSanctionedOn(fromId, day)) {
      return Optional.of(List.of());
    }
    Map<String, Relation> via = new HashMap<>();
    Map<String, Integer> depth = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    queue.add(fromId);
    depth.put(fromId, 0);
    while (!queue.isEmpty()) {
      String current = queue.poll();
      int d = depth.get(current);
      if (d == maxSteps) {
        continue;
      }
      for (Relation r : relations(current)) {
        String next = r.otherEnd(current);
        if (depth.containsKey(next)) {
          continue;
        }
        depth.put(next, d + 1);
        via.put(next, r);
        if (isSanctionedOn(next, day)) {
          List<Relation> path = new ArrayList<>();
          for (String at = next; !at.equals(fromId); at = via.get(at).otherEnd(at)) {
            path.add(0, via.get(at));
          }
          return Optional.of(path);
        }
        queue.add(next);
      }
    }
    return Optional.empty();
  }

  /**
   * Every shortest chain of relations (at most {@code maxSteps}) between two entities, whatever their dates: the
   * evidence paths an analyst follows from a crew member to a listed company. Breadth-first, O(V + E) over the
   * reachable part of the graph, plus the enumeration of the shortest paths found.
   */
  public List<List<Relation>> shortestPaths(String fromId, String toId, int maxSteps) {
    if (fromId.equals(toId)) {
      return List.of(List.of());
    }
    Map<String, Integer> depth = new HashMap<>();
    Map<String, List<Relation>> parents = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    depth.put(fromId, 0);
    queue.add(fromId);
    while (!queue.isEmpty()) {
      String current = queue.poll();
      int d = depth.get(current);
      if (d == maxSteps || depth.containsKey(toId) && d >= depth.get(toId)) {
        continue;
      }
      for (Relation r : relations(current)) {
        String next = r.otherEnd(current);
        Integer known = depth.get(next);
        if (known == null) {
          depth.put(next, d + 1);
          queue.add(next);
        }
        if (known == null || known == d + 1) {
          parents.computeIfAbsent(next, k -> new ArrayList<>()).add(r);
        }
      }
    }
    List<List<Relation>> paths = new ArrayList<>();
    if (depth.containsKey(toId)) {
      collect(toId, fromId, new ArrayList<>(), parents, paths);
    }
    return paths;
  }

  private static void collect(String at, String fromId, List<Relation> suffix, Map<String, List<Relation>> parents,
      List<List<Relation>> out) {
    if (at.equals(fromId)) {
      out.add(List.copyOf(suffix));
      return;
    }
    for (Relation r : parents.getOrDefault(at, List.of())) {
      suffix.add(0, r);
      collect(r.otherEnd(at), fromId, suffix, parents, out);
      suffix.remove(0);
    }
  }
}
