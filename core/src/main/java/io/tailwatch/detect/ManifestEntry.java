package io.tailwatch.detect;

import java.time.LocalDate;

/**
 * One person on a crew or passenger manifest. {@code registration} or {@code callsign} ties it to a flight on
 * {@code flightDate}; {@code source} and {@code line} say where the row came from. {@code declaredCargoKg} is the
 * cargo the flight declared (the same on every row of a flight, or given on one), null when the manifest is silent.
 */
public record ManifestEntry(
    LocalDate flightDate,
    String registration,
    String callsign,
    String fullName,
    String role,
    String nationality,
    String dateOfBirth,
    String source,
    int line,
    Double declaredCargoKg) {

  /** A row that says nothing about cargo. */
  public ManifestEntry(LocalDate flightDate, String registration, String callsign, String fullName, String role,
      String nationality, String dateOfBirth, String source, int line) {
    this(flightDate, registration, callsign, fullName, role, nationality, dateOfBirth, source, line, null);
  }
}
