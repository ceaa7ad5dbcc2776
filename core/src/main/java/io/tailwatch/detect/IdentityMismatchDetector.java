package io.tailwatch.detect;

import io.tailwatch.flights.AddressConflict;
import io.tailwatch.flights.Leg;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Extensions;
import io.tailwatch.knowledge.Relation;
import io.tailwatch.knowledge.Source;
import io.tailwatch.surveillance.AddressAllocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An aircraft whose signals do not fit its papers:
 * <ul>
 *   <li>its Mode S address was issued to a state other than the one it is registered in (a re-registered airframe
 *       still transmitting its old address: a Venezuelan 747 sending an Iranian address), from ICAO's allocation
 *       of address blocks and the Airplane's {@code country};
 *   <li>its callsign carries an airline designator other than those of the operators the graph gives it on the
 *       day of the flight;
 *   <li>its address was heard in two places at once (the flight tracker's {@link AddressConflict}s: a second
 *       transmitter with the same address, a cloned or mis-set transponder).
 * </ul>
 * The first two need the airframe in the graph (an unknown aircraft has no papers to contradict); the third does not.
 */
public final class IdentityMismatchDetector implements Detector {
  public static final String NAME = "identity-mismatch";
  static final String TWO_PLACES = "address heard in two places at once,";

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
      List<String> findings = new ArrayList<>();
      twoPlaces(leg, findings, evidence);
      for (Entity airplane : Subjects.airplanes(graph, leg)) {
        int before = findings.size();
        addressState(input.addresses(), airplane, leg, findings, evidence);
        callsignOperator(graph, airplane, leg, findings, evidence);
        if (findings.size() > before) {
          evidence.add(0, EvidenceLink.ofEntity("Mode S address " + leg.icao24Hex() + " belongs to "
              + Subjects.describe(airplane), airplane, null));
        }
      }
      if (findings.isEmpty()) {
        continue;
      }
      evidence.add(0, Subjects.flightEvidence(leg));
      boolean cloned = !leg.conflicts().isEmpty();
      alerts.add(new Alert(Subjects.alertId(NAME, leg.id()), NAME, "flight", leg.id(), leg.id(), leg.departure(),
          cloned ? Severity.HIGH : Severity.MEDIUM, cloned ? 0.8 : 0.6, "Identity mismatch: "
              + String.join("; ", findings) + " on " + Subjects.flightText(leg), evidence)
          .withFoldKey(leg.icao24Hex() + ":" + String.join("|", findings.stream()
              .map(f -> f.startsWith(TWO_PLACES) ? TWO_PLACES : f).toList())));
    }
    return alerts;
  }

  /** One address, two transmitters: reports from a place the leg's aircraft could not have been. */
  private static void twoPlaces(Leg leg, List<String> findings, List<EvidenceLink> evidence) {
    if (leg.conflicts().isEmpty()) {
      return;
    }
    AddressConflict first = leg.conflicts().get(0);
    findings.add(String.format(Locale.ROOT, "%s %.0f km apart at %s", TWO_PLACES, first.distanceKm(), first.time()));
    for (AddressConflict c : leg.conflicts()) {
      evidence.add(new EvidenceLink(String.format(Locale.ROOT, "At %s address %s was heard at %.3f, %.3f and, %d "
              + "times in agreement, at %.3f, %.3f, %.0f km away: no aircraft flies between them in the time",
          c.time(), leg.icao24Hex(), c.lat(), c.lon(), c.reports(), c.otherLat(), c.otherLon(), c.distanceKm()),
          "flight", leg.id(), new Source("tailwatch surveillance", null, c.time().toString(), List.of("tracks")),
          c.time().toString()));
    }
  }

  private static void addressState(AddressAllocation addresses, Entity airplane, Leg leg, List<String> findings,
      List<EvidenceLink> evidence) {
    String registered = airplane.first("country");
    if (addresses == null || registered == null) {
      return;
    }
    Optional<AddressAllocation.State> issuer = addresses.stateOf(leg.icao24());
    if (issuer.isEmpty() || issuer.get().iso2() == null) {
      return;
    }
    if (!issuer.get().iso2().equalsIgnoreCase(registered)) {
      findings.add("address " + leg.icao24Hex() + " was issued to " + issuer.get().country() + " but the aircraft is "
          + "registered in " + registered.toUpperCase(Locale.ROOT));
      evidence.add(new EvidenceLink("ICAO allocates Mode S addresses around " + leg.icao24Hex() + " to "
          + issuer.get().country() + " (" + issuer.get().iso2() + ")", "address", leg.icao24Hex(),
          new Source("ICAO Annex 10 Vol. III address allocation", null, null, List.of("icao-blocks")), null));
    }
  }

  private static void callsignOperator(EntityGraph graph, Entity airplane, Leg leg, List<String> findings,
      List<EvidenceLink> evidence) {
    String designator = Subjects.designator(leg.callsign());
    if (designator == null) {
      return;
    }
    LocalDate day = Subjects.day(leg);
    List<String> expected = new ArrayList<>();
    List<Relation> controls = Subjects.controllersOn(graph, airplane, day);
    for (Relation r : controls) {
      graph.find(r.sourceId()).ifPresent(op -> expected.addAll(op.extension(Extensions.ICAO_DESIGNATOR)));
    }
    if (expected.isEmpty() || expected.stream().anyMatch(designator::equalsIgnoreCase)) {
      return;
    }
    findings.add("callsign " + leg.callsign() + " uses designator " + designator + " but the operator's is "
        + String.join("/", expected));
    for (Relation r : controls) {
      evidence.add(Subjects.relationEvidence(graph, r));
    }
    graph.operatorsByDesignator(designator).stream().findFirst().ifPresent(other -> evidence.add(EvidenceLink.ofEntity(
        designator + " is the designator of " + other.caption(), other, null)));
  }
}
