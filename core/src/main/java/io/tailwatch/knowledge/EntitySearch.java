package io.tailwatch.knowledge;

import io.tailwatch.screening.NameMatch;
import io.tailwatch.screening.NameMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds entities by what an analyst types: an id, a registration (current or earlier), a serial number, a Mode S
 * address, an airline designator, or a name in any spelling. Identifiers match exactly (score 1); names are
 * scored with {@link NameMatcher} against every name and alias.
 *
 * <p>Cost: identifier lookups are O(1); the name scan is O(entities x names). Fine for interactive use on graphs
 * of tens of thousands; a name index replaces the scan for list-sized graphs.
 */
public final class EntitySearch {
  /** One hit: the entity, its score in [0,1], and what matched. */
  public record Hit(Entity entity, double score, String matched) {}

  private final EntityGraph graph;

  public EntitySearch(EntityGraph graph) {
    this.graph = graph;
  }

  public List<Hit> search(String query, int limit, double threshold) {
    Map<String, Hit> hits = new LinkedHashMap<>();
    graph.find(query.trim()).ifPresent(e -> hits.put(e.id(), new Hit(e, 1, "id")));
    identifiers(hits, graph.airplanesByRegistration(query), "registration");
    identifiers(hits, graph.airplanesBySerial(query), "serial number");
    identifiers(hits, graph.airplanesByModeS(query), "Mode S address");
    identifiers(hits, graph.operatorsByDesignator(query), "ICAO designator");
    for (Entity e : graph.entities()) {
      if (hits.containsKey(e.id()) || Schema.of(e.schema()).isA("Interval")) {
        continue;
      }
      NameMatch best = null;
      for (String name : e.allNames()) {
        NameMatch m = NameMatcher.match(query, name);
        if (best == null || m.score() > best.score()) {
          best = m;
        }
      }
      if (best != null && best.score() >= threshold) {
        hits.put(e.id(), new Hit(e, best.score(), "name '" + best.listed() + "'"));
      }
    }
    List<Hit> ranked = new ArrayList<>(hits.values());
    ranked.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> h.entity().id()));
    return ranked.subList(0, Math.min(limit, ranked.size()));
  }

  private static void identifiers(Map<String, Hit> hits, List<Entity> found, String what) {
    for (Entity e : found) {
      hits.putIfAbsent(e.id(), new Hit(e, 1, what));
    }
  }
}
