package io.tailwatch.detect;

import io.tailwatch.flights.Leg;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Relation;
import io.tailwatch.knowledge.Source;
import io.tailwatch.screening.NameIndex;
import io.tailwatch.screening.NameKind;
import io.tailwatch.screening.NameMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A person on a flight's manifest whose name matches (across spellings) a person the graph ties, within
 * {@link DetectionRules#maxGraphSteps} relations, to a party sanctioned on the day of the flight: the board
 * member of Qeshm Fars Air flying as crew of the Emtrasur 747.
 *
 * <p>Manifest rows are tied to flights by registration (through the airframe's Mode S addresses) or callsign,
 * and the flight date. People's names are looked up in a {@link NameIndex}, so a row is scored only against the
 * few names that share its parts.
 */
public final class CrewMatchDetector implements Detector {
  public static final String NAME = "crew-match";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Alert> detect(DetectionInput input) {
    EntityGraph graph = input.graph();
    List<Entity> people = new ArrayList<>();
    NameIndex.Builder names = new NameIndex.Builder();
    for (Entity person : graph.entities()) {
      if (person.is("Person")) {
        for (String name : person.allNames()) {
          names.add(name, NameKind.UNKNOWN);
          people.add(person);
        }
      }
    }
    NameIndex index = input.manifests().isEmpty() ? null : names.build();
    List<Alert> alerts = new ArrayList<>();
    for (ManifestEntry row : input.manifests()) {
      Optional<Leg> flight = flightOf(row, input);
      if (flight.isEmpty()) {
        continue;
      }
      Leg leg = flight.get();
      LocalDate day = Subjects.day(leg);
      List<NameIndex.Hit> hits = index.search(row.fullName(), NameKind.UNKNOWN, input.rules().nameThreshold());
      NameMatch best = hits.isEmpty() ? null : hits.get(0).match();
      Entity bestPerson = hits.isEmpty() ? null : people.get(hits.get(0).entry());
      if (best == null || best.score() < input.rules().nameThreshold()) {
        continue;
      }
      Optional<List<Relation>> path = graph.pathToSanctioned(bestPerson.id(), day, input.rules().maxGraphSteps());
      if (path.isEmpty()) {
        continue;
      }
      List<EvidenceLink> evidence = new ArrayList<>();
      evidence.add(Subjects.flightEvidence(leg));
      evidence.add(new EvidenceLink("Manifest lists " + row.fullName() + " as " + row.role()
          + (row.nationality() != null ? " (" + row.nationality() + ")" : "") + " on " + row.flightDate(),
          "manifest", row.source() + ":" + row.line(), new Source(row.source(), null, null, List.of("manifests")),
          row.flightDate().toString()));
      evidence.add(EvidenceLink.ofEntity(String.format(Locale.ROOT, "Name '%s' matches '%s' (score %.2f: %s)",
          row.fullName(), best.listed(), best.score(), best.explain()), bestPerson, null));
      String last = bestPerson.id();
      for (Relation r : path.get()) {
        evidence.add(Subjects.relationEvidence(graph, r));
        last = r.otherEnd(last);
      }
      Entity listed = graph.find(last).orElseThrow();
      evidence.add(Subjects.sanctionEvidence(listed, graph.sanctionsOn(last, day).get(0)));
      String subject = leg.id() + ":" + bestPerson.id();
      alerts.add(new Alert(Subjects.alertId(NAME, subject), NAME, "person", bestPerson.id(), leg.id(),
          leg.departure(), Severity.HIGH, Alert.combine(best.score() * 0.9, 0.5), "Manifest of "
              + Subjects.flightText(leg) + " lists " + row.fullName() + ", tied to sanctioned " + listed.caption(),
          evidence));
    }
    return alerts;
  }

  static Optional<Leg> flightOf(ManifestEntry row, DetectionInput input) {
    List<String> addresses = new ArrayList<>();
    for (Entity airplane : input.graph().airplanesByRegistration(row.registration())) {
      addresses.addAll(airplane.extension(io.tailwatch.knowledge.Extensions.MODE_S));
    }
    for (Leg leg : input.legs()) {
      LocalDate day = Subjects.day(leg);
      if (!day.equals(row.flightDate())) {
        continue;
      }
      boolean byCallsign = row.callsign() != null && row.callsign().equalsIgnoreCase(leg.callsign());
      boolean byAirframe = addresses.stream().anyMatch(a -> a.equalsIgnoreCase(leg.icao24Hex()));
      if (byCallsign || byAirframe) {
        return Optional.of(leg);
      }
    }
    return Optional.empty();
  }
}
