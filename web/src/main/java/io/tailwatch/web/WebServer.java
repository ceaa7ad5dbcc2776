package io.tailwatch.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tailwatch.flights.Leg;
import io.tailwatch.formats.ReferenceData;
import io.tailwatch.formats.ftm.FtmJsonWriter;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Relation;
import io.tailwatch.store.AlertStatus;
import io.tailwatch.store.Store;
import io.tailwatch.store.StoredAlert;
import io.tailwatch.surveillance.StateVector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analyst's page and its JSON API, served by one process on localhost. Plain code, no annotations: every
 * route is listed in {@link #routes}. State-changing requests must carry the header
 * {@code X-Tailwatch-Request: 1}, which a cross-site form cannot send (CSRF defence without cookies).
 */
public final class WebServer {
  static final String CSRF_HEADER = "X-Tailwatch-Request";
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final Javalin app;
  private final Store store;
  private final ReferenceData reference;

  private WebServer(Store store, ReferenceData reference) {
    this.store = store;
    this.reference = reference;
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
    });
    routes();
  }

  /** Opens the store in {@code dataDir} and serves it; port 0 picks a free port. */
  public static WebServer start(Path dataDir, ReferenceData reference, String host, int port) {
    WebServer server = new WebServer(Store.open(dataDir), reference);
    server.app.start(host, port);
    return server;
  }

  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
    store.close();
  }

  private void routes() {
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'");
    });
    app.get("/", ctx -> resource(ctx, "index.html", "text/html; charset=utf-8"));
    app.get("/app.js", ctx -> resource(ctx, "app.js", "text/javascript; charset=utf-8"));
    app.get("/app.css", ctx -> resource(ctx, "app.css", "text/css; charset=utf-8"));
    app.get("/api/alerts", this::listAlerts);
    app.get("/api/alerts/{id}", ctx -> ctx.json(JsonViews.alert(alertOr404(ctx))));
    app.post("/api/alerts/{id}/decision", this::decide);
    app.get("/api/flights/{id}", this::flight);
    app.get("/api/entities/{id}", this::entity);
    app.get("/api/basemap", this::basemap);
    app.get("/api/areas", ctx -> resourceFrom(ctx, io.tailwatch.formats.areas.WatchedAreaReader.class,
        io.tailwatch.formats.areas.WatchedAreaReader.DEFAULT_RESOURCE, "application/geo+json"));
    MatchApi.register(app, store);
    app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status).json(Map.of("error", e.getMessage())));
    app.exception(IllegalArgumentException.class,
        (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", e.getMessage())));
  }

  private void listAlerts(Context ctx) {
    String status = ctx.queryParam("status");
    String detector = ctx.queryParam("detector");
    List<Map<String, Object>> out = new ArrayList<>();
    for (StoredAlert a : store.alerts(status == null ? null : AlertStatus.parse(status))) {
      if (detector == null || detector.equals(a.alert().detector())) {
        out.add(JsonViews.alert(a));
      }
    }
    ctx.json(out);
  }

  private StoredAlert alertOr404(Context ctx) {
    String id = ctx.pathParam("id");
    return store.alert(id).orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no alert '" + id + "'"));
  }

  private void decide(Context ctx) {
    if (!"1".equals(ctx.header(CSRF_HEADER))) {
      throw new ApiError(HttpStatus.FORBIDDEN, "missing header " + CSRF_HEADER + ": 1");
    }
    StoredAlert alert = alertOr404(ctx);
    if (ctx.contentLength() > MAX_BODY_BYTES) {
      throw new ApiError(HttpStatus.CONTENT_TOO_LARGE, "body larger than " + MAX_BODY_BYTES + " bytes");
    }
    Map<?, ?> body;
    try {
      body = ctx.bodyAsClass(Map.class);
    } catch (io.javalin.http.HttpResponseException e) {
      throw e;
    } catch (Exception e) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "body must be a JSON object {\"status\": ..., \"reason\": ...}");
    }
    Object status = body.get("status");
    Object reason = body.get("reason");
    if (!(status instanceof String s)) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "'status' is required: acknowledged, dismissed, escalated or open");
    }
    AlertStatus decision = AlertStatus.parse(s);
    if (decision == AlertStatus.DISMISSED && !(reason instanceof String r && !r.isBlank())) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "dismissing an alert needs a 'reason'");
    }
    store.decide(alert.alert().id(), decision, reason instanceof String r ? r : null);
    ctx.json(JsonViews.alert(store.alert(alert.alert().id()).orElseThrow()));
  }

  private void flight(Context ctx) {
    String id = ctx.pathParam("id");
    Leg leg = store.leg(id).orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no flight '" + id + "'"));
    List<List<Object>> track = new ArrayList<>();
    for (StateVector v : store.track(leg.icao24(), leg.firstSeen().minus(Duration.ofMinutes(10)),
        leg.lastSeen().plus(Duration.ofMinutes(10)))) {
      if (v.hasPosition()) {
        track.add(List.of(v.lat(), v.lon(), Double.isNaN(v.altitude()) ? 0 : Math.round(v.altitude()),
            v.timeMs() / 1000));
      }
    }
    Map<String, Object> out = JsonViews.leg(leg);
    out.put("track", track);
    ctx.json(out);
  }

  private void entity(Context ctx) {
    String id = ctx.pathParam("id");
    EntityGraph graph = store.graph();
    Entity entity = graph.find(id).orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no entity '" + id + "'"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("entity", FtmJsonWriter.toNode(entity));
    out.put("caption", entity.caption());
    List<Map<String, Object>> relations = new ArrayList<>();
    for (Relation r : graph.relations(id)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", r.sourceId());
      m.put("source_caption", graph.find(r.sourceId()).map(Entity::caption).orElse(r.sourceId()));
      m.put("label", r.label());
      m.put("target", r.targetId());
      m.put("target_caption", graph.find(r.targetId()).map(Entity::caption).orElse(r.targetId()));
      m.put("start", r.start() == null ? null : r.start().toString());
      m.put("end", r.end() == null ? null : r.end().toString());
      m.put("source_citation", r.source().citation());
      relations.add(m);
    }
    out.put("relations", relations);
    List<Map<String, Object>> sanctions = new ArrayList<>();
    for (Entity s : graph.sanctions(id)) {
      sanctions.add(Map.of("id", s.id(), "entity", FtmJsonWriter.toNode(s)));
    }
    out.put("sanctions", sanctions);
    ctx.json(out);
  }

  private void basemap(Context ctx) throws IOException {
    Optional<Path> file = reference.find("naturalearth/ne_110m_admin_0_countries.json");
    if (file.isEmpty()) {
      throw new ApiError(HttpStatus.NOT_FOUND, "no base map: naturalearth/ne_110m_admin_0_countries.json is not in "
          + reference.root() + "; run 'tailwatch data update' or point --reference-data at a copy");
    }
    ctx.contentType("application/geo+json");
    ctx.header("Cache-Control", "max-age=86400");
    ctx.result(Files.newInputStream(file.get()));
  }

  private static void resource(Context ctx, String name, String type) {
    resourceFrom(ctx, WebServer.class, name, type);
  }

  private static void resourceFrom(Context ctx, Class<?> owner, String name, String type) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new ApiError(HttpStatus.NOT_FOUND, "no such page");
    }
    ctx.contentType(type);
    ctx.result(in);
  }

  /** An API error with its HTTP status, answered as {@code {"error": message}}. */
  static final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final HttpStatus status;

    ApiError(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }
}
