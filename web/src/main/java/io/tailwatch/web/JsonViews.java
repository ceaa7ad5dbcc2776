package io.tailwatch.web;

import io.tailwatch.detect.Alert;
import io.tailwatch.detect.EvidenceLink;
import io.tailwatch.flights.Gap;
import io.tailwatch.flights.Leg;
import io.tailwatch.knowledge.Source;
import io.tailwatch.store.StoredAlert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of flights and alerts, the same in the CLI's JSON Lines and in the HTTP API: snake_case keys,
 * ISO-8601 UTC times, null where a value is unknown. Documented in docs/formats.md.
 */
public final class JsonViews {
  private JsonViews() {}

  public static Map<String, Object> leg(Leg leg) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", leg.id());
    m.put("icao24", leg.icao24Hex());
    m.put("callsign", leg.callsign());
    m.put("origin", leg.origin());
    m.put("origin_inferred", leg.originInferred());
    m.put("destination", leg.destination());
    m.put("destination_inferred", leg.destinationInferred());
    m.put("takeoff", time(leg.takeoff()));
    m.put("landing", time(leg.landing()));
    m.put("first_seen", time(leg.firstSeen()));
    m.put("last_seen", time(leg.lastSeen()));
    m.put("positions", leg.positions());
    List<Map<String, Object>> gaps = new ArrayList<>();
    for (Gap g : leg.gaps()) {
      Map<String, Object> gm = new LinkedHashMap<>();
      gm.put("start", time(g.start()));
      gm.put("start_lat", g.startLat());
      gm.put("start_lon", g.startLon());
      gm.put("end", time(g.end()));
      gm.put("end_lat", g.endLat());
      gm.put("end_lon", g.endLon());
      gm.put("duration_s", g.duration().toSeconds());
      gm.put("distance_km", Math.round(g.distanceKm() * 10) / 10.0);
      gaps.add(gm);
    }
    m.put("gaps", gaps);
    return m;
  }

  public static Map<String, Object> alert(StoredAlert stored) {
    Map<String, Object> m = alert(stored.alert());
    m.put("status", stored.status().key());
    m.put("status_reason", stored.statusReason());
    m.put("status_at", time(stored.statusAt()));
    return m;
  }

  public static Map<String, Object> alert(Alert a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("detector", a.detector());
    m.put("severity", a.severity().name().toLowerCase(java.util.Locale.ROOT));
    m.put("score", Math.round(a.score() * 1000) / 1000.0);
    m.put("time", time(a.time()));
    m.put("title", a.title());
    m.put("subject_type", a.subjectType());
    m.put("subject_id", a.subjectId());
    m.put("case_id", a.caseId());
    m.put("count", a.count());
    m.put("last_time", time(a.lastTime()));
    List<Map<String, Object>> evidence = new ArrayList<>();
    for (EvidenceLink link : a.evidence()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("claim", link.claim());
      e.put("ref_type", link.refType());
      e.put("ref", link.ref());
      e.put("date", link.date());
      e.put("source", source(link.source()));
      evidence.add(e);
    }
    m.put("evidence", evidence);
    return m;
  }

  public static Map<String, Object> source(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("publisher", s.publisher());
    m.put("url", s.url());
    m.put("date", s.date());
    m.put("datasets", s.datasets());
    m.put("citation", s.citation());
    return m;
  }

  static String time(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
