package io.tailwatch.detect;

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
 *       day of the flight.
 * </ul>
 * Both need the airframe in the graph; an unknown aircraft has no papers to contradict.
 */
public final class IdentityMismatchDetector implements Detector {
  public static final String NAME = "identity-mismatch";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Alert> detect(DetectionInput input) {
    EntityGraph graph = input.graph();
    List<Alert> alerts = new ArrayList<>();
    for (Leg leg : input.legs()) {
      for (Entity airplane : Subjects.airplanes(graph, leg)) {
        List<EvidenceLink> evidence = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        addressState(input.addresses(), airplane, leg, findings, evidence);
        callsignOperator(graph, airplane, leg, findings, evidence);
        if (findings.isEmpty()) {
          continue;
        }
        evidence.add(0, EvidenceLink.ofEntity("Mode S address " + leg.icao24Hex() + " belongs to "
            + Subjects.describe(airplane), airplane, null));
        evidence.add(0, Subjects.flightEvidence(leg));
        alerts.add(new Alert(Subjects.alertId(NAME, leg.id()), NAME, "flight", leg.id(), leg.id(), leg.departure(),
            Severity.MEDIUM, 0.6, "Identity mismatch: " + String.join("; ", findings) + " on " + Subjects.flightText(leg),
            evidence).withFoldKey(leg.icao24Hex() + ":" + String.join("|", findings)));
      }
    }
    return alerts;
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
