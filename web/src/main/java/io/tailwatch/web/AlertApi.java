package io.tailwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.tailwatch.detect.EvidenceLink;
import io.tailwatch.detect.Severity;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.Schema;
import io.tailwatch.store.AlertStatus;
import io.tailwatch.store.AuditLog;
import io.tailwatch.store.Store;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The alert queue: list with filters and paging, facets, one alert with its evidence chain, analysts' decisions,
 * the live stream of changes, and exports as CSV and JSON.
 */
final class AlertApi {
  static final int MAX_REASON = 2000;

  private final Store store;
  private final Knowledge knowledge;
  private final AlertIndex index;
  private final AlertFeed feed;

  AlertApi(Store store, Knowledge knowledge, AlertIndex index, AlertFeed feed) {
    this.store = store;
    this.knowledge = knowledge;
    this.index = index;
    this.feed = feed;
  }

  void register(Javalin app) {
    app.get("/api/alerts", this::list, Access.VIEWER);
    app.get("/api/alerts/facets", ctx -> ctx.json(index.facets()), Access.VIEWER);
    app.sse("/api/alerts/stream", client -> feed.add(client, Auth.caller(client.ctx())), Access.VIEWER);
    app.get("/api/alerts/{id}", this::detail, Access.VIEWER);
    app.post("/api/alerts/{id}/decision", this::decide, Access.ANALYST);
    app.get("/api/export/alerts.json", this::exportJson, Access.VIEWER);
    app.get("/api/export/alerts.csv", this::exportCsv, Access.VIEWER);
  }

  static AlertIndex.Query query(Context ctx) {
    return new AlertIndex.Query(list(ctx, "detector", s -> s), list(ctx, "status", AlertApi::status),
        list(ctx, "severity", AlertApi::severity), Params.text(ctx, "operator"), Params.text(ctx, "country"),
        Params.text(ctx, "case"), Params.text(ctx, "subject"), Params.text(ctx, "entity"), Params.text(ctx, "icao24"),
        Params.time(ctx, "from", null), Params.time(ctx, "to", null), sortByTime(ctx));
  }

  private static boolean sortByTime(Context ctx) {
    String sort = Params.text(ctx, "sort");
    if (sort == null || sort.equals("severity")) {
      return false;
    }
    if (sort.equals("time")) {
      return true;
    }
    throw ApiError.badRequest("'sort' must be severity (most severe, then newest) or time (newest first)");
  }

  private static AlertStatus status(String s) {
    try {
      return AlertStatus.parse(s);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  private static Severity severity(String s) {
    try {
      return Severity.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("unknown severity '" + s + "'; use low, medium, high or critical");
    }
  }

  /** A comma-separated parameter, each value parsed; null when absent. */
  private static <T> List<T> list(Context ctx, String name, java.util.function.Function<String, T> parse) {
    String v = Params.text(ctx, name);
    if (v == null) {
      return null;
    }
    List<T> out = new ArrayList<>();
    for (String part : v.split(",")) {
      if (!part.isBlank()) {
        out.add(parse.apply(part.trim()));
      }
    }
    return out;
  }

  private void list(Context ctx) {
    AlertIndex.Query q = query(ctx);
    int offset = Params.integer(ctx, "offset", 0, 0, 1_000_000);
    int limit = Params.integer(ctx, "limit", 50, 1, 500);
    AlertIndex.Page page = index.query(q, offset, limit);
    ctx.contentType("application/json");
    ctx.result(AlertIndex.pageJson(page, offset, limit, Auth.caller(ctx).seesPeople()));
  }

  private AlertIndex.Entry entryOr404(Context ctx) {
    String id = ctx.pathParam("id");
    return index.find(id).orElseThrow(() -> ApiError.notFound("alert", id));
  }

  private void detail(Context ctx) {
    ctx.json(detail(entryOr404(ctx), Auth.caller(ctx)));
  }

  Map<String, Object> detail(AlertIndex.Entry entry, Caller caller) {
    Knowledge.View view = knowledge.view();
    Map<String, Object> m = AlertViews.detail(entry, view, caller.seesPeople());
    // What each cited entity is, so the evidence reads as names and links rather than ids.
    Map<String, Object> refs = new LinkedHashMap<>();
    for (EvidenceLink link : entry.stored().alert().evidence()) {
      if (!"entity".equals(link.refType()) || refs.containsKey(link.ref())
          || !caller.seesPeople() && view.isPersonal(link.ref())) {
        continue;
      }
      view.graph().find(link.ref()).ifPresent(e -> refs.put(link.ref(), reference(e, view)));
    }
    m.put("refs", refs);
    List<Map<String, Object>> decisions = new ArrayList<>();
    for (AuditLog.Entry a : store.audit().list(new AuditLog.Filter(null, AuditLog.DECIDE_ALERT, "alert",
        entry.id()), 100, 0)) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("at", a.at().toString());
      d.put("user", a.user());
      d.put("decision", entry.personal() && !caller.seesPeople() ? AlertViews.WITHHELD : a.detail());
      decisions.add(d);
    }
    m.put("decisions", decisions);
    return m;
  }

  /** A cited entity: its caption and schema, and for a link or sanction the entities at its ends. */
  static Map<String, Object> reference(Entity e, Knowledge.View view) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", e.id());
    r.put("caption", e.caption());
    r.put("schema", e.schema());
    List<Map<String, Object>> ends = new ArrayList<>();
    Schema schema = Schema.of(e.schema());
    for (String property : new String[] {schema.sourceProperty(), schema.targetProperty()}) {
      if (property == null) {
        continue;
      }
      for (String id : e.values(property)) {
        view.graph().find(id).ifPresent(end -> ends.add(Map.of("id", end.id(), "caption", end.caption(),
            "schema", end.schema())));
      }
    }
    r.put("ends", ends);
    return r;
  }

  private void decide(Context ctx) {
    AlertIndex.Entry entry = entryOr404(ctx);
    JsonNode body = Params.jsonObject(ctx, "{\"status\": \"acknowledged|dismissed|escalated|open\", \"reason\": \"...\"}");
    String status = Params.field(body, "status", 40);
    String reason = Params.field(body, "reason", MAX_REASON);
    if (status == null) {
      throw ApiError.badRequest("'status' is required: acknowledged, dismissed, escalated or open");
    }
    AlertStatus decision = status(status);
    if (reason != null && reason.isBlank()) {
      reason = null;
    }
    if (decision == AlertStatus.DISMISSED && reason == null) {
      throw ApiError.badRequest("dismissing an alert needs a 'reason'");
    }
    Caller caller = Auth.caller(ctx);
    store.audit().record(caller.name(), AuditLog.DECIDE_ALERT, "alert", entry.id(),
        decision.key() + (reason == null ? "" : ": " + reason));
    store.decide(entry.id(), decision, reason, caller.name());
    ctx.json(detail(index.find(entry.id()).orElseThrow(), caller));
  }

  private List<Map<String, Object>> exported(Context ctx) {
    Caller caller = Auth.caller(ctx);
    Knowledge.View view = knowledge.view();
    AlertIndex.Page page = index.query(query(ctx), 0, Params.integer(ctx, "limit", 100_000, 1, 100_000));
    List<Map<String, Object>> out = new ArrayList<>();
    for (AlertIndex.Entry e : page.items()) {
      out.add(AlertViews.detail(e, view, caller.seesPeople()));
    }
    if (caller.seesPeople() && page.items().stream().anyMatch(AlertIndex.Entry::personal)) {
      store.audit().record(caller.name(), AuditLog.EXPORT, "alerts", ctx.queryString() == null ? "" : ctx.queryString(),
          page.items().size() + " alerts");
    }
    return out;
  }

  private void exportJson(Context ctx) {
    ctx.header("Content-Disposition", "attachment; filename=\"tailwatch-alerts.json\"");
    ctx.json(exported(ctx));
  }

  @SuppressWarnings("unchecked")
  private void exportCsv(Context ctx) {
    StringWriter text = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().build(text)) {
      csv.writeRecord("id", "detector", "severity", "score", "time", "last_time", "count", "status", "status_reason",
          "status_at", "status_by", "title", "subject_type", "subject_id", "case_id", "icao24", "callsign", "origin",
          "destination", "operators", "countries", "evidence", "sources");
      for (Map<String, Object> a : exported(ctx)) {
        List<String> claims = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) a.get("evidence")) {
          claims.add(String.valueOf(e.get("claim")));
          sources.add(String.valueOf(((Map<String, Object>) e.get("source")).get("citation")));
        }
        List<String> operators = new ArrayList<>();
        for (Map<String, Object> o : (List<Map<String, Object>>) a.get("operators")) {
          operators.add(String.valueOf(o.get("caption")));
        }
        csv.writeRecord(cells(a.get("id"), a.get("detector"), a.get("severity"), a.get("score"), a.get("time"),
            a.get("last_time"), a.get("count"), a.get("status"), a.get("status_reason"), a.get("status_at"),
            a.get("status_by"), a.get("title"), a.get("subject_type"), a.get("subject_id"), a.get("case_id"),
            a.get("icao24"), a.get("callsign"), a.get("origin"), a.get("destination"), String.join("; ", operators),
            String.join("; ", (List<String>) a.get("countries")), String.join(" | ", claims),
            String.join(" | ", sources)));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ctx.header("Content-Disposition", "attachment; filename=\"tailwatch-alerts.csv\"");
    ctx.contentType("text/csv; charset=utf-8");
    ctx.result(text.toString());
  }

  /**
   * Cells as text. A cell a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage
   * return) gets a leading apostrophe: an alert title comes from data an adversary may have written.
   */
  static String[] cells(Object... values) {
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      String s = values[i] == null ? "" : String.valueOf(values[i]);
      if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
        s = "'" + s;
      }
      out[i] = s;
    }
    return out;
  }
}
