package io.tailwatch.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tailwatch.flights.Leg;
import io.tailwatch.formats.ftm.FtmJsonWriter;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Extensions;
import io.tailwatch.knowledge.FtmDate;
import io.tailwatch.knowledge.Relation;
import io.tailwatch.knowledge.Source;
import io.tailwatch.store.AuditLog;
import io.tailwatch.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entity pages (aircraft, companies, people), the neighbourhood graph of an entity, the search box, and entities
 * as FollowTheMoney JSON Lines. People, and links and sanctions naming them, are for analysts; every time an
 * analyst opens a person it is written to the audit log.
 */
final class EntityApi {
  static final int MAX_GRAPH_NODES = 300;

  private final Store store;
  private final Knowledge knowledge;
  private final AlertIndex alerts;
  private final FlightApi flights;
  private final FlightFacts facts;

  EntityApi(Store store, Knowledge knowledge, AlertIndex alerts, FlightApi flights, FlightFacts facts) {
    this.store = store;
    this.knowledge = knowledge;
    this.alerts = alerts;
    this.flights = flights;
    this.facts = facts;
  }

  void register(Javalin app) {
    app.get("/api/entities/{id}", this::page, Access.VIEWER);
    app.get("/api/entities/{id}/graph", this::graph, Access.VIEWER);
    app.get("/api/search", this::search, Access.VIEWER);
    app.get("/api/export/entities.ftm.jsonl", this::export, Access.VIEWER);
  }

  /** The entity, or 404; 403 when it is about a person and the caller may not see people; audited when it is. */
  private Entity readable(Context ctx, Knowledge.View view, String id, String what) {
    Entity e = view.graph().find(id).orElseThrow(() -> ApiError.notFound("entity", id));
    Caller caller = Auth.caller(ctx);
    if (view.isPersonal(e)) {
      if (!caller.seesPeople()) {
        throw new ApiError(HttpStatus.FORBIDDEN, "people are visible to analysts only");
      }
      store.audit().record(caller.name(), AuditLog.VIEW_PERSON, "entity", e.id(), what);
    }
    return e;
  }

  private void page(Context ctx) {
    Knowledge.View view = knowledge.view();
    Entity e = readable(ctx, view, ctx.pathParam("id"), "entity page");
    Caller caller = Auth.caller(ctx);
    EntityGraph graph = view.graph();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", e.id());
    out.put("schema", e.schema());
    out.put("caption", e.caption());
    out.put("names", e.allNames());
    out.put("datasets", e.datasets());
    out.put("source", JsonViews.source(Source.of(e)));
    out.put("entity", FtmJsonWriter.toNode(e));
    out.put("ends", AlertApi.reference(e, view).get("ends"));
    List<Relation> relations = view.relations(e.id(), caller.seesPeople());
    out.put("relations", relations.stream().map(r -> relation(r, graph)).toList());
    List<Map<String, Object>> sanctions = new ArrayList<>();
    for (Entity s : graph.sanctions(e.id())) {
      sanctions.add(sanction(s));
    }
    out.put("sanctions", sanctions);
    if (e.is("Airplane")) {
      out.put("aircraft", aircraft(e, relations, graph));
    }
    List<Object> alertItems = new ArrayList<>();
    AlertIndex.Page page = alerts.query(new AlertIndex.Query(null, null, null, null, null, null, null, e.id(), null,
        null, null, false), 0, 200);
    for (AlertIndex.Entry a : page.items()) {
      alertItems.add(AlertViews.summary(a, caller.seesPeople()));
    }
    out.put("alerts", alertItems);
    ctx.json(out);
  }

  static Map<String, Object> relation(Relation r, EntityGraph graph) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.link().id());
    m.put("source", r.sourceId());
    m.put("source_caption", graph.find(r.sourceId()).map(Entity::caption).orElse(r.sourceId()));
    m.put("source_schema", graph.find(r.sourceId()).map(Entity::schema).orElse(null));
    m.put("label", r.label());
    m.put("target", r.targetId());
    m.put("target_caption", graph.find(r.targetId()).map(Entity::caption).orElse(r.targetId()));
    m.put("target_schema", graph.find(r.targetId()).map(Entity::schema).orElse(null));
    m.put("start", r.start() == null ? null : r.start().toString());
    m.put("end", r.end() == null ? null : r.end().toString());
    Source s = r.source();
    m.put("source_citation", s.citation());
    m.put("source_url", s.url());
    return m;
  }

  static Map<String, Object> sanction(Entity s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("authority", s.first("authority"));
    m.put("program", s.values("program"));
    String start = s.first("startDate") != null ? s.first("startDate") : s.first("listingDate");
    m.put("start", start);
    m.put("end", s.first("endDate"));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate from = FtmDate.start(start);
    LocalDate to = FtmDate.end(s.first("endDate"));
    m.put("in_force", (from == null || !today.isBefore(from)) && (to == null || !today.isAfter(to)));
    m.put("source_citation", Source.of(s).citation());
    m.put("source_url", Source.of(s).url());
    return m;
  }

  /** Registrations (current and earlier), Mode S addresses with what surveillance saw, owners, operators, flights. */
  private Map<String, Object> aircraft(Entity e, List<Relation> relations, EntityGraph graph) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<String> previous = e.extension(Extensions.PREVIOUS_REGISTRATION);
    List<Map<String, Object>> registrations = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String r : e.values("registrationNumber")) {
      if (seen.add(r)) {
        registrations.add(registration(r, !previous.contains(r)));
      }
    }
    for (String r : previous) {
      if (seen.add(r)) {
        registrations.add(registration(r, false));
      }
    }
    m.put("registrations", registrations);
    m.put("model", e.first("model"));
    m.put("serial_numbers", e.values("serialNumber"));
    m.put("construction_numbers", e.extension(Extensions.CONSTRUCTION_NUMBER));
    List<Map<String, Object>> modeS = new ArrayList<>();
    List<Leg> legs = new ArrayList<>();
    for (String address : e.extension(Extensions.MODE_S)) {
      List<Leg> flown = store.legs(address.toLowerCase(Locale.ROOT), Instant.EPOCH,
          Instant.parse("9999-12-31T00:00:00Z"), 10_000);
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("address", address.toLowerCase(Locale.ROOT));
      a.put("state", address.matches("[0-9a-fA-F]{6}") ? facts.stateOf(Integer.parseInt(address, 16)) : null);
      a.put("flights", flown.size());
      a.put("first_seen", flown.isEmpty() ? null : flown.get(0).firstSeen().toString());
      a.put("last_seen", flown.isEmpty() ? null : flown.get(flown.size() - 1).lastSeen().toString());
      a.put("callsigns", flown.stream().map(Leg::callsign).filter(c -> c != null).distinct().toList());
      modeS.add(a);
      legs.addAll(flown);
    }
    m.put("mode_s", modeS);
    List<Map<String, Object>> owners = new ArrayList<>();
    List<Map<String, Object>> operators = new ArrayList<>();
    for (Relation r : relations) {
      if (!r.targetId().equals(e.id())) {
        continue;
      }
      String label = r.label().toLowerCase(Locale.ROOT);
      if (label.contains("own")) {
        owners.add(relation(r, graph));
      }
      if (label.contains("operat")) {
        operators.add(relation(r, graph));
      }
    }
    m.put("owners", owners);
    m.put("operators", operators);
    legs.sort(Comparator.comparing(Leg::departure).reversed());
    m.put("flights", legs.stream().limit(100).map(flights::summary).toList());
    m.put("flights_total", legs.size());
    return m;
  }

  private static Map<String, Object> registration(String registration, boolean current) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("registration", registration);
    m.put("current", current);
    return m;
  }

  /**
   * The neighbourhood of an entity, breadth first to {@code depth} steps (1 to 3), at most {@code max} nodes:
   * parties and assets as nodes, their dated and sourced relations as edges, and the sanctions of the entity and
   * its direct neighbours as nodes joined by a "sanctioned" edge carrying the listing's dates.
   */
  private void graph(Context ctx) {
    Knowledge.View view = knowledge.view();
    Entity center = readable(ctx, view, ctx.pathParam("id"), "network diagram");
    int depth = Params.integer(ctx, "depth", 2, 1, 3);
    int max = Params.integer(ctx, "max", 80, 2, MAX_GRAPH_NODES);
    int perNode = Params.integer(ctx, "per_node", 12, 1, MAX_GRAPH_NODES);
    boolean people = Auth.caller(ctx).seesPeople();
    EntityGraph graph = view.graph();
    Map<String, Integer> depthOf = new LinkedHashMap<>();
    Map<String, Integer> hidden = new LinkedHashMap<>();
    Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    depthOf.put(center.id(), 0);
    queue.add(center.id());
    boolean truncated = false;
    while (!queue.isEmpty()) {
      String id = queue.poll();
      int d = depthOf.get(id);
      int added = 0;
      for (Relation r : view.relations(id, people)) {
        String other = r.otherEnd(id);
        if (graph.find(other).isEmpty()) {
          continue;
        }
        if (!depthOf.containsKey(other)) {
          if (d == depth) {
            continue;
          }
          // The entity itself shows all its neighbours (up to max); a hub further out shows a few, and how many
          // it leaves out, so one airline with a hundred aircraft does not crowd out the rest.
          if (depthOf.size() >= max || d > 0 && added >= perNode) {
            truncated = true;
            hidden.merge(id, 1, Integer::sum);
            continue;
          }
          depthOf.put(other, d + 1);
          queue.add(other);
          added++;
        }
        Map<String, Object> edge = relation(r, graph);
        edges.putIfAbsent(r.link().id() + "|" + r.sourceId() + "|" + r.targetId(), edge);
      }
    }
    List<Map<String, Object>> nodes = new ArrayList<>();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (Map.Entry<String, Integer> n : depthOf.entrySet()) {
      Entity e = graph.find(n.getKey()).orElseThrow();
      Map<String, Object> node = node(e, n.getValue(), !graph.sanctionsOn(e.id(), today).isEmpty());
      node.put("hidden", hidden.getOrDefault(e.id(), 0));
      nodes.add(node);
    }
    // Sanctions of the entity and its direct neighbours, while there is room; further out, a node's "sanctioned"
    // says enough.
    for (Map.Entry<String, Integer> n : new ArrayList<>(depthOf.entrySet())) {
      if (n.getValue() > 1) {
        continue;
      }
      for (Entity s : graph.sanctions(n.getKey())) {
        if (depthOf.containsKey(s.id())) {
          continue;
        }
        if (depthOf.size() >= max) {
          truncated = true;
          break;
        }
        depthOf.put(s.id(), n.getValue() + 1);
        Map<String, Object> node = node(s, n.getValue() + 1, false);
        node.put("hidden", 0);
        node.put("caption", (s.first("authority") != null ? s.first("authority") : "Sanction")
            + (s.values("program").isEmpty() ? "" : " " + String.join(", ", s.values("program"))));
        nodes.add(node);
        Map<String, Object> sanction = sanction(s);
        Map<String, Object> edge = new LinkedHashMap<>();
        edge.put("id", s.id());
        edge.put("source", n.getKey());
        edge.put("target", s.id());
        edge.put("label", "sanctioned");
        edge.put("start", sanction.get("start"));
        edge.put("end", sanction.get("end"));
        edge.put("source_citation", sanction.get("source_citation"));
        edge.put("source_url", sanction.get("source_url"));
        edges.put(s.id(), edge);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("center", center.id());
    out.put("depth", depth);
    out.put("truncated", truncated);
    out.put("nodes", nodes);
    out.put("edges", new ArrayList<>(edges.values()));
    ctx.json(out);
  }

  private static Map<String, Object> node(Entity e, int depth, boolean sanctioned) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("caption", e.caption());
    m.put("schema", e.schema());
    m.put("depth", depth);
    m.put("sanctioned", sanctioned);
    return m;
  }

  private void search(Context ctx) {
    String q = Params.requiredText(ctx, "q");
    if (q.length() > 200) {
      throw ApiError.badRequest("'q' is longer than 200 characters");
    }
    int limit = Params.integer(ctx, "limit", 10, 1, 50);
    String schema = Params.text(ctx, "schema");
    if (schema != null && io.tailwatch.knowledge.Schema.find(schema).isEmpty()) {
      throw ApiError.badRequest("unknown schema '" + schema + "'");
    }
    Knowledge.View view = knowledge.view();
    boolean people = Auth.caller(ctx).seesPeople();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<Map<String, Object>> items = new ArrayList<>();
    for (SearchIndex.Hit h : view.search().search(q, limit, 0.7,
        e -> (people || !view.isPersonal(e)) && (schema == null || e.is(schema)))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", h.entity().id());
      m.put("caption", h.entity().caption());
      m.put("schema", h.entity().schema());
      m.put("score", Math.round(h.score() * 1000) / 1000.0);
      m.put("matched", h.matched());
      m.put("datasets", h.entity().datasets());
      m.put("sanctioned", !view.graph().sanctionsOn(h.entity().id(), today).isEmpty());
      items.add(m);
    }
    ctx.json(Map.of("query", q, "items", items));
  }

  /** FtM JSON Lines: an entity with its neighbourhood ({@code id}, {@code depth}), or the whole graph. */
  private void export(Context ctx) throws IOException {
    Knowledge.View view = knowledge.view();
    Caller caller = Auth.caller(ctx);
    boolean people = caller.seesPeople();
    String id = Params.text(ctx, "id");
    List<Entity> out = new ArrayList<>();
    if (id == null) {
      for (Entity e : view.graph().entities()) {
        if (people || !view.isPersonal(e)) {
          out.add(e);
        }
      }
    } else {
      Entity center = readable(ctx, view, id, "export");
      int depth = Params.integer(ctx, "depth", 1, 0, 3);
      Set<String> ids = new LinkedHashSet<>(List.of(center.id()));
      Set<String> frontier = Set.of(center.id());
      for (int d = 0; d < depth; d++) {
        Set<String> next = new LinkedHashSet<>();
        for (String f : frontier) {
          for (Relation r : view.relations(f, people)) {
            ids.add(r.link().id());
            if (ids.add(r.otherEnd(f))) {
              next.add(r.otherEnd(f));
            }
          }
        }
        frontier = next;
      }
      for (String i : new ArrayList<>(ids)) {
        view.graph().sanctions(i).forEach(s -> ids.add(s.id()));
      }
      ids.forEach(i -> view.graph().find(i).ifPresent(out::add));
    }
    long personal = people ? out.stream().filter(view::isPersonal).count() : 0;
    if (personal > 0) {
      store.audit().record(caller.name(), AuditLog.EXPORT, "entities", id == null ? "*" : id,
          out.size() + " entities, " + personal + " about people");
    }
    ctx.header("Content-Disposition", "attachment; filename=\"tailwatch-entities.ftm.jsonl\"");
    ctx.contentType("application/x-ndjson; charset=utf-8");
    OutputStream stream = ctx.outputStream();
    for (Entity e : out) {
      stream.write(FtmJsonWriter.toJson(e).getBytes(StandardCharsets.UTF_8));
      stream.write('\n');
    }
  }
}
