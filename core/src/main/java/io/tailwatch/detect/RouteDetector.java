package io.tailwatch.detect;

import io.tailwatch.flights.Airport;
import io.tailwatch.flights.Journey;
import io.tailwatch.knowledge.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A journey between two watched countries on a link that is new, or re-opened after a pause of at least
 * {@link DetectionRules#routePauseDays}: Mahan Air's Tehran-Caracas flight of April 2019, ten years after the
 * Tehran-Damascus-Caracas service stopped.
 *
 * <p>Links are undirected country pairs of a journey's end points, so stopovers do not hide them. "New" needs
 * at least a pause's worth of surveillance history before the journey: a link first seen on the first day of
 * the data is not new, we simply had not looked before.
 */
public final class RouteDetector implements Detector {
  public static final String NAME = "route-opened";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Alert> detect(DetectionInput input) {
    Duration pause = Duration.ofDays(input.rules().routePauseDays());
    Map<String, Journey> lastOnLink = new HashMap<>();
    List<Alert> alerts = new ArrayList<>();
    for (Journey journey : input.journeys()) {
      Optional<Airport> from = input.airports().findByIdent(journey.origin());
      Optional<Airport> to = input.airports().findByIdent(journey.destination());
      if (from.isEmpty() || to.isEmpty()) {
        continue;
      }
      String a = from.get().country();
      String b = to.get().country();
      if (a.equals(b) || !input.rules().watchedCountries().contains(a)
          || !input.rules().watchedCountries().contains(b)) {
        continue;
      }
      String link = a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
      Journey previous = lastOnLink.put(link, journey);
      Instant departure = journey.departure();
      String kind;
      List<EvidenceLink> evidence = new ArrayList<>();
      for (var leg : journey.legs()) {
        evidence.add(Subjects.flightEvidence(leg));
      }
      if (previous == null) {
        if (input.observedSince() == null || Duration.between(input.observedSince(), departure).compareTo(pause) < 0) {
          continue;
        }
        kind = "new";
        evidence.add(new EvidenceLink("No journey between " + a + " and " + b + " in surveillance history since "
            + input.observedSince(), "route", link, new Source("tailwatch surveillance", null, null, List.of("tracks")),
            departure.toString()));
      } else {
        Duration since = Duration.between(previous.arrival(), departure);
        if (since.compareTo(pause) < 0) {
          continue;
        }
        kind = "re-opened";
        evidence.add(new EvidenceLink("Previous journey on the link: " + route(previous) + " arriving "
            + previous.arrival() + ", " + since.toDays() + " days earlier", "flight", previous.last().id(),
            new Source("tailwatch surveillance", null, null, List.of("tracks")), previous.arrival().toString()));
      }
      String title = "Route " + a + "-" + b + " " + kind + ": " + route(journey)
          + (previous != null ? " (last flown " + previous.arrival().toString().substring(0, 10) + ")" : "");
      alerts.add(new Alert(Subjects.alertId(NAME, link + ":" + journey.first().id()), NAME, "route", link,
          journey.last().id(), departure, Severity.MEDIUM, kind.equals("new") ? 0.6 : 0.7, title, evidence));
    }
    return alerts;
  }

  static String route(Journey journey) {
    StringBuilder sb = new StringBuilder(journey.origin());
    for (String stop : journey.stopovers()) {
      sb.append('-').append(stop);
    }
    return sb.append('-').append(journey.destination()).toString();
  }
}
