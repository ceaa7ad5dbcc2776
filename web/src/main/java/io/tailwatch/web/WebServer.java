package io.tailwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.tailwatch.flights.AirportIndex;
import io.tailwatch.formats.ReferenceData;
import io.tailwatch.formats.areas.WatchedAreaReader;
import io.tailwatch.geo.WatchedArea;
import io.tailwatch.store.AuditLog;
import io.tailwatch.store.Store;
import io.tailwatch.surveillance.AddressAllocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The analyst's page and its JSON API, served by one process, on localhost unless told otherwise. Plain code,
 * no annotations: this class wires the parts, and each part lists its routes with the least role they need
 * ({@link Auth}, {@link AlertApi}, {@link FlightApi}, {@link EntityApi}, {@link CaseReport}, {@link MatchApi}).
 * The routes are described for clients in {@code openapi.yaml}, served as {@code /api/openapi.json}.
 *
 * <p>Every response carries headers that keep the page from being framed, sniffed or fed scripts from elsewhere;
 * API responses are not cached. Errors are JSON {@code {"error": "..."}}: 400 bad input, 401 no or wrong
 * credentials, 403 role or CSRF, 404 unknown id, 413 body over 64 KiB; never a stack trace.
 */
public final class WebServer {
  static final String CSRF_HEADER = Auth.CSRF_HEADER;
  static final int MAX_BODY_BYTES = 64 * 1024;
  private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
      + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
  private static final Pattern SCRIPT = Pattern.compile("[a-z0-9-]{1,40}\\.js");

  /**
   * What the server reads besides the store: the reference data (base map), airports (countries of flights),
   * watched areas (drawn on the map), Mode S address blocks (states of addresses). Missing parts leave their
   * facts out.
   */
  public record Settings(ReferenceData reference, AirportIndex airports, List<WatchedArea> areas,
      AddressAllocation addresses) {
    public Settings {
      areas = List.copyOf(areas);
    }

    /** The reference data alone, with the shipped watched areas. */
    public static Settings of(ReferenceData reference) {
      return new Settings(reference, null, WatchedAreaReader.defaults(), null);
    }
  }

  private final Javalin app;
  private final Store store;
  private final Settings settings;
  private final Knowledge knowledge;
  private final AlertIndex alerts;
  private final AlertFeed feed = new AlertFeed();
  private final Basemap basemap;
  private final byte[] openApi;
  private boolean ownsStore;
  private volatile boolean stopped;
  private final Runnable stopListening;

  private WebServer(Store store, Settings settings) {
    this.store = store;
    this.settings = settings;
    this.knowledge = new Knowledge(store);
    FlightFacts facts = new FlightFacts(settings.airports(), settings.addresses());
    this.alerts = new AlertIndex(store, knowledge, facts);
    this.basemap = new Basemap(settings.reference());
    this.openApi = openApiJson();
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.http.prefer405over404 = true;
    });
    app.before(WebServer::headers);
    new Auth(store).register(app);
    FlightApi flights = new FlightApi(store, knowledge, alerts, facts);
    new AlertApi(store, knowledge, alerts, feed).register(app);
    flights.register(app);
    new EntityApi(store, knowledge, alerts, flights, facts).register(app);
    new CaseReport(store, knowledge, alerts, flights, facts, basemap, settings.areas()).register(app);
    MatchApi.register(app, store);
    routes();
    errors();
    this.stopListening = store.onAlertsChanged(ids -> {
      List<AlertIndex.Entry> changed = alerts.refresh(ids);
      if (ids.size() > 50) {
        feed.reload();
      } else {
        feed.changed(changed);
      }
    });
  }

  /** Opens the store in {@code dataDir} and serves it; port 0 picks a free port. */
  public static WebServer start(Path dataDir, ReferenceData reference, String host, int port) {
    return start(dataDir, Settings.of(reference), host, port);
  }

  public static WebServer start(Path dataDir, Settings settings, String host, int port) {
    Store store = Store.open(dataDir);
    try {
      WebServer server = start(store, settings, host, port);
      server.ownsStore = true;
      return server;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Serves an open store; the caller keeps it and closes it after {@link #stop}. */
  public static WebServer start(Store store, Settings settings, String host, int port) {
    WebServer server = new WebServer(store, settings);
    server.app.start(host, port);
    // Build the graph and the alert index now, so the first page load does not wait for them.
    Thread warm = new Thread(() -> {
      try {
        server.alerts.all();
      } catch (RuntimeException e) {
        if (!server.stopped) {
          System.err.println("tailwatch: could not prepare the alert index: " + e.getMessage());
        }
      }
    }, "tailwatch-warm-up");
    warm.setDaemon(true);
    warm.start();
    return server;
  }

  public int port() {
    return app.port();
  }

  public void stop() {
    stopped = true;
    stopListening.run();
    feed.close();
    app.stop();
    if (ownsStore) {
      store.close();
    }
  }

  private static void headers(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    ctx.header("Content-Security-Policy", CSP);
    if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/match/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  private void routes() {
    app.get("/", ctx -> resource(ctx, "index.html", "text/html; charset=utf-8"), Access.PUBLIC);
    app.get("/app.css", ctx -> resource(ctx, "app.css", "text/css; charset=utf-8"), Access.PUBLIC);
    app.get("/js/{file}", ctx -> {
      String file = ctx.pathParam("file");
      if (!SCRIPT.matcher(file).matches()) {
        throw ApiError.notFound("script", file);
      }
      resource(ctx, "js/" + file, "text/javascript; charset=utf-8");
    }, Access.PUBLIC);
    app.get("/api/openapi.json", ctx -> {
      ctx.contentType("application/json");
      ctx.result(openApi);
    }, Access.PUBLIC);
    app.get("/api/summary", this::summary, Access.VIEWER);
    app.get("/api/basemap", this::basemap, Access.VIEWER);
    app.get("/api/areas", ctx -> ctx.json(areas(settings.areas())), Access.VIEWER);
    app.get("/api/audit", this::audit, Access.ADMIN);
  }

  private void errors() {
    app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status).json(Map.of("error", e.getMessage())));
    app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).json(Map.of("error",
        e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode() ? "body larger than " + MAX_BODY_BYTES + " bytes"
            : e.getMessage())));
    app.exception(Exception.class, (e, ctx) -> {
      System.err.println("tailwatch: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      e.printStackTrace();
      ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("error", "internal error; the server log has the "
          + "details"));
    });
    app.error(HttpStatus.NOT_FOUND, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{")) {
        ctx.json(Map.of("error", "no such page or API route: " + ctx.path()));
      }
    });
    app.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> ctx.json(Map.of("error", ctx.method() + " is not allowed on "
        + ctx.path())));
  }

  private void summary(Context ctx) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("positions", store.count("positions"));
    out.put("flights", store.count("legs"));
    out.put("alerts", alerts.all().size());
    out.put("alerts_by_status", alerts.facets().get("status"));
    out.put("entities", knowledge.view().graph().size());
    out.put("first_position", store.firstPositionTime().map(Object::toString).orElse(null));
    out.put("last_position", store.lastPositionTime().map(Object::toString).orElse(null));
    out.put("areas", settings.areas().size());
    ctx.json(out);
  }

  private void basemap(Context ctx) throws IOException {
    String scale = Params.text(ctx, "scale");
    scale = scale == null ? "110m" : scale;
    Basemap.Layer layer = basemap.load(scale).orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND,
        basemap.missing(ctx.queryParam("scale") == null ? "110m" : ctx.queryParam("scale"))));
    ctx.contentType("application/geo+json");
    ctx.header("Cache-Control", "private, max-age=86400");
    ctx.result(layer.json());
  }

  /** Watched areas as GeoJSON: Polygon and MultiPolygon features with id, name, reason and source. */
  static JsonNode areas(List<WatchedArea> areas) {
    ObjectNode root = Params.JSON.createObjectNode();
    root.put("type", "FeatureCollection");
    ArrayNode features = root.putArray("features");
    for (WatchedArea area : areas) {
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      ObjectNode props = f.putObject("properties");
      props.put("id", area.id());
      props.put("name", area.name());
      props.put("reason", area.reason());
      props.put("source", area.source());
      ObjectNode g = f.putObject("geometry");
      g.put("type", "MultiPolygon");
      ArrayNode polygons = g.putArray("coordinates");
      Geometry geometry = area.geometry();
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        if (geometry.getGeometryN(i) instanceof Polygon p) {
          ArrayNode poly = polygons.addArray();
          ring(poly.addArray(), p.getExteriorRing().getCoordinates());
          for (int h = 0; h < p.getNumInteriorRing(); h++) {
            ring(poly.addArray(), p.getInteriorRingN(h).getCoordinates());
          }
        }
      }
    }
    return root;
  }

  private static void ring(ArrayNode out, Coordinate[] coordinates) {
    for (Coordinate c : coordinates) {
      out.addArray().add(c.x).add(c.y);
    }
  }

  private void audit(Context ctx) {
    AuditLog.Filter filter = new AuditLog.Filter(Params.text(ctx, "user"), Params.text(ctx, "action"),
        Params.text(ctx, "object_type"), Params.text(ctx, "object_id"));
    int limit = Params.integer(ctx, "limit", 100, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
    AuditLog audit = store.audit();
    List<Map<String, Object>> items = audit.list(filter, limit, offset).stream().map(e -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("seq", e.seq());
      m.put("at", e.at().toString());
      m.put("user", e.user());
      m.put("action", e.action());
      m.put("object_type", e.objectType());
      m.put("object_id", e.objectId());
      m.put("detail", e.detail());
      return m;
    }).toList();
    ctx.json(Map.of("total", audit.count(filter), "offset", offset, "limit", limit, "items", items));
  }

  private static void resource(Context ctx, String name, String type) {
    InputStream in = WebServer.class.getResourceAsStream(name);
    if (in == null) {
      throw ApiError.notFound("page", name);
    }
    ctx.contentType(type);
    ctx.header("Cache-Control", "no-cache");
    ctx.result(in);
  }

  /** The API description, kept as YAML beside the code (easier to read and review), served as JSON. */
  private static byte[] openApiJson() {
    try (InputStream in = WebServer.class.getResourceAsStream("openapi.yaml")) {
      return Params.JSON.writeValueAsBytes(new YAMLMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("openapi.yaml is missing from the web module", e);
    }
  }

  /**
   * The routes Javalin serves, as "METHOD path role" (role as in the OpenAPI document's x-tailwatch-role): for
   * the test that holds them to that document.
   */
  List<String> routeList() {
    return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .filter(h -> h.getEndpoint().getMethod().isHttpMethod())
        .map(h -> h.getEndpoint().getMethod().name() + " " + h.getEndpoint().getPath() + " "
            + h.getEndpoint().getRoles().stream().map(r -> ((Access) r).name().toLowerCase(java.util.Locale.ROOT))
                .findFirst().orElse("none"))
        .toList();
  }
}
