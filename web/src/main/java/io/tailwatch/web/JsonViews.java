package io.tailwatch.web;

import io.tailwatch.detect.Alert;
import io.tailwatch.detect.EvidenceLink;
import io.tailwatch.flights.AddressConflict;
import io.tailwatch.flights.Gap;
import io.tailwatch.flights.Journey;
import io.tailwatch.flights.Leg;
import io.tailwatch.flights.RouteTable;
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
    m.put("callsigns", leg.callsigns());
    m.put("touch_and_goes", leg.touchAndGoes());
    List<Map<String, Object>> gaps = new ArrayList<>();
    for (Gap g : leg.gaps()) {
      gaps.add(gap(g));
    }
    m.put("gaps", gaps);
    List<Map<String, Object>> conflicts = new ArrayList<>();
    for (AddressConflict c : leg.conflicts()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("time", time(c.time()));
      cm.put("lat", c.lat());
      cm.put("lon", c.lon());
      cm.put("other_lat", c.otherLat());
      cm.put("other_lon", c.otherLon());
      cm.put("distance_km", Math.round(c.distanceKm() * 10) / 10.0);
      cm.put("reports", c.reports());
      conflicts.add(cm);
    }
    m.put("address_conflicts", conflicts);
    return m;
  }

  /** A transponder silence: where and when it went dark and reappeared, and the coverage verdict with its reason. */
  public static Map<String, Object> gap(Gap g) {
    Map<String, Object> gm = new LinkedHashMap<>();
    gm.put("start", time(g.start()));
    gm.put("start_lat", g.startLat());
    gm.put("start_lon", g.startLon());
    gm.put("end", time(g.end()));
    gm.put("end_lat", g.endLat());
    gm.put("end_lon", g.endLon());
    gm.put("duration_s", g.duration().toSeconds());
    gm.put("distance_km", Math.round(g.distanceKm() * 10) / 10.0);
    gm.put("suspicious", g.suspicious());
    gm.put("covered_share", Double.isNaN(g.coveredShare()) ? null : Math.round(g.coveredShare() * 100) / 100.0);
    gm.put("reason", g.reason());
    return gm;
  }

  /**
   * An origin-destination pair of one operator: when it was first and last flown, how often, its longest pause,
   * and whether it is new or re-opened after a pause at least as long as the rules' {@code route_pause_days}.
   */
  public static Map<String, Object> route(RouteTable.Route r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("operator", r.operator());
    m.put("origin", r.origin());
    m.put("destination", r.destination());
    m.put("first_flown", time(r.firstFlown()));
    m.put("last_flown", time(r.lastFlown()));
    m.put("flights", r.flights());
    m.put("longest_pause_days", Math.round(r.longestPause().toHours() / 24.0 * 10) / 10.0);
    m.put("longest_pause_ended", time(r.reopenedAt()));
    m.put("status", r.status() == null ? null : r.status().key());
    m.put("status_since", time(r.statusSince()));
    m.put("legs", r.legIds());
    return m;
  }

  /** Legs of one aircraft joined through short ground stops. */
  public static Map<String, Object> journey(Journey j) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("icao24", j.first().icao24Hex());
    m.put("callsign", j.first().callsign());
    m.put("origin", j.origin());
    m.put("stopovers", j.stopovers());
    m.put("destination", j.destination());
    m.put("departure", time(j.departure()));
    m.put("arrival", time(j.arrival()));
    List<Long> stops = new ArrayList<>();
    for (int i = 0; i + 1 < j.legs().size(); i++) {
      stops.add(java.time.Duration.between(j.legs().get(i).arrival(), j.legs().get(i + 1).departure()).toMinutes());
    }
    m.put("stop_minutes", stops);
    m.put("legs", j.legs().stream().map(Leg::id).toList());
    return m;
  }

  public static Map<String, Object> alert(StoredAlert stored) {
    Map<String, Object> m = alert(stored.alert());
    m.put("status", stored.status().key());
    m.put("status_reason", stored.statusReason());
    m.put("status_at", time(stored.statusAt()));
    m.put("status_by", stored.statusBy());
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
