package io.tailwatch.web;

import io.tailwatch.flights.AirportIndex;
import io.tailwatch.flights.Callsigns;
import io.tailwatch.flights.Leg;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Relation;
import io.tailwatch.surveillance.AddressAllocation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the graph and the reference data say about a flight: its aircraft (by Mode S address), its operators on
 * the day (the airframe's dated owner/operator relations, and the airline of its callsign's designator), and the
 * countries it touches (its airports' countries and the state that issued its Mode S address).
 */
final class FlightFacts {
  private final AirportIndex airports;
  private final AddressAllocation addresses;

  FlightFacts(AirportIndex airports, AddressAllocation addresses) {
    this.airports = airports;
    this.addresses = addresses;
  }

  record Facts(List<Entity> aircraft, Map<String, String> operators, List<String> countries) {}

  Facts of(Leg leg, EntityGraph graph) {
    LocalDate day = leg.departure().atZone(ZoneOffset.UTC).toLocalDate();
    List<Entity> aircraft = graph.airplanesByModeS(leg.icao24Hex());
    Map<String, String> operators = new LinkedHashMap<>();
    for (Entity airplane : aircraft) {
      for (Relation r : graph.relations(airplane.id())) {
        String label = r.label().toLowerCase(Locale.ROOT);
        if (r.targetId().equals(airplane.id()) && label.contains("operat") && r.heldOn(day)) {
          graph.find(r.sourceId()).ifPresent(o -> operators.put(o.id(), o.caption()));
        }
      }
    }
    for (Entity o : graph.operatorsByDesignator(Callsigns.designator(leg.callsign()))) {
      operators.put(o.id(), o.caption());
    }
    return new Facts(aircraft, operators, countries(leg));
  }

  List<String> countries(Leg leg) {
    Set<String> out = new LinkedHashSet<>();
    if (airports != null) {
      for (String ident : new String[] {leg.origin(), leg.destination()}) {
        if (ident != null) {
          airports.findByIdent(ident).ifPresent(a -> out.add(a.country()));
        }
      }
    }
    if (addresses != null) {
      addresses.stateOf(leg.icao24()).ifPresent(s -> {
        if (s.iso2() != null) {
          out.add(s.iso2());
        }
      });
    }
    return new ArrayList<>(out);
  }

  /** ISO code of the state that issued a Mode S address, or null. */
  String stateOf(int icao24) {
    return addresses == null ? null : addresses.stateOf(icao24).map(AddressAllocation.State::iso2).orElse(null);
  }

  String airportName(String ident) {
    return ident == null || airports == null ? null : airports.findByIdent(ident).map(a -> a.name()).orElse(null);
  }
}
