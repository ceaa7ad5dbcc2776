package io.tailwatch.formats.manifest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.tailwatch.detect.ManifestEntry;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.Inputs;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a crew/passenger manifest CSV with a header. Columns (case-insensitive): {@code flight_date}
 * (YYYY-MM-DD), {@code registration} and/or {@code callsign} (at least one per row), {@code full_name},
 * {@code role} (crew or passenger), and optionally {@code nationality}, {@code date_of_birth} and
 * {@code declared_cargo_kg} (the cargo the flight declared, in kilograms; 0 for none).
 */
public final class ManifestCsvReader {
  public static final String HEADER = "flight_date,registration,callsign,full_name,role,nationality,date_of_birth";
  private static final Set<String> ROLES = Set.of("crew", "passenger");

  private ManifestCsvReader() {}

  public static List<ManifestEntry> read(Path file) throws IOException, InputFormatException {
    String name = file.toString();
    List<ManifestEntry> rows = new ArrayList<>();
    try (Reader reader = Inputs.utf8(file);
        CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
      for (NamedCsvRecord row : csv) {
        if (rows.isEmpty()) {
          for (String required : List.of("flight_date", "full_name", "role")) {
            if (!row.getHeader().contains(required)) {
              throw new InputFormatException(name, 1, "missing column '" + required + "'; a manifest has the header "
                  + HEADER);
            }
          }
        }
        rows.add(parse(row, name));
      }
    } catch (UncheckedIOException e) {
      throw new InputFormatException(name, 0, "cannot be read as UTF-8 text (" + e.getCause().getMessage() + ")");
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      throw new InputFormatException(name, 0, "not valid CSV: " + e.getMessage());
    }
    if (rows.isEmpty()) {
      throw new InputFormatException(name, 1, "no manifest rows: the file is empty or has only a header");
    }
    return rows;
  }

  private static ManifestEntry parse(NamedCsvRecord row, String file) throws InputFormatException {
    long line = row.getStartingLineNumber();
    if (row.getFieldCount() != row.getHeader().size()) {
      throw new InputFormatException(file, line, "expected " + row.getHeader().size() + " fields, found "
          + row.getFieldCount());
    }
    LocalDate date;
    String dateText = field(row, "flight_date");
    try {
      date = LocalDate.parse(dateText == null ? "" : dateText);
    } catch (DateTimeParseException e) {
      throw new InputFormatException(file, line, "'flight_date' must be YYYY-MM-DD, not '" + dateText + "'");
    }
    String fullName = field(row, "full_name");
    if (fullName == null) {
      throw new InputFormatException(file, line, "'full_name' is empty");
    }
    String role = field(row, "role");
    if (role == null || !ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      throw new InputFormatException(file, line, "'role' must be crew or passenger, not '" + role + "'");
    }
    String registration = field(row, "registration");
    String callsign = field(row, "callsign");
    if (registration == null && callsign == null) {
      throw new InputFormatException(file, line, "a row needs a 'registration' or a 'callsign' to tie it to a flight");
    }
    String cargoText = field(row, "declared_cargo_kg");
    Double cargoKg = null;
    if (cargoText != null) {
      try {
        cargoKg = Double.valueOf(cargoText);
      } catch (NumberFormatException e) {
        cargoKg = Double.NaN;
      }
      if (!(cargoKg >= 0) || cargoKg.isInfinite()) {
        throw new InputFormatException(file, line, "'declared_cargo_kg' must be a number of kilograms, 0 or more, not '"
            + cargoText + "'");
      }
    }
    return new ManifestEntry(date, registration, callsign, fullName, role.toLowerCase(Locale.ROOT),
        field(row, "nationality"), field(row, "date_of_birth"), file, (int) line, cargoKg);
  }

  private static String field(NamedCsvRecord row, String column) {
    String v = row.findField(column).orElse("").trim();
    return v.isEmpty() ? null : v;
  }
}
