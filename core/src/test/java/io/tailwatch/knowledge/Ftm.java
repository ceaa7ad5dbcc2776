package io.tailwatch.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test fixtures: entities written compactly as (id, schema, "prop=value", ...). */
public final class Ftm {
  private Ftm() {}

  public static Entity entity(String id, String schema, String... properties) {
    Entity.Builder b = Entity.builder(id, schema).dataset("test");
    for (String p : properties) {
      int eq = p.indexOf('=');
      String key = p.substring(0, eq);
      String value = p.substring(eq + 1);
      if (key.startsWith("tw:")) {
        b.extension(key.substring(3), value);
      } else {
        b.add(key, value);
      }
    }
    return b.build();
  }

  public static EntityGraph graph(Entity... entities) {
    return new EntityGraph(new ArrayList<>(List.of(entities)));
  }

  static Map<String, List<String>> props(Entity e) {
    return e.properties();
  }
}
