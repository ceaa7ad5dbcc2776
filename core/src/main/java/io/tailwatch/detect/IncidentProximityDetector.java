package io.tailwatch.detect;

import io.tailwatch.flights.Airport;
import io.tailwatch.flights.Leg;
import io.tailwatch.geo.Geo;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.FtmDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An aircraft of interest arriving, within {@link DetectionRules#incidentWindowDays} after an incident an analyst
 * recorded, within {@link DetectionRules#incidentRadiusKm} of one of its places. Incidents are FtM {@code Event}
 * entities with a {@code date} and places given as {@code addressEntity} references to {@code Address} entities
 * with {@code latitude}/{@code longitude}: an analyst may record the scene and the places it concerns (Pecci was
 * killed in Colombia; the networks he prosecuted are in Ciudad del Este).
 */
public final class IncidentProximityDetector implements Detector {
  public static final String NAME = "incident-proximity";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Alert> detect(DetectionInput input) {
    EntityGraph graph = input.graph();
    List<Entity> incidents = graph.entities().stream().filter(e -> e.is("Event") && e.first("date") != null).toList();
    List<Alert> alerts = new ArrayList<>();
    if (incidents.isEmpty()) {
      return alerts;
    }
    for (Leg leg : input.legs()) {
      Optional<Airport> airport = input.airports().findByIdent(leg.destination());
      double lat = airport.map(Airport::lat).orElse(leg.lastLat());
      double lon = airport.map(Airport::lon).orElse(leg.lastLon());
      LocalDate arrived = leg.arrival().atZone(java.time.ZoneOffset.UTC).toLocalDate();
      for (Entity incident : incidents) {
        LocalDate date = FtmDate.start(incident.first("date"));
        long days = ChronoUnit.DAYS.between(date, arrived);
        if (date == null || days < 0 || days > input.rules().incidentWindowDays()) {
          continue;
        }
        for (String addressId : incident.values("addressEntity")) {
          Entity place = graph.find(addressId).orElse(null);
          if (place == null || place.first("latitude") == null || place.first("longitude") == null) {
            continue;
          }
          double km = Geo.distanceKm(lat, lon, Double.parseDouble(place.first("latitude")),
              Double.parseDouble(place.first("longitude")));
          if (km > input.rules().incidentRadiusKm()) {
            continue;
          }
          List<EvidenceLink> interest = WatchedAreaDetector.interest(graph, leg, input.rules().maxGraphSteps());
          if (interest.isEmpty()) {
            continue;
          }
          List<EvidenceLink> evidence = new ArrayList<>();
          evidence.add(Subjects.flightEvidence(leg));
          evidence.add(EvidenceLink.ofEntity(String.format(Locale.ROOT, "%s on %s; %s is %.0f km from %s, reached %d days later",
              incident.caption(), incident.first("date"), leg.destination() != null ? leg.destination() : "the arrival",
              km, place.caption(), days), incident, incident.first("date")));
          evidence.add(EvidenceLink.ofEntity("Place recorded for the incident: " + place.caption(), place, null));
          evidence.addAll(interest);
          alerts.add(new Alert(Subjects.alertId(NAME, leg.id() + ":" + incident.id()), NAME, "flight", leg.id(),
              leg.id(), leg.arrival(), Severity.MEDIUM, 0.6,
              "Aircraft of interest at " + place.caption() + " " + days + " days after: " + incident.caption(),
              evidence));
          break;
        }
      }
    }
    return alerts;
  }
}
