package io.tailwatch.web;

import io.tailwatch.detect.EvidenceLink;
import io.tailwatch.flights.Leg;
import io.tailwatch.store.StoredAlert;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alerts as each audience may read them. Analysts see everything; viewers see that an alert exists, how severe it
 * is and which flight it concerns, but not the people in it: the title of an alert about a person, and evidence
 * resting on a manifest or on a person's entity, are withheld.
 */
final class AlertViews {
  static final String WITHHELD = "withheld: personal data, analysts only";

  private AlertViews() {}

  /** Whether an alert names or rests on a person. */
  static boolean isPersonal(StoredAlert stored, Knowledge.View knowledge) {
    if ("person".equals(stored.alert().subjectType())) {
      return true;
    }
    for (EvidenceLink link : stored.alert().evidence()) {
      if (isPersonal(link, knowledge)) {
        return true;
      }
    }
    return false;
  }

  static boolean isPersonal(EvidenceLink link, Knowledge.View knowledge) {
    return "manifest".equals(link.refType()) || "entity".equals(link.refType()) && knowledge.isPersonal(link.ref());
  }

  /** A list item: the alert without its evidence, with what the index knows of its flight. */
  static Map<String, Object> summary(AlertIndex.Entry entry, boolean seesPeople) {
    StoredAlert stored = entry.stored();
    Map<String, Object> m = JsonViews.alert(stored);
    m.remove("evidence");
    m.put("evidence_count", stored.alert().evidence().size());
    facts(m, entry);
    if (entry.personal() && !seesPeople) {
      withholdPerson(m, entry);
    }
    return m;
  }

  /** The whole alert with its evidence chain, withheld links marked. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> detail(AlertIndex.Entry entry, Knowledge.View knowledge, boolean seesPeople) {
    StoredAlert stored = entry.stored();
    Map<String, Object> m = JsonViews.alert(stored);
    facts(m, entry);
    if (!seesPeople && entry.personal()) {
      withholdPerson(m, entry);
      List<Map<String, Object>> evidence = (List<Map<String, Object>>) m.get("evidence");
      List<EvidenceLink> links = stored.alert().evidence();
      for (int i = 0; i < links.size(); i++) {
        if (isPersonal(links.get(i), knowledge)) {
          Map<String, Object> e = evidence.get(i);
          e.put("claim", WITHHELD);
          e.put("ref", null);
          e.put("withheld", true);
          Map<String, Object> source = new LinkedHashMap<>();
          source.put("publisher", null);
          source.put("url", null);
          source.put("date", null);
          source.put("datasets", List.of());
          source.put("citation", WITHHELD);
          e.put("source", source);
        }
      }
    }
    return m;
  }

  private static void facts(Map<String, Object> m, AlertIndex.Entry entry) {
    Leg leg = entry.leg();
    m.put("status_by", entry.stored().statusBy());
    m.put("icao24", leg == null ? null : leg.icao24Hex());
    m.put("callsign", leg == null ? null : leg.callsign());
    m.put("origin", leg == null ? null : leg.origin());
    m.put("destination", leg == null ? null : leg.destination());
    List<Map<String, Object>> operators = new ArrayList<>();
    entry.operators().forEach((id, caption) -> operators.add(Map.of("id", id, "caption", caption)));
    m.put("operators", operators);
    m.put("countries", entry.countries());
    m.put("personal", entry.personal());
  }

  private static void withholdPerson(Map<String, Object> m, AlertIndex.Entry entry) {
    Leg leg = entry.leg();
    String flight = leg == null ? "" : " on flight " + (leg.callsign() != null ? leg.callsign() + " " : "")
        + (leg.origin() != null ? leg.origin() : "?") + "-" + (leg.destination() != null ? leg.destination() : "?")
        + " " + leg.departure().toString().substring(0, 10);
    m.put("title", entry.stored().alert().detector() + flight + " (" + WITHHELD + ")");
    if ("person".equals(entry.stored().alert().subjectType())) {
      m.put("subject_id", null);
    }
    m.put("status_reason", entry.stored().statusReason() == null ? null : WITHHELD);
  }
}
