package io.tailwatch.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.tailwatch.detect.EvidenceLink;
import io.tailwatch.detect.Severity;
import io.tailwatch.flights.Leg;
import io.tailwatch.geo.WatchedArea;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.store.AuditLog;
import io.tailwatch.store.Store;
import io.tailwatch.surveillance.StateVector;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A case (the alerts about one flight) as a report an analyst files or prints to PDF: the flight and its map,
 * every alert with its evidence chain and sources as links, the entities cited, and the decisions taken. One
 * self-contained HTML page: styles inline, the map as inline SVG, no script, so it reads the same when saved
 * and opened elsewhere. Analysts only (it names people); written to the audit log.
 */
final class CaseReport {
  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  private static final String STYLE = """
      body{font:11pt/1.45 system-ui,sans-serif;color:#1d2330;max-width:60em;margin:2em auto;padding:0 1em}
      h1{font-size:18pt;margin:0 0 .2em}h2{font-size:14pt;border-bottom:1px solid #ccc;padding-bottom:.2em;
      margin-top:1.6em}h3{font-size:12pt;margin:1.2em 0 .3em}.meta{color:#555;font-size:10pt}
      table{border-collapse:collapse;width:100%;font-size:10pt}td,th{text-align:left;vertical-align:top;
      padding:3px 8px 3px 0;border-bottom:1px solid #eee}.sev{font-weight:bold;text-transform:uppercase}
      .critical{color:#b00020}.high{color:#e65100}.medium{color:#a67c00}.low{color:#607d8b}
      ol li{margin-bottom:.5em}.source{color:#555;font-size:9.5pt}.map{border:1px solid #ccc;margin:.5em 0}
      a{color:#1a4fa0}@media print{body{margin:0;max-width:none}a{color:inherit}h2{break-after:avoid}
      .alert{break-inside:avoid}}
      """;

  private final Store store;
  private final Knowledge knowledge;
  private final AlertIndex alerts;
  private final FlightApi flights;
  private final FlightFacts facts;
  private final Basemap basemap;
  private final List<WatchedArea> areas;

  CaseReport(Store store, Knowledge knowledge, AlertIndex alerts, FlightApi flights, FlightFacts facts,
      Basemap basemap, List<WatchedArea> areas) {
    this.store = store;
    this.knowledge = knowledge;
    this.alerts = alerts;
    this.flights = flights;
    this.facts = facts;
    this.basemap = basemap;
    this.areas = areas;
  }

  void register(Javalin app) {
    app.get("/api/cases/{id}/report.html", this::report, Access.ANALYST);
  }

  private void report(Context ctx) throws IOException {
    String caseId = ctx.pathParam("id");
    List<AlertIndex.Entry> entries = alerts.query(new AlertIndex.Query(null, null, null, null, null, caseId, null,
        null, null, null, null, false), 0, 1000).items();
    if (entries.isEmpty()) {
      throw ApiError.notFound("case", caseId);
    }
    Caller caller = Auth.caller(ctx);
    Knowledge.View view = knowledge.view();
    Leg leg = entries.get(0).leg();
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc("tailwatch case " + caseId)).append("</title><style>").append(STYLE).append("</style></head><body>");
    h.append("<h1>Case ").append(esc(caseId)).append("</h1><p class=\"meta\">").append(entries.size())
        .append(" alerts · report generated ").append(esc(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()))
        .append(" by ").append(esc(caller.name())).append(" with tailwatch</p>");
    if (leg != null) {
      flight(h, leg, view);
    }
    h.append("<h2>Alerts</h2>");
    Set<String> cited = new LinkedHashSet<>();
    for (AlertIndex.Entry e : entries) {
      alert(h, e, view, cited);
    }
    entities(h, cited, view);
    h.append("<p class=\"meta\">Sources are cited on each piece of evidence; each keeps its own terms. Base map: ")
        .append("Natural Earth (public domain).</p></body></html>");
    Set<String> people = new LinkedHashSet<>();
    for (String id : cited) {
      if (view.isPersonal(id)) {
        people.add(id);
      }
    }
    store.audit().record(caller.name(), AuditLog.EXPORT, "case", caseId,
        "case report" + (people.isEmpty() ? "" : "; people: " + String.join(", ", people)));
    for (String person : people) {
      if (view.graph().find(person).map(p -> p.is("Person")).orElse(false)) {
        store.audit().record(caller.name(), AuditLog.VIEW_PERSON, "entity", person, "case report " + caseId);
      }
    }
    ctx.header("Content-Security-Policy", CSP);
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(h.toString());
  }

  private void flight(StringBuilder h, Leg leg, Knowledge.View view) throws IOException {
    FlightFacts.Facts f = facts.of(leg, view.graph());
    h.append("<h2>Flight</h2><table>");
    row(h, "Callsign", leg.callsign());
    row(h, "Mode S address", leg.icao24Hex());
    row(h, "Aircraft", String.join(", ", f.aircraft().stream().map(Entity::caption).toList()));
    row(h, "Operators", String.join(", ", f.operators().values()));
    row(h, "From", airport(leg.origin(), leg.originInferred()));
    row(h, "To", airport(leg.destination(), leg.destinationInferred()));
    row(h, "Departure", leg.departure().toString());
    row(h, "Arrival", leg.arrival().toString());
    row(h, "Positions", leg.positions() + (leg.gaps().isEmpty() ? "" : ", " + leg.gaps().size()
        + " gaps in reception"));
    row(h, "Countries", String.join(", ", f.countries()));
    h.append("</table>");
    List<double[]> points = new ArrayList<>();
    for (StateVector v : flights.track(leg)) {
      points.add(new double[] {v.lat(), v.lon()});
    }
    Severity s = alerts.severityOfLeg(leg.id());
    String colour = s == null ? "#3267d6" : switch (s) {
      case CRITICAL -> "#b00020";
      case HIGH -> "#e65100";
      case MEDIUM -> "#c49000";
      case LOW -> "#607d8b";
    };
    List<Basemap.Ring> land = basemap.load("50m").or(() -> {
      try {
        return basemap.load("110m");
      } catch (IOException e) {
        return java.util.Optional.empty();
      }
    }).map(Basemap.Layer::rings).orElse(List.of());
    h.append("<div class=\"map\">").append(MapSvg.draw(land, areas, List.of(new MapSvg.Track(points, colour,
        leg.callsign() != null ? leg.callsign() : leg.icao24Hex())))).append("</div>");
    h.append("<p class=\"meta\">Track: ").append(points.size()).append(" positions; the dark dot is the first, ")
        .append("the coloured dot the last. Watched areas in red.</p>");
  }

  private String airport(String ident, boolean inferred) {
    if (ident == null) {
      return "not seen";
    }
    String name = facts.airportName(ident);
    return ident + (name != null ? " (" + name + ")" : "") + (inferred ? ", inferred from the last low position" : "");
  }

  private void alert(StringBuilder h, AlertIndex.Entry e, Knowledge.View view, Set<String> cited) {
    var a = e.stored().alert();
    String severity = a.severity().name().toLowerCase(Locale.ROOT);
    h.append("<div class=\"alert\"><h3><span class=\"sev ").append(severity).append("\">").append(severity)
        .append("</span> ").append(esc(a.title())).append("</h3><p class=\"meta\">").append(esc(a.detector()))
        .append(" · score ").append(String.format(Locale.ROOT, "%.2f", a.score())).append(" · ")
        .append(esc(a.time().toString())).append(a.count() > 1 ? " · seen " + a.count() + " times, last "
            + esc(a.lastTime().toString()) : "").append(" · status <strong>").append(esc(e.stored().status().key()))
        .append("</strong>");
    if (e.stored().statusBy() != null) {
      h.append(" by ").append(esc(e.stored().statusBy()));
    }
    if (e.stored().statusReason() != null) {
      h.append(" (").append(esc(e.stored().statusReason())).append(')');
    }
    h.append(" · id ").append(esc(a.id())).append("</p><ol>");
    for (EvidenceLink link : a.evidence()) {
      h.append("<li>").append(esc(link.claim())).append("<div class=\"source\">");
      if ("entity".equals(link.refType())) {
        cited.add(link.ref());
        h.append("entity ").append(esc(view.caption(link.ref()))).append(" (").append(esc(link.ref())).append(')');
      } else {
        h.append(esc(link.refType())).append(' ').append(esc(link.ref()));
      }
      h.append(" · source: ");
      String citation = link.source() == null ? "" : link.source().citation();
      String url = link.source() == null ? null : link.source().url();
      if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
        h.append("<a href=\"").append(esc(url)).append("\" rel=\"noreferrer\">").append(esc(citation)).append("</a>");
      } else {
        h.append(esc(citation));
      }
      if (link.date() != null) {
        h.append(" · dated ").append(esc(link.date()));
      }
      h.append("</div></li>");
    }
    h.append("</ol>");
    List<AuditLog.Entry> decisions = store.audit().list(new AuditLog.Filter(null, AuditLog.DECIDE_ALERT, "alert",
        a.id()), 50, 0);
    if (!decisions.isEmpty()) {
      h.append("<p class=\"meta\">Decisions: ");
      List<String> items = new ArrayList<>();
      for (AuditLog.Entry d : decisions) {
        items.add(esc(d.at().truncatedTo(ChronoUnit.SECONDS) + " " + d.user() + ": " + d.detail()));
      }
      h.append(String.join("; ", items)).append("</p>");
    }
    h.append("</div>");
  }

  private void entities(StringBuilder h, Set<String> cited, Knowledge.View view) {
    Map<String, Entity> parties = new LinkedHashMap<>();
    for (String id : cited) {
      view.graph().find(id).ifPresent(e -> {
        if (e.is("Interval")) {
          for (Object end : (List<?>) AlertApi.reference(e, view).get("ends")) {
            String endId = (String) ((Map<?, ?>) end).get("id");
            view.graph().find(endId).ifPresent(x -> parties.putIfAbsent(x.id(), x));
          }
        } else {
          parties.putIfAbsent(e.id(), e);
        }
      });
    }
    if (parties.isEmpty()) {
      return;
    }
    h.append("<h2>Entities cited</h2><table><tr><th>Name</th><th>Type</th><th>Sanctions</th><th>Sources</th></tr>");
    for (Entity e : parties.values()) {
      List<String> sanctions = new ArrayList<>();
      for (Entity s : view.graph().sanctions(e.id())) {
        Map<String, Object> m = EntityApi.sanction(s);
        sanctions.add((m.get("authority") == null ? "" : m.get("authority") + " ") + String.join(", ",
            (List<String>) m.get("program")) + (m.get("start") == null ? "" : " from " + m.get("start"))
            + (m.get("end") == null ? "" : " to " + m.get("end")));
      }
      h.append("<tr><td>").append(esc(e.caption())).append("<div class=\"source\">").append(esc(e.id()))
          .append("</div></td><td>").append(esc(e.schema())).append("</td><td>")
          .append(esc(String.join("; ", sanctions))).append("</td><td>").append(esc(String.join(", ", e.datasets())))
          .append("</td></tr>");
    }
    h.append("</table>");
  }

  private static void row(StringBuilder h, String label, String value) {
    h.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value == null ? "" : value))
        .append("</td></tr>");
  }

  static String esc(String s) {
    return TrackExport.xml(s);
  }
}
