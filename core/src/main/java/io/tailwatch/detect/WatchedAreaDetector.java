package io.tailwatch.detect;

import io.tailwatch.flights.Airport;
import io.tailwatch.flights.Leg;
import io.tailwatch.geo.WatchedArea;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Relation;
import io.tailwatch.knowledge.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A landing inside a watched area by an aircraft of interest: one the graph ties, within
 * {@link DetectionRules#maxGraphSteps} relations (past ones included), to a party sanctioned on the day, or
 * whose callsign names a sanctioned operator. Ordinary traffic into the same area is not reported: the
 * Tri-Border Area has scheduled flights every day.
 */
public final class WatchedAreaDetector implements Detector {
  public static final String NAME = "watched-area";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Alert> detect(DetectionInput input) {
    EntityGraph graph = input.graph();
    List<Alert> alerts = new ArrayList<>();
    for (Leg leg : input.legs()) {
      double lat = leg.lastLat();
      double lon = leg.lastLon();
      Optional<Airport> airport = input.airports().findByIdent(leg.destination());
      if (airport.isPresent()) {
        lat = airport.get().lat();
        lon = airport.get().lon();
      }
      for (WatchedArea area : input.areas()) {
        if (!area.contains(lat, lon)) {
          continue;
        }
        List<EvidenceLink> ties = interest(graph, leg, input.rules().maxGraphSteps());
        if (ties.isEmpty()) {
          continue;
        }
        List<EvidenceLink> evidence = new ArrayList<>();
        evidence.add(Subjects.flightEvidence(leg));
        evidence.add(new EvidenceLink("Arrived " + (leg.destination() != null ? "at " + leg.destination() + " " : "")
            + "inside watched area " + area.name() + ": " + area.reason(), "area", area.id(),
            new Source(area.source(), null, null, List.of("areas")), leg.arrival().toString()));
        evidence.addAll(ties);
        alerts.add(new Alert(Subjects.alertId(NAME, leg.id() + ":" + area.id()), NAME, "flight", leg.id(), leg.id(),
            leg.arrival(), Severity.MEDIUM, 0.7, "Aircraft of interest visited " + area.name() + ": "
                + Subjects.flightText(leg), evidence));
      }
    }
    return alerts;
  }

  /** Why the aircraft is of interest, as evidence; empty when it is not. */
  static List<EvidenceLink> interest(EntityGraph graph, Leg leg, int maxSteps) {
    LocalDate day = Subjects.day(leg);
    for (Entity airplane : Subjects.airplanes(graph, leg)) {
      Optional<List<Relation>> path = graph.pathToSanctioned(airplane.id(), day, maxSteps);
      if (path.isPresent()) {
        List<EvidenceLink> evidence = new ArrayList<>();
        evidence.add(EvidenceLink.ofEntity("Mode S address " + leg.icao24Hex() + " belongs to "
            + Subjects.describe(airplane), airplane, null));
        String last = airplane.id();
        for (Relation r : path.get()) {
          evidence.add(Subjects.relationEvidence(graph, r));
          last = r.otherEnd(last);
        }
        Entity listed = graph.find(last).orElseThrow();
        evidence.add(Subjects.sanctionEvidence(listed, graph.sanctionsOn(last, day).get(0)));
        return evidence;
      }
    }
    for (Entity operator : Subjects.operatorsByCallsign(graph, leg)) {
      List<Entity> sanctions = graph.sanctionsOn(operator.id(), day);
      if (!sanctions.isEmpty()) {
        return List.of(Subjects.sanctionEvidence(operator, sanctions.get(0)));
      }
    }
    return List.of();
  }
}
