package io.tailwatch.detect;

import java.time.LocalDate;

/**
 * One person on a crew or passenger manifest. {@code registration} or {@code callsign} ties it to a flight on
 * {@code flightDate}; {@code source} and {@code line} say where the row came from.
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
    int line) {}
