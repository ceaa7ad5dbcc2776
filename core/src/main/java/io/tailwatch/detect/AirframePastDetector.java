package io.tailwatch.detect;

import io.tailwatch.flights.Leg;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Relation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A flight by an airframe that was earlier owned or operated by a party sanctioned then or now: the Emtrasur
 * 747 YV3531 was Mahan Air's EP-MND. The airframe is one entity across its registrations, so the past follows
 * it; ownership and operation that ended before the flight are the ones reported here (current control is
 * {@link SanctionedFlightDetector}'s business).
 */
public final class AirframePastDetector implements Detector {
  public static final String NAME = "airframe-past";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Alert> detect(DetectionInput input) {
    EntityGraph graph = input.graph();
    List<Alert> alerts = new ArrayList<>();
    for (Leg leg : input.legs()) {
      LocalDate day = Subjects.day(leg);
      for (Entity airplane : Subjects.airplanes(graph, leg)) {
        List<EvidenceLink> evidence = new ArrayList<>();
        java.util.Set<String> citedSanctions = new java.util.HashSet<>();
        for (Relation past : graph.relations(airplane.id())) {
          if (!past.targetId().equals(airplane.id()) || !Subjects.isControl(past) || !past.endedBefore(day)) {
            continue;
          }
          Entity party = graph.find(past.sourceId()).orElse(null);
          if (party == null) {
            continue;
          }
          List<Entity> sanctions = graph.sanctionsOn(party.id(), day);
          if (sanctions.isEmpty()) {
            sanctions = graph.sanctionsOn(party.id(), past.end());
          }
          if (!sanctions.isEmpty()) {
            evidence.add(Subjects.relationEvidence(graph, past));
            if (citedSanctions.add(sanctions.get(0).id())) {
              evidence.add(Subjects.sanctionEvidence(party, sanctions.get(0)));
            }
          }
        }
        if (evidence.isEmpty()) {
          continue;
        }
        evidence.add(0, EvidenceLink.ofEntity("Mode S address " + leg.icao24Hex() + " belongs to "
            + Subjects.describe(airplane) + ", registrations " + String.join(", ", registrations(airplane)),
            airplane, null));
        evidence.add(0, Subjects.flightEvidence(leg));
        alerts.add(new Alert(Subjects.alertId(NAME, leg.id()), NAME, "flight", leg.id(), leg.id(), leg.departure(),
            Severity.HIGH, 0.85, "Airframe formerly controlled by a sanctioned party: " + Subjects.flightText(leg),
            evidence));
      }
    }
    return alerts;
  }

  private static List<String> registrations(Entity airplane) {
    java.util.Set<String> marks = new java.util.LinkedHashSet<>(airplane.values("registrationNumber"));
    marks.addAll(airplane.extension(io.tailwatch.knowledge.Extensions.PREVIOUS_REGISTRATION));
    return new ArrayList<>(marks);
  }
}
