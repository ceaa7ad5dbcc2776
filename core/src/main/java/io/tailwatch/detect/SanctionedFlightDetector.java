package io.tailwatch.detect;

import io.tailwatch.flights.Leg;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Relation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A flight by an aircraft that was listed on the day it flew, or operated that day by a listed party: the
 * operator identified by the airframe's dated owner/operator relations or by the callsign's airline
 * designator (IRM is Mahan Air). A sanction that ended before the flight does not fire.
 */
public final class SanctionedFlightDetector implements Detector {
  public static final String NAME = "sanctioned-flight";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Alert> detect(DetectionInput input) {
    EntityGraph graph = input.graph();
    List<Alert> alerts = new ArrayList<>();
    for (Leg leg : input.legs()) {
      List<EvidenceLink> evidence = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      boolean aircraftListed = false;
      for (Entity airplane : Subjects.airplanes(graph, leg)) {
        for (Entity sanction : Subjects.bindingSanctions(input, airplane.id(), leg)) {
          if (evidence.isEmpty()) {
            evidence.add(identity(airplane, leg));
          }
          evidence.add(Subjects.sanctionEvidence(airplane, sanction));
          aircraftListed = true;
        }
        for (Relation control : Subjects.controllersOn(graph, airplane, Subjects.day(leg))) {
          Entity operator = graph.find(control.sourceId()).orElse(null);
          if (operator == null || !seen.add(operator.id())) {
            continue;
          }
          List<Entity> sanctions = Subjects.bindingSanctions(input, operator.id(), leg);
          if (!sanctions.isEmpty()) {
            if (!aircraftListed && evidence.isEmpty()) {
              evidence.add(identity(airplane, leg));
            }
            evidence.add(Subjects.relationEvidence(graph, control));
            sanctions.forEach(s -> evidence.add(Subjects.sanctionEvidence(operator, s)));
          }
        }
      }
      for (Entity operator : Subjects.operatorsByCallsign(graph, leg)) {
        if (!seen.add(operator.id())) {
          continue;
        }
        List<Entity> sanctions = Subjects.bindingSanctions(input, operator.id(), leg);
        if (!sanctions.isEmpty()) {
          evidence.add(EvidenceLink.ofEntity("Callsign " + leg.callsign() + " carries the ICAO designator "
              + Subjects.designator(leg.callsign()) + " of " + operator.caption(), operator, null));
          sanctions.forEach(s -> evidence.add(Subjects.sanctionEvidence(operator, s)));
        }
      }
      if (evidence.isEmpty()) {
        continue;
      }
      evidence.add(0, Subjects.flightEvidence(leg));
      String title = (aircraftListed ? "Listed aircraft flew: " : "Flight operated by a sanctioned party: ")
          + Subjects.flightText(leg);
      alerts.add(new Alert(Subjects.alertId(NAME, leg.id()), NAME, "flight", leg.id(), leg.id(), leg.departure(),
          aircraftListed ? Severity.CRITICAL : Severity.HIGH, aircraftListed ? 0.98 : 0.9, title, evidence));
    }
    return alerts;
  }

  private static EvidenceLink identity(Entity airplane, Leg leg) {
    return EvidenceLink.ofEntity("Mode S address " + leg.icao24Hex() + " belongs to " + Subjects.describe(airplane),
        airplane, null);
  }
}
