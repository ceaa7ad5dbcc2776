package io.tailwatch.detect;

import io.tailwatch.flights.Airport;
import io.tailwatch.flights.Journey;
import io.tailwatch.flights.Leg;
import io.tailwatch.knowledge.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A journey that stops over in a watched country on the way between two other places, when either the journey
 * links two other watched countries through the stop (Tehran-Damascus-Caracas: both ends watched, in different
 * countries, neither the stop's) or the aircraft is of interest. A regular
 * service folds into one alert per route pattern with a count (see {@link Detection}).
 */
public final class StopoverDetector implements Detector {
  public static final String NAME = "stopover";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Alert> detect(DetectionInput input) {
    List<Alert> alerts = new ArrayList<>();
    for (Journey journey : input.journeys()) {
      if (journey.legs().size() < 2) {
        continue;
      }
      String from = country(input, journey.origin());
      String to = country(input, journey.destination());
      for (int i = 0; i + 1 < journey.legs().size(); i++) {
        Leg arriving = journey.legs().get(i);
        Leg leaving = journey.legs().get(i + 1);
        String stop = country(input, arriving.destination());
        if (stop == null || !input.rules().watchedCountries().contains(stop) || stop.equals(from) && stop.equals(to)) {
          continue;
        }
        // Tehran-Damascus-Caracas: the stop joins two other watched countries. One watched end is not enough: a
        // stop in Minsk between Moscow and Berlin is an ordinary itinerary, and so is every domestic one.
        boolean linksWatched = isWatchedOther(input, from, stop) && isWatchedOther(input, to, stop) && !from.equals(to);
        List<EvidenceLink> interest = WatchedAreaDetector.interest(input.graph(), arriving, input.rules().maxGraphSteps());
        if (!linksWatched && interest.isEmpty()) {
          continue;
        }
        String route = RouteDetector.route(journey);
        List<EvidenceLink> evidence = new ArrayList<>();
        journey.legs().forEach(l -> evidence.add(Subjects.flightEvidence(l)));
        long groundMinutes = java.time.Duration.between(arriving.arrival(), leaving.departure()).toMinutes();
        evidence.add(new EvidenceLink("Stopped " + groundMinutes + " min at " + arriving.destination() + " ("
            + stop + ", a watched country) between " + journey.origin() + " (" + from + ") and "
            + journey.destination() + " (" + to + ")", "airport", arriving.destination(),
            new Source("tailwatch surveillance", null, null, List.of("tracks")), arriving.arrival().toString()));
        evidence.addAll(interest);
        alerts.add(new Alert(Subjects.alertId(NAME, route + ":" + journey.first().id()), NAME, "flight",
            arriving.id(), arriving.id(), arriving.arrival(),
            Severity.MEDIUM, interest.isEmpty() ? 0.5 : 0.75,
            "Stopover in " + stop + " on " + route + " by " + arriving.icao24Hex(), evidence).withFoldKey(route));
      }
    }
    return alerts;
  }

  private static boolean isWatchedOther(DetectionInput input, String country, String stop) {
    return country != null && !country.equals(stop) && input.rules().watchedCountries().contains(country);
  }

  static String country(DetectionInput input, String ident) {
    Optional<Airport> a = input.airports().findByIdent(ident);
    return a.map(Airport::country).orElse(null);
  }
}
