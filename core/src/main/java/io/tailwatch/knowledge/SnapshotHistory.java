package io.tailwatch.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Time from list snapshots, for lists that publish no dates (OFAC's CSV): given the entities of successive
 * snapshots of one list, derives when each entity was first and last seen, and ends, without erasing, every
 * Sanction whose entity is missing from a later snapshot.
 *
 * <ul>
 *   <li>first seen: the earliest snapshot (or the entity's own first seen, if earlier) that has the entity; last
 *       seen: the latest that has it. An entity missing from later snapshots keeps its last version and last
 *       seen.
 *   <li>An entity present in a later snapshot takes that snapshot's properties (the list's latest statement).
 *   <li>Delisting: a Sanction whose {@code entity} is in none of a later snapshot's entities gets {@code endDate}
 *       = that snapshot's date, read as "delisted by" (the list does not say the day), and a {@code summary}
 *       saying so. It stays in the result, so "was it sanctioned on day X" still answers yes for the days it held.
 *   <li>Relisting: if the same Sanction id comes back later, the ended one is kept under
 *       {@code <id>-ended-<endDate>} and the new one holds the id.
 * </ul>
 *
 * <p>Pure; O(total entities) time, memory for one merged list.
 */
public final class SnapshotHistory {
  /** One dated copy of a list, as read. */
  public record Snapshot(LocalDate date, List<Entity> entities) {
    public Snapshot {
      Objects.requireNonNull(date, "date");
      entities = List.copyOf(entities);
    }
  }

  /**
   * The merged entities, and the ids of the Sanctions this merge ended (delistings), in order found.
   */
  public record Result(List<Entity> entities, List<String> endedSanctions) {
    public Result {
      entities = List.copyOf(entities);
      endedSanctions = List.copyOf(endedSanctions);
    }
  }

  private SnapshotHistory() {}

  public static Result merge(Snapshot older, Snapshot newer) {
    return merge(List.of(older, newer));
  }

  /** Merges snapshots in date order, whatever order they are given in. */
  public static Result merge(List<Snapshot> snapshots) {
    List<Snapshot> ordered = new ArrayList<>(snapshots);
    ordered.sort(Comparator.comparing(Snapshot::date));
    Map<String, Entity> state = new LinkedHashMap<>();
    Set<String> ended = new HashSet<>();
    List<String> endedInOrder = new ArrayList<>();
    for (Snapshot s : ordered) {
      Set<String> present = new HashSet<>();
      for (Entity e : s.entities()) {
        present.add(e.id());
      }
      for (Entity e : s.entities()) {
        Entity before = state.get(e.id());
        if (before != null && ended.contains(e.id())) {
          // Relisted: keep the ended period under its own id.
          String keptId = e.id() + "-ended-" + before.first("endDate");
          state.put(keptId, withId(before, keptId));
          ended.remove(e.id());
        }
        String first = earliest(before == null ? null : before.firstSeen(), e.firstSeen(), s.date().toString());
        String last = latest(e.lastSeen(), s.date().toString());
        state.put(e.id(), withSeen(e, first, last));
      }
      for (Entity e : List.copyOf(state.values())) {
        if (!e.schema().equals("Sanction") || present.contains(e.id()) || ended.contains(e.id())
            || e.first("endDate") != null) {
          continue;
        }
        List<String> targets = e.values("entity");
        if (!targets.isEmpty() && targets.stream().noneMatch(present::contains)) {
          state.put(e.id(), delisted(e, s.date()));
          ended.add(e.id());
          endedInOrder.add(e.id());
        }
      }
    }
    return new Result(new ArrayList<>(state.values()), endedInOrder);
  }

  private static Entity delisted(Entity sanction, LocalDate by) {
    Map<String, List<String>> props = new LinkedHashMap<>(sanction.properties());
    props.put("endDate", List.of(by.toString()));
    List<String> summary = new ArrayList<>(sanction.values("summary"));
    summary.add("Delisted by " + by + ": the entity is not on the list of that date (last seen "
        + sanction.lastSeen() + ")");
    props.put("summary", summary);
    return new Entity(sanction.id(), sanction.schema(), props, sanction.datasets(), sanction.referents(),
        sanction.firstSeen(), sanction.lastSeen(), sanction.extensions());
  }

  private static Entity withSeen(Entity e, String first, String last) {
    return new Entity(e.id(), e.schema(), e.properties(), e.datasets(), e.referents(), first, last, e.extensions());
  }

  private static Entity withId(Entity e, String id) {
    return new Entity(id, e.schema(), e.properties(), e.datasets(), e.referents(), e.firstSeen(), e.lastSeen(),
        e.extensions());
  }

  private static String earliest(String... dates) {
    String best = null;
    for (String d : dates) {
      LocalDate day = FtmDate.start(d);
      if (day != null && (best == null || day.isBefore(FtmDate.start(best)))) {
        best = d;
      }
    }
    return best;
  }

  private static String latest(String... dates) {
    String best = null;
    for (String d : dates) {
      LocalDate day = FtmDate.start(d);
      if (day != null && (best == null || day.isAfter(FtmDate.start(best)))) {
        best = d;
      }
    }
    return best;
  }
}
