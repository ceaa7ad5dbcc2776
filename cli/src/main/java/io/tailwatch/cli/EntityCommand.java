package io.tailwatch.cli;

import io.tailwatch.formats.ftm.FtmJsonWriter;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.EntitySearch;
import io.tailwatch.knowledge.Relation;
import io.tailwatch.knowledge.Source;
import io.tailwatch.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailwatch entity NAME|ID}: an entity with everything tied to it, dated and sourced. */
@Command(name = "entity", description = "Show an entity (by id, name in any spelling, registration, serial number "
    + "or Mode S address) with its relations and sanctions, dated and sourced.", mixinStandardHelpOptions = true)
final class EntityCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Option(names = "--json", description = "One JSON object on stdout.")
  boolean json;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Only relations and sanctions in force on this day.")
  LocalDate asOf;

  @Parameters(paramLabel = "NAME|ID", description = "What to look for.")
  String query;

  @Override
  public Integer call() throws Exception {
    try (Store store = options.openStore()) {
      EntityGraph graph = store.graph();
      Entity entity = resolve(graph, query);
      Map<String, Object> view = view(graph, entity, asOf);
      if (json) {
        JsonOut.line(view);
      } else {
        print(graph, entity);
      }
    }
    return 0;
  }

  /** The best match for what the user typed, or an error listing close candidates. */
  static Entity resolve(EntityGraph graph, String query) throws UserException {
    List<EntitySearch.Hit> hits = new EntitySearch(graph).search(query, 5, 0.7);
    if (hits.isEmpty()) {
      throw new UserException("no entity matches '" + query + "' (" + graph.size() + " entities in the store)");
    }
    if (hits.size() > 1 && hits.get(0).score() < 1 && hits.get(1).score() >= hits.get(0).score() - 0.02) {
      StringBuilder sb = new StringBuilder("'" + query + "' matches several entities; give an id:");
      hits.forEach(h -> sb.append("\n  ").append(h.entity().id()).append("  ").append(h.entity().caption())
          .append(" (").append(h.entity().schema()).append(", ").append(h.matched()).append(")"));
      throw new UserException(sb.toString());
    }
    return hits.get(0).entity();
  }

  private Map<String, Object> view(EntityGraph graph, Entity entity, LocalDate day) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entity", FtmJsonWriter.toNode(entity));
    List<Map<String, Object>> relations = new ArrayList<>();
    for (Relation r : graph.relations(entity.id())) {
      if (day != null && !r.heldOn(day)) {
        continue;
      }
      relations.add(PathCommand.relation(graph, r));
    }
    m.put("relations", relations);
    List<Object> sanctions = new ArrayList<>();
    for (Entity s : day == null ? graph.sanctions(entity.id()) : graph.sanctionsOn(entity.id(), day)) {
      sanctions.add(FtmJsonWriter.toNode(s));
    }
    m.put("sanctions", sanctions);
    return m;
  }

  private void print(EntityGraph graph, Entity e) {
    System.out.println(e.caption() + "  [" + e.schema() + " " + e.id() + "]");
    e.properties().forEach((k, v) -> System.out.println("  " + k + ": " + String.join("; ", v)));
    e.extensions().forEach((k, v) -> System.out.println("  " + k + " (tailwatch): " + String.join("; ", v)));
    System.out.println("  source: " + Source.of(e).citation());
    List<Entity> sanctions = asOf == null ? graph.sanctions(e.id()) : graph.sanctionsOn(e.id(), asOf);
    if (!sanctions.isEmpty()) {
      System.out.println("Sanctions" + (asOf != null ? " in force on " + asOf : "") + ":");
      for (Entity s : sanctions) {
        System.out.println("  " + String.join(", ", s.values("authority")) + " " + String.join(", ", s.values("program"))
            + dates(s.first("startDate"), s.first("endDate")) + "  source: " + Source.of(s).citation());
      }
    }
    System.out.println("Relations" + (asOf != null ? " holding on " + asOf : "") + ":");
    for (Relation r : graph.relations(e.id())) {
      if (asOf == null || r.heldOn(asOf)) {
        System.out.println("  " + PathCommand.sentence(graph, r) + "  source: " + r.source().citation());
      }
    }
  }

  static String dates(String start, String end) {
    return start == null && end == null ? "" : " (" + (start == null ? "?" : start) + " to " + (end == null ? "present" : end) + ")";
  }
}
