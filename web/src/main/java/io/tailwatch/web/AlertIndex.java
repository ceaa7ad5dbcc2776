package io.tailwatch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tailwatch.detect.EvidenceLink;
import io.tailwatch.detect.Severity;
import io.tailwatch.flights.Leg;
import io.tailwatch.store.AlertStatus;
import io.tailwatch.store.Store;
import io.tailwatch.store.StoredAlert;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every alert in memory, sorted, with what the queue filters on (operators and countries of its flight, the
 * entities it cites) and its list item already written as JSON for each audience: the alert list, the page's most
 * frequent request, is a filter over an array and a copy of bytes, without a database query.
 *
 * <p>Readers take the current immutable snapshot; changes (decisions, detection runs, new knowledge) build a new
 * one. A few changed alerts are reloaded one by one; many, or a changed graph, rebuild the whole index.
 */
final class AlertIndex {
  private static final int REBUILD_ABOVE = 50;

  /** One alert and what is known about it; {@code summary*} are its list items as JSON. */
  record Entry(StoredAlert stored, Leg leg, Map<String, String> operators, List<String> countries,
      Set<String> entityIds, boolean personal, byte[] summaryForAnalysts, byte[] summaryForViewers) {
    String id() {
      return stored.alert().id();
    }
  }

  /** What the queue asks for; null fields match anything. Lists hold alternatives. */
  record Query(List<String> detectors, List<AlertStatus> statuses, List<Severity> severities, String operator,
      String country, String caseId, String subject, String entity, String icao24, Instant from, Instant to,
      boolean byTime) {}

  record Page(int total, List<Entry> items) {}

  private record Snapshot(long knowledgeRevision, List<Entry> sorted, Map<String, Entry> byId,
      Map<String, Severity> severityByLeg) {}

  private static final Comparator<Entry> BY_SEVERITY = Comparator
      .comparing((Entry e) -> e.stored().alert().severity()).reversed()
      .thenComparing(e -> e.stored().alert().time(), Comparator.reverseOrder())
      .thenComparing(Entry::id);
  private static final Comparator<Entry> BY_TIME = Comparator
      .comparing((Entry e) -> e.stored().alert().time(), Comparator.reverseOrder())
      .thenComparing(e -> e.stored().alert().severity(), Comparator.reverseOrder())
      .thenComparing(Entry::id);

  private final Store store;
  private final Knowledge knowledge;
  private final FlightFacts flights;
  private volatile Snapshot snapshot;

  AlertIndex(Store store, Knowledge knowledge, FlightFacts flights) {
    this.store = store;
    this.knowledge = knowledge;
    this.flights = flights;
  }

  private Snapshot snapshot() {
    Snapshot s = snapshot;
    if (s != null && s.knowledgeRevision() == store.knowledgeRevision()) {
      return s;
    }
    synchronized (this) {
      if (snapshot == null || snapshot.knowledgeRevision() != store.knowledgeRevision()) {
        rebuild();
      }
      return snapshot;
    }
  }

  /** Re-reads changed alerts; returns their new entries (those that still exist). */
  synchronized List<Entry> refresh(Collection<String> ids) {
    if (snapshot == null || ids.size() > REBUILD_ABOVE) {
      rebuild();
      List<Entry> out = new ArrayList<>();
      ids.forEach(id -> find(id).ifPresent(out::add));
      return out;
    }
    Knowledge.View view = knowledge.view();
    Map<String, Entry> byId = new LinkedHashMap<>(snapshot.byId());
    List<Entry> changed = new ArrayList<>();
    for (String id : ids) {
      Optional<StoredAlert> stored = store.alert(id);
      if (stored.isPresent()) {
        Leg leg = store.leg(stored.get().alert().caseId()).orElse(null);
        Entry e = entry(stored.get(), leg, view);
        byId.put(id, e);
        changed.add(e);
      } else {
        byId.remove(id);
      }
    }
    publish(view.revision(), byId.values());
    return changed;
  }

  private void rebuild() {
    Knowledge.View view = knowledge.view();
    List<StoredAlert> all = store.alerts(null);
    Map<String, Leg> legs = store.legs(all.stream().map(a -> a.alert().caseId()).toList());
    List<Entry> entries = new ArrayList<>(all.size());
    for (StoredAlert a : all) {
      entries.add(entry(a, legs.get(a.alert().caseId()), view));
    }
    publish(view.revision(), entries);
  }

  private void publish(long revision, Collection<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(BY_SEVERITY);
    Map<String, Entry> byId = new LinkedHashMap<>();
    Map<String, Severity> byLeg = new HashMap<>();
    for (Entry e : sorted) {
      byId.put(e.id(), e);
      if (e.leg() != null && e.stored().status() != AlertStatus.DISMISSED) {
        byLeg.merge(e.leg().id(), e.stored().alert().severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    snapshot = new Snapshot(revision, List.copyOf(sorted), byId, byLeg);
  }

  private Entry entry(StoredAlert stored, Leg leg, Knowledge.View view) {
    Map<String, String> operators = new LinkedHashMap<>();
    List<String> countries = List.of();
    Set<String> entityIds = new LinkedHashSet<>();
    if (!"flight".equals(stored.alert().subjectType()) && !"route".equals(stored.alert().subjectType())) {
      entityIds.add(stored.alert().subjectId());
    }
    for (EvidenceLink link : stored.alert().evidence()) {
      if ("entity".equals(link.refType())) {
        entityIds.add(link.ref());
        view.graph().find(link.ref()).ifPresent(e -> {
          entityIds.add(e.id());
          for (String p : new String[] {"entity", "owner", "asset", "director", "organization", "subject", "object"}) {
            entityIds.addAll(e.values(p));
          }
        });
      }
    }
    if (leg != null) {
      FlightFacts.Facts facts = flights.of(leg, view.graph());
      operators.putAll(facts.operators());
      countries = facts.countries();
      facts.aircraft().forEach(a -> entityIds.add(a.id()));
      entityIds.addAll(operators.keySet());
    }
    boolean personal = AlertViews.isPersonal(stored, view);
    Entry draft = new Entry(stored, leg, operators, countries, entityIds, personal, null, null);
    try {
      byte[] full = Params.JSON.writeValueAsBytes(AlertViews.summary(draft, true));
      byte[] redacted = personal ? Params.JSON.writeValueAsBytes(AlertViews.summary(draft, false)) : full;
      return new Entry(stored, leg, operators, countries, entityIds, personal, full, redacted);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write alert " + stored.alert().id(), e);
    }
  }

  Optional<Entry> find(String id) {
    return Optional.ofNullable(snapshot().byId().get(id));
  }

  /** Worst severity of the alerts on a flight that are not dismissed, or null: the colour of its track. */
  Severity severityOfLeg(String legId) {
    return snapshot().severityByLeg().get(legId);
  }

  List<Entry> all() {
    return snapshot().sorted();
  }

  Page query(Query q, int offset, int limit) {
    List<Entry> matching = new ArrayList<>();
    Predicate<Entry> test = matcher(q);
    for (Entry e : snapshot().sorted()) {
      if (test.test(e)) {
        matching.add(e);
      }
    }
    if (q.byTime()) {
      matching.sort(BY_TIME);
    }
    int from = Math.min(offset, matching.size());
    return new Page(matching.size(), matching.subList(from, Math.min(matching.size(), from + limit)));
  }

  /** Counts of alerts by detector, status, severity, operator and country: the queue's filter choices. */
  Map<String, Map<String, Integer>> facets() {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (String f : List.of("detector", "status", "severity", "operator", "country")) {
      out.put(f, new TreeMap<>());
    }
    for (Entry e : snapshot().sorted()) {
      out.get("detector").merge(e.stored().alert().detector(), 1, Integer::sum);
      out.get("status").merge(e.stored().status().key(), 1, Integer::sum);
      out.get("severity").merge(e.stored().alert().severity().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
      e.operators().values().forEach(o -> out.get("operator").merge(o, 1, Integer::sum));
      e.countries().forEach(c -> out.get("country").merge(c, 1, Integer::sum));
    }
    return out;
  }

  private static Predicate<Entry> matcher(Query q) {
    String operator = q.operator() == null ? null : q.operator().toLowerCase(Locale.ROOT);
    return e -> {
      var a = e.stored().alert();
      return (q.detectors() == null || q.detectors().contains(a.detector()))
          && (q.statuses() == null || q.statuses().contains(e.stored().status()))
          && (q.severities() == null || q.severities().contains(a.severity()))
          && (operator == null || e.operators().entrySet().stream().anyMatch(o -> o.getKey().equals(q.operator())
              || o.getValue().toLowerCase(Locale.ROOT).contains(operator)))
          && (q.country() == null || e.countries().stream().anyMatch(c -> c.equalsIgnoreCase(q.country())))
          && (q.caseId() == null || q.caseId().equals(a.caseId()))
          && (q.subject() == null || q.subject().equals(a.subjectId()))
          && (q.entity() == null || e.entityIds().contains(q.entity()))
          && (q.icao24() == null || e.leg() != null && e.leg().icao24Hex().equalsIgnoreCase(q.icao24()))
          && (q.from() == null || !a.lastTime().isBefore(q.from()))
          && (q.to() == null || !a.time().isAfter(q.to()));
    };
  }

  /** A page of list items as one JSON document, copied from the entries' stored bytes. */
  static byte[] pageJson(Page page, int offset, int limit, boolean seesPeople) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + page.items().size() * 700);
    out.writeBytes(("{\"total\":" + page.total() + ",\"offset\":" + offset + ",\"limit\":" + limit + ",\"items\":[")
        .getBytes(StandardCharsets.UTF_8));
    boolean first = true;
    for (Entry e : page.items()) {
      if (!first) {
        out.write(',');
      }
      first = false;
      out.writeBytes(seesPeople ? e.summaryForAnalysts() : e.summaryForViewers());
    }
    out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
