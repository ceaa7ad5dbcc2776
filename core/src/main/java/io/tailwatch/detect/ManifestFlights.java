package io.tailwatch.detect;

import io.tailwatch.flights.Leg;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.Extensions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Ties manifest rows to the legs they were on: the leg of the row's flight date flown under its callsign, or by an
 * airframe the graph knows under its registration (through the airframe's Mode S addresses). Legs are filed by
 * day once, so a day of 100,000 legs and thousands of rows costs a lookup per row, not a scan.
 */
final class ManifestFlights {
  private final DetectionInput input;
  private final Map<String, Leg> byDayAndCallsign = new HashMap<>();
  private final Map<String, Leg> byDayAndAddress = new HashMap<>();

  ManifestFlights(DetectionInput input) {
    this.input = input;
    for (Leg leg : input.legs()) {
      LocalDate day = Subjects.day(leg);
      if (leg.callsign() != null) {
        byDayAndCallsign.putIfAbsent(day + " " + leg.callsign().toUpperCase(Locale.ROOT), leg);
      }
      byDayAndAddress.putIfAbsent(day + " " + leg.icao24Hex().toLowerCase(Locale.ROOT), leg);
    }
  }

  /** The first leg of the row's day under its callsign, else by its registration's airframe; empty when none. */
  Optional<Leg> flightOf(ManifestEntry row) {
    if (row.flightDate() == null) {
      return Optional.empty();
    }
    if (row.callsign() != null) {
      Leg leg = byDayAndCallsign.get(row.flightDate() + " " + row.callsign().toUpperCase(Locale.ROOT));
      if (leg != null) {
        return Optional.of(leg);
      }
    }
    if (row.registration() == null) {
      return Optional.empty();
    }
    List<String> addresses = new ArrayList<>();
    for (Entity airplane : input.graph().airplanesByRegistration(row.registration())) {
      addresses.addAll(airplane.extension(Extensions.MODE_S));
    }
    Leg first = null;
    for (String address : addresses) {
      Leg leg = byDayAndAddress.get(row.flightDate() + " " + address.toLowerCase(Locale.ROOT));
      if (leg != null && (first == null || leg.departure().isBefore(first.departure()))) {
        first = leg;
      }
    }
    return Optional.ofNullable(first);
  }
}
