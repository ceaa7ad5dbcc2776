package io.tailwatch.detect;

import io.tailwatch.flights.Leg;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Relation;
import io.tailwatch.knowledge.Source;
import io.tailwatch.screening.ManifestScreening;
import io.tailwatch.screening.NameKind;
import io.tailwatch.screening.NameMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A person on a flight's manifest whose name matches (across spellings) a person the graph ties, within
 * {@link DetectionRules#maxGraphSteps} relations, to a party sanctioned on the day of the flight: the board
 * member of Qeshm Fars Air flying as crew of the Emtrasur 747.
 *
 * <p>Manifest rows are tied to flights by registration (through the airframe's Mode S addresses) or callsign,
 * and the flight date ({@link ManifestFlights}). Rows are screened as {@code tailwatch screen} screens them
 * ({@link ManifestScreening}: the name through an index, then birth date and nationality when the manifest gives
 * them), against the graph's people only.
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
    if (input.manifests().isEmpty()) {
      return List.of();
    }
    List<Entity> people = graph.entities().stream().filter(e -> e.is("Person")).toList();
    ManifestScreening screening = new ManifestScreening(people, Set.of());
    ManifestFlights flights = new ManifestFlights(input);
    List<Alert> alerts = new ArrayList<>();
    for (ManifestEntry row : input.manifests()) {
      Optional<Leg> flight = flights.flightOf(row);
      if (flight.isEmpty()) {
        continue;
      }
      Leg leg = flight.get();
      LocalDate day = Subjects.day(leg);
      // The best-scoring listed person the graph ties to a sanctioned party: a namesake without ties does not hide
      // one with them. Birth date and nationality, when the manifest gives them, weigh as in screening.
      ManifestScreening.Match match = null;
      Optional<List<Relation>> path = Optional.empty();
      for (ManifestScreening.Match m : screening.screen(query(row), input.rules().nameThreshold(), CANDIDATES)) {
        path = graph.pathToSanctioned(m.entity().id(), day, input.rules().maxGraphSteps());
        if (path.isPresent()) {
          match = m;
          break;
        }
      }
      if (match == null) {
        continue;
      }
      Entity bestPerson = match.entity();
      NameMatch best = match.name();
      List<EvidenceLink> evidence = new ArrayList<>();
      evidence.add(Subjects.flightEvidence(leg));
      evidence.add(new EvidenceLink("Manifest lists " + row.fullName() + " as " + row.role()
          + (row.nationality() != null ? " (" + row.nationality() + ")" : "") + " on " + row.flightDate(),
          "manifest", row.source() + ":" + row.line(), new Source(row.source(), null, null, List.of("manifests")),
          row.flightDate().toString()));
      evidence.add(EvidenceLink.ofEntity(String.format(Locale.ROOT, "Name '%s' matches '%s' (score %.2f: %s)%s",
          row.fullName(), best.listed(), match.score(), best.explain(), otherFeatures(match)), bestPerson, null));
      String last = bestPerson.id();
      for (Relation r : path.get()) {
        evidence.add(Subjects.relationEvidence(graph, r));
        last = r.otherEnd(last);
      }
      Entity listed = graph.find(last).orElseThrow();
      evidence.add(Subjects.sanctionEvidence(listed, graph.sanctionsOn(last, day).get(0)));
      String subject = leg.id() + ":" + bestPerson.id();
      alerts.add(new Alert(Subjects.alertId(NAME, subject), NAME, "person", bestPerson.id(), leg.id(),
          leg.departure(), Severity.HIGH, Alert.combine(match.score() * 0.9, 0.5), "Manifest of "
              + Subjects.flightText(leg) + " lists " + row.fullName() + ", tied to sanctioned " + listed.caption(),
          evidence));
    }
    return alerts;
  }

  private static final int CANDIDATES = 5;

  private static ManifestScreening.Query query(ManifestEntry row) {
    LocalDate born = null;
    if (row.dateOfBirth() != null) {
      try {
        born = LocalDate.parse(row.dateOfBirth());
      } catch (java.time.format.DateTimeParseException e) {
        born = null; // an unreadable date is no evidence either way
      }
    }
    return new ManifestScreening.Query(row.fullName(), NameKind.PERSON, born, row.nationality(), null);
  }

  /** The features beyond the name (birth date, nationality), as the evidence states them. */
  private static String otherFeatures(ManifestScreening.Match match) {
    StringBuilder text = new StringBuilder();
    for (ManifestScreening.Feature f : match.features()) {
      if (!f.name().equals("name")) {
        text.append("; ").append(f.name().replace('_', ' ')).append(' ').append(f.value());
      }
    }
    return text.toString();
  }
}
