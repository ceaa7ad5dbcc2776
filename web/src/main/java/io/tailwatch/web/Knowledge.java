package io.tailwatch.web;

import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Relation;
import io.tailwatch.knowledge.Schema;
import io.tailwatch.store.Store;
import java.util.ArrayList;
import java.util.List;

/**
 * The entity graph and its search index as the web server reads them: built from the store once and rebuilt only
 * when the store's knowledge changed (entities ingested, judgements recorded). Building takes seconds on a
 * list-sized graph, so one thread builds while the others wait for the result rather than building it too.
 */
final class Knowledge {
  /** One consistent view: a graph and the index built from it. */
  record View(long revision, EntityGraph graph, SearchIndex search) {
    /** Whether the entity is about a person: a Person, or a link or sanction with a person at one end. */
    boolean isPersonal(Entity e) {
      if (e.is("Person")) {
        return true;
      }
      Schema schema = Schema.of(e.schema());
      if (schema.isLink() || schema.name().equals("Sanction")) {
        for (String property : new String[] {schema.sourceProperty(), schema.targetProperty()}) {
          if (property == null) {
            continue;
          }
          for (String id : e.values(property)) {
            if (graph.find(id).map(x -> x.is("Person")).orElse(false)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    boolean isPersonal(String id) {
      return graph.find(id).map(this::isPersonal).orElse(false);
    }

    String caption(String id) {
      return graph.find(id).map(Entity::caption).orElse(id);
    }

    /** Relations of an entity, leaving out those with a person at the other end when people are hidden. */
    List<Relation> relations(String id, boolean withPeople) {
      List<Relation> out = new ArrayList<>();
      for (Relation r : graph.relations(id)) {
        if (withPeople || !isPersonal(r.otherEnd(id)) && !isPersonal(r.link())) {
          out.add(r);
        }
      }
      return out;
    }
  }

  private final Store store;
  private volatile View view;

  Knowledge(Store store) {
    this.store = store;
  }

  View view() {
    View v = view;
    if (v != null && v.revision() == store.knowledgeRevision()) {
      return v;
    }
    synchronized (this) {
      long revision = store.knowledgeRevision();
      if (view == null || view.revision() != revision) {
        EntityGraph graph = store.graph();
        view = new View(revision, graph, new SearchIndex(graph));
      }
      return view;
    }
  }
}
