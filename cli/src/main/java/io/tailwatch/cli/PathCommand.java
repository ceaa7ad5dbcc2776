package io.tailwatch.cli;

import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Relation;
import io.tailwatch.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailwatch path A B}: the shortest evidence paths between two entities. */
@Command(name = "path", description = "Shortest evidence paths between two entities, each step dated and sourced.",
    mixinStandardHelpOptions = true)
final class PathCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Option(names = "--json", description = "One JSON object per path on stdout.")
  boolean json;

  @Option(names = "--max-steps", defaultValue = "6", description = "Longest path searched (default ${DEFAULT-VALUE}).")
  int maxSteps;

  @Parameters(index = "0", paramLabel = "A", description = "From: id or name.")
  String from;

  @Parameters(index = "1", paramLabel = "B", description = "To: id or name.")
  String to;

  @Override
  public Integer call() throws Exception {
    try (Store store = options.openStore()) {
      EntityGraph graph = store.graph();
      Entity a = EntityCommand.resolve(graph, from);
      Entity b = EntityCommand.resolve(graph, to);
      List<List<Relation>> paths = graph.shortestPaths(a.id(), b.id(), maxSteps);
      if (paths.isEmpty()) {
        Progress.log("no path of at most " + maxSteps + " steps between " + a.caption() + " and " + b.caption());
        return 1;
      }
      for (List<Relation> path : paths) {
        if (json) {
          List<Map<String, Object>> steps = new ArrayList<>();
          path.forEach(r -> steps.add(relation(graph, r)));
          JsonOut.line(Map.of("from", a.id(), "to", b.id(), "steps", steps));
        } else {
          System.out.println(a.caption() + " to " + b.caption() + ", " + path.size() + " steps:");
          path.forEach(r -> System.out.println("  " + sentence(graph, r) + "  source: " + r.source().citation()));
        }
      }
    }
    return 0;
  }

  static String sentence(EntityGraph graph, Relation r) {
    return caption(graph, r.sourceId()) + " " + r.label() + " " + caption(graph, r.targetId())
        + EntityCommand.dates(r.start() == null ? null : r.start().toString(), r.end() == null ? null : r.end().toString());
  }

  static Map<String, Object> relation(EntityGraph graph, Relation r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("link", r.link().id());
    m.put("source", r.sourceId());
    m.put("source_caption", caption(graph, r.sourceId()));
    m.put("label", r.label());
    m.put("target", r.targetId());
    m.put("target_caption", caption(graph, r.targetId()));
    m.put("start", r.start() == null ? null : r.start().toString());
    m.put("end", r.end() == null ? null : r.end().toString());
    m.put("citation", r.source().citation());
    return m;
  }

  private static String caption(EntityGraph graph, String id) {
    return graph.find(id).map(Entity::caption).orElse(id);
  }
}
