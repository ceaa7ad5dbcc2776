package io.tailwatch.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.tailwatch.detect.ManifestEntry;
import io.tailwatch.detect.Severity;
import io.tailwatch.flights.Leg;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.Extensions;
import io.tailwatch.store.AuditLog;
import io.tailwatch.store.Store;
import io.tailwatch.surveillance.StateVector;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Flights and positions: legs by aircraft and time window, one leg with its track, its manifest (analysts), the
 * traffic of a period for the map's replay, and tracks as GeoJSON and KML.
 */
final class FlightApi {
  static final Duration LONGEST_REPLAY = Duration.ofDays(7);
  static final Duration LONGEST_EXPORT = Duration.ofDays(31);
  static final int MAX_TRAFFIC_POINTS = 500_000;
  private static final Duration TRACK_MARGIN = Duration.ofMinutes(10);

  private final Store store;
  private final Knowledge knowledge;
  private final AlertIndex alerts;
  private final FlightFacts facts;

  FlightApi(Store store, Knowledge knowledge, AlertIndex alerts, FlightFacts facts) {
    this.store = store;
    this.knowledge = knowledge;
    this.alerts = alerts;
    this.facts = facts;
  }

  void register(Javalin app) {
    app.get("/api/flights", this::list, Access.VIEWER);
    app.get("/api/flights/{id}", this::flight, Access.VIEWER);
    app.get("/api/flights/{id}/manifest", this::manifest, Access.ANALYST);
    app.get("/api/traffic", this::traffic, Access.VIEWER);
    app.get("/api/export/tracks.geojson", ctx -> {
      ctx.header("Content-Disposition", "attachment; filename=\"tailwatch-tracks.geojson\"");
      ctx.contentType("application/geo+json");
      ctx.result(Params.JSON.writeValueAsBytes(TrackExport.geoJson(exportTracks(ctx))));
    }, Access.VIEWER);
    app.get("/api/export/tracks.kml", ctx -> {
      ctx.header("Content-Disposition", "attachment; filename=\"tailwatch-tracks.kml\"");
      ctx.contentType("application/vnd.google-earth.kml+xml; charset=utf-8");
      ctx.result(TrackExport.kml(exportTracks(ctx)));
    }, Access.VIEWER);
  }

  Leg legOr404(String id) {
    return store.leg(id).orElseThrow(() -> ApiError.notFound("flight", id));
  }

  /** Mode S addresses of the {@code icao24} parameter, or of the airplane named by {@code aircraft}. */
  private List<String> addresses(Context ctx) {
    String icao24 = Params.text(ctx, "icao24");
    String aircraft = Params.text(ctx, "aircraft");
    if (icao24 != null) {
      if (!icao24.matches("[0-9a-fA-F]{6}")) {
        throw ApiError.badRequest("'icao24' must be six hex digits");
      }
      return List.of(icao24.toLowerCase(Locale.ROOT));
    }
    if (aircraft != null) {
      Knowledge.View view = knowledge.view();
      List<Entity> found = new ArrayList<>(view.graph().find(aircraft).stream().toList());
      found.addAll(view.graph().airplanesByRegistration(aircraft));
      List<String> out = new ArrayList<>();
      for (Entity e : found) {
        out.addAll(e.extension(Extensions.MODE_S).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
      }
      if (found.isEmpty()) {
        throw ApiError.notFound("aircraft", aircraft);
      }
      return out.stream().distinct().toList();
    }
    return null;
  }

  private void list(Context ctx) {
    List<String> addresses = addresses(ctx);
    Instant from = Params.time(ctx, "from", Instant.EPOCH);
    Instant to = Params.time(ctx, "to", Instant.parse("9999-12-31T00:00:00Z"));
    int limit = Params.integer(ctx, "limit", 100, 1, 1000);
    List<Leg> legs = new ArrayList<>();
    if (addresses == null) {
      legs.addAll(store.legs(null, from, to, limit));
    } else {
      for (String a : addresses) {
        legs.addAll(store.legs(a, from, to, limit));
      }
      legs.sort((a, b) -> a.departure().compareTo(b.departure()));
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Leg leg : legs.subList(0, Math.min(limit, legs.size()))) {
      out.add(summary(leg));
    }
    ctx.json(Map.of("items", out, "limit", limit));
  }

  Map<String, Object> summary(Leg leg) {
    Map<String, Object> m = JsonViews.leg(leg);
    Severity severity = alerts.severityOfLeg(leg.id());
    m.put("severity", severity == null ? null : severity.name().toLowerCase(Locale.ROOT));
    return m;
  }

  private void flight(Context ctx) {
    Leg leg = legOr404(ctx.pathParam("id"));
    Map<String, Object> out = summary(leg);
    Knowledge.View view = knowledge.view();
    FlightFacts.Facts f = facts.of(leg, view.graph());
    List<Map<String, Object>> aircraft = new ArrayList<>();
    f.aircraft().forEach(a -> aircraft.add(Map.of("id", a.id(), "caption", a.caption())));
    out.put("aircraft", aircraft);
    List<Map<String, Object>> operators = new ArrayList<>();
    f.operators().forEach((id, caption) -> operators.add(Map.of("id", id, "caption", caption)));
    out.put("operators", operators);
    out.put("countries", f.countries());
    out.put("origin_name", facts.airportName(leg.origin()));
    out.put("destination_name", facts.airportName(leg.destination()));
    out.put("alerts", alertSummaries(leg, Auth.caller(ctx)));
    List<List<Object>> track = new ArrayList<>();
    for (StateVector v : track(leg)) {
      track.add(List.of(v.lat(), v.lon(), Double.isNaN(v.altitude()) ? 0 : Math.round(v.altitude()), v.timeMs() / 1000));
    }
    out.put("track", track);
    ctx.json(out);
  }

  List<Object> alertSummaries(Leg leg, Caller caller) {
    List<Object> out = new ArrayList<>();
    AlertIndex.Page page = alerts.query(new AlertIndex.Query(null, null, null, null, null, leg.id(), null, null, null,
        null, null, false), 0, 500);
    for (AlertIndex.Entry e : page.items()) {
      out.add(AlertViews.summary(e, caller.seesPeople()));
    }
    return out;
  }

  /** Positions of a leg (with a margin either side, so the ground roll shows), those with a position. */
  List<StateVector> track(Leg leg) {
    List<StateVector> out = new ArrayList<>();
    for (StateVector v : store.track(leg.icao24(), leg.firstSeen().minus(TRACK_MARGIN),
        leg.lastSeen().plus(TRACK_MARGIN))) {
      if (v.hasPosition()) {
        out.add(v);
      }
    }
    return out;
  }

  /** Manifest rows of the flight's day naming its registration (current or earlier) or its callsign. */
  private void manifest(Context ctx) {
    Leg leg = legOr404(ctx.pathParam("id"));
    Set<String> registrations = new HashSet<>();
    for (Entity a : knowledge.view().graph().airplanesByModeS(leg.icao24Hex())) {
      a.values("registrationNumber").forEach(r -> registrations.add(normal(r)));
      a.extension(Extensions.PREVIOUS_REGISTRATION).forEach(r -> registrations.add(normal(r)));
    }
    Set<LocalDate> days = new HashSet<>(List.of(leg.departure().atZone(ZoneOffset.UTC).toLocalDate(),
        leg.arrival().atZone(ZoneOffset.UTC).toLocalDate()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ManifestEntry m : store.manifests()) {
      boolean sameFlight = m.registration() != null && registrations.contains(normal(m.registration()))
          || m.callsign() != null && leg.callsign() != null && normal(m.callsign()).equals(normal(leg.callsign()));
      if (days.contains(m.flightDate()) && sameFlight) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("flight_date", m.flightDate().toString());
        r.put("registration", m.registration());
        r.put("callsign", m.callsign());
        r.put("full_name", m.fullName());
        r.put("role", m.role());
        r.put("nationality", m.nationality());
        r.put("date_of_birth", m.dateOfBirth());
        r.put("source", m.source());
        r.put("line", m.line());
        rows.add(r);
      }
    }
    store.audit().record(Auth.caller(ctx).name(), AuditLog.VIEW_MANIFEST, "flight", leg.id(), rows.size() + " rows");
    ctx.json(Map.of("flight", leg.id(), "items", rows));
  }

  private static String normal(String s) {
    return s.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /**
   * Every aircraft's positions in a window, one per {@code step} seconds (by default so that an aircraft has at
   * most about 500 points), with the flights in the window and the worst alert on each: what the map replays.
   */
  private void traffic(Context ctx) {
    Instant from = Params.time(ctx, "from", null);
    Instant to = Params.time(ctx, "to", null);
    if (from == null || to == null || !to.isAfter(from)) {
      throw ApiError.badRequest("'from' and 'to' are required, 'to' after 'from'");
    }
    if (Duration.between(from, to).compareTo(LONGEST_REPLAY) > 0) {
      throw ApiError.badRequest("a replay covers at most " + LONGEST_REPLAY.toDays() + " days");
    }
    long span = Duration.between(from, to).toSeconds();
    int step = Params.integer(ctx, "step", (int) Math.max(10, span / 500), 1, 3600);
    List<StateVector> points;
    try {
      points = store.traffic(from, to, step * 1000L, MAX_TRAFFIC_POINTS);
    } catch (IllegalArgumentException tooMany) {
      throw ApiError.badRequest(tooMany.getMessage());
    }
    Map<Integer, Map<String, Object>> byAircraft = new LinkedHashMap<>();
    for (StateVector v : points) {
      Map<String, Object> a = byAircraft.computeIfAbsent(v.icao24(), k -> aircraft(v));
      if (a.get("callsign") == null && v.callsign() != null) {
        a.put("callsign", v.callsign());
      }
      @SuppressWarnings("unchecked")
      List<Object> p = (List<Object>) a.get("points");
      p.add(new Object[] {v.timeMs() / 1000, Math.round(v.lat() * 1e4) / 1e4, Math.round(v.lon() * 1e4) / 1e4,
          Double.isNaN(v.altitude()) ? 0 : Math.round(v.altitude())});
    }
    for (Leg leg : store.legs(null, from, to, 100_000)) {
      Map<String, Object> a = byAircraft.get(leg.icao24());
      if (a == null) {
        continue;
      }
      Severity s = alerts.severityOfLeg(leg.id());
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("id", leg.id());
      l.put("from", leg.firstSeen().getEpochSecond());
      l.put("to", leg.lastSeen().getEpochSecond());
      l.put("severity", s == null ? null : s.name().toLowerCase(Locale.ROOT));
      @SuppressWarnings("unchecked")
      List<Object> legs = (List<Object>) a.get("legs");
      legs.add(l);
      if (s != null && (a.get("severity") == null || Severity.valueOf(((String) a.get("severity"))
          .toUpperCase(Locale.ROOT)).compareTo(s) < 0)) {
        a.put("severity", s.name().toLowerCase(Locale.ROOT));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", from.toString());
    out.put("to", to.toString());
    out.put("step_s", step);
    out.put("points", points.size());
    out.put("aircraft", byAircraft.values());
    ctx.json(out);
  }

  private Map<String, Object> aircraft(StateVector v) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("icao24", v.icao24Hex());
    a.put("callsign", v.callsign());
    a.put("state", facts.stateOf(v.icao24()));
    a.put("severity", null);
    a.put("legs", new ArrayList<>());
    a.put("points", new ArrayList<>());
    return a;
  }

  /** The legs to export: {@code flight=ID}, or an aircraft's legs in a window of at most 31 days. */
  private List<TrackExport.LegTrack> exportTracks(Context ctx) {
    String flight = Params.text(ctx, "flight");
    List<Leg> legs = new ArrayList<>();
    if (flight != null) {
      legs.add(legOr404(flight));
    } else {
      List<String> addresses = addresses(ctx);
      Instant from = Params.time(ctx, "from", null);
      Instant to = Params.time(ctx, "to", null);
      if (addresses == null || from == null || to == null || !to.isAfter(from)) {
        throw ApiError.badRequest("give 'flight', or 'icao24' (or 'aircraft') with 'from' and 'to'");
      }
      if (Duration.between(from, to).compareTo(LONGEST_EXPORT) > 0) {
        throw ApiError.badRequest("an export covers at most " + LONGEST_EXPORT.toDays() + " days");
      }
      for (String a : addresses) {
        legs.addAll(store.legs(a, from, to, 1000));
      }
    }
    List<TrackExport.LegTrack> out = new ArrayList<>();
    for (Leg leg : legs) {
      out.add(new TrackExport.LegTrack(leg, track(leg)));
    }
    return out;
  }
}
