package io.tailwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tailwatch.formats.ftm.FtmJsonWriter;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.FtmDate;
import io.tailwatch.screening.ManifestScreening;
import io.tailwatch.screening.NameKind;
import io.tailwatch.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /match/{dataset}}, shaped like OpenSanctions' yente so that its clients can point at tailwatch:
 * a body of {@code queries} (each an FtM entity: {@code schema} and {@code properties}), query parameters
 * {@code limit}, {@code threshold} and {@code exclude_entity_ids}; per query a response with {@code results}, each
 * an FtM entity with {@code score}, {@code match} and {@code features}/{@code explanations}. Dataset
 * {@code default} screens everything in the store; any other name screens the entities of that dataset.
 * Analysts' "not this person" decisions are honoured.
 */
final class MatchApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_QUERIES = 100;

  /** Indexes kept, one per dataset asked for; building one over a large list takes seconds. */
  private static final int INDEXES_KEPT = 8;

  private final Store store;
  private long loadedRevision = -1;
  private List<Entity> entities = List.of();
  private final Map<String, ManifestScreening> indexes = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ManifestScreening> eldest) {
      return size() > INDEXES_KEPT;
    }
  };

  private MatchApi(Store store) {
    this.store = store;
  }

  /** Screening names against lists is about people: analysts only, and each request is audited. */
  static void register(Javalin app, Store store) {
    MatchApi api = new MatchApi(store);
    app.post("/match/{dataset}", api::match, Access.ANALYST);
  }

  /**
   * The dataset's screening index, built on first use and again only when the store's knowledge changed; null when
   * the store has no such dataset. Analysts' decisions are read per request (a decision takes effect at once).
   */
  private synchronized ManifestScreening screening(String dataset) {
    long revision = store.knowledgeRevision();
    if (revision != loadedRevision) {
      entities = store.entities();
      indexes.clear();
      loadedRevision = revision;
    }
    ManifestScreening indexed = indexes.get(dataset);
    if (indexed == null) {
      List<Entity> pool = new ArrayList<>();
      for (Entity e : entities) {
        if ("default".equals(dataset) || e.datasets().contains(dataset)) {
          pool.add(e);
        }
      }
      if (pool.isEmpty() && !"default".equals(dataset)) {
        return null;
      }
      indexed = new ManifestScreening(pool, Set.of());
      indexes.put(dataset, indexed);
    }
    return indexed;
  }

  private void match(Context ctx) {
    String dataset = ctx.pathParam("dataset");
    int limit = intParam(ctx, "limit", 5, 1, 500);
    double threshold = doubleParam(ctx, "threshold", 0.7);
    Set<String> excluded = new HashSet<>(ctx.queryParams("exclude_entity_ids"));
    JsonNode body;
    try {
      body = JSON.readTree(ctx.body());
    } catch (Exception e) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "body must be JSON: {\"queries\": {\"q1\": {\"schema\": "
          + "\"Person\", \"properties\": {\"name\": [\"...\"]}}}}");
    }
    JsonNode queries = body == null ? null : body.get("queries");
    if (queries == null || !queries.isObject() || queries.size() == 0) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "'queries' must be an object of named FtM entities");
    }
    if (queries.size() > MAX_QUERIES) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "at most " + MAX_QUERIES + " queries per request");
    }
    ManifestScreening indexed = screening(dataset);
    if (indexed == null) {
      throw new ApiError(HttpStatus.NOT_FOUND, "no dataset '" + dataset + "' in the store");
    }
    ManifestScreening screening = indexed.withDismissed(store.notSameDecisions());
    Map<String, Object> responses = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = queries.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> q = it.next();
      responses.put(q.getKey(), respond(screening, q.getValue(), threshold, limit, excluded));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("responses", responses);
    out.put("matcher", Map.of("name", "tailwatch-name-screening", "description",
        "Name parts across scripts and transliterations, then date of birth, nationality and identifiers "
            + "(see docs/screening.md)"));
    out.put("limit", limit);
    store.audit().record(Auth.caller(ctx).name(), io.tailwatch.store.AuditLog.SCREEN, "dataset", dataset,
        queries.size() + " queries");
    ctx.json(out);
  }

  private static Map<String, Object> respond(ManifestScreening screening, JsonNode query, double threshold, int limit,
      Set<String> excluded) {
    Map<String, Object> response = new LinkedHashMap<>();
    JsonNode props = query.path("properties");
    String name = first(props, "name");
    if (name == null) {
      response.put("status", 400);
      response.put("results", List.of());
      response.put("error", "query has no properties.name");
      return response;
    }
    LocalDate dob = FtmDate.start(first(props, "birthDate"));
    String document = first(props, "passportNumber") != null ? first(props, "passportNumber") : first(props, "idNumber");
    List<Map<String, Object>> results = new ArrayList<>();
    // Excluded entities are dropped after screening: asking for as many more keeps the limit's worth of the rest.
    List<ManifestScreening.Match> matches = screening.screen(new ManifestScreening.Query(name, NameKind.ofSchema(query.path("schema").asText(null)), dob,
        first(props, "nationality"), document), Math.min(threshold, 0.5), limit + excluded.size()).stream()
        .filter(m -> !excluded.contains(m.entity().id())).limit(limit).toList();
    for (ManifestScreening.Match m : matches) {
      Map<String, Object> r = new LinkedHashMap<>();
      JsonNode entity = FtmJsonWriter.toNode(m.entity());
      entity.fields().forEachRemaining(f -> r.put(f.getKey(), f.getValue()));
      r.put("caption", m.entity().caption());
      r.put("score", Math.round(m.score() * 1000) / 1000.0);
      r.put("match", m.score() >= threshold);
      Map<String, Object> features = new LinkedHashMap<>();
      Map<String, Object> explanations = new LinkedHashMap<>();
      for (ManifestScreening.Feature f : m.features()) {
        features.put(f.name(), f.effect());
        explanations.put(f.name(), Map.of("detail", f.value(), "effect", f.effect()));
      }
      r.put("features", features);
      r.put("explanations", explanations);
      results.add(r);
    }
    response.put("status", 200);
    response.put("results", results);
    response.put("total", Map.of("value", results.size(), "relation", "eq"));
    response.put("query", query);
    return response;
  }

  private static String first(JsonNode props, String key) {
    JsonNode v = props.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    JsonNode one = v.isArray() ? (v.size() == 0 ? null : v.get(0)) : v;
    return one == null || one.isNull() ? null : one.asText();
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    try {
      int n = v == null ? fallback : Integer.parseInt(v);
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "'" + name + "' must be a whole number from " + min + " to " + max);
    }
  }

  private static double doubleParam(Context ctx, String name, double fallback) {
    String v = ctx.queryParam(name);
    try {
      double d = v == null ? fallback : Double.parseDouble(v);
      if (!(d >= 0 && d <= 1)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "'" + name + "' must be a number from 0 to 1");
    }
  }
}
