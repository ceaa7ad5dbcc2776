package io.tailwatch.formats.airports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.tailwatch.flights.Airport;
import io.tailwatch.flights.Runway;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.Inputs;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads OurAirports' {@code airports.csv} and {@code runways.csv} (public domain) into airports with their
 * runways. Runways join airports on {@code airport_ident}; closed runways are kept and flagged. About 86,000
 * airports and 48,000 runways load in well under a second.
 */
public final class OurAirportsReader {
  private OurAirportsReader() {}

  public static List<Airport> read(Path airportsCsv, Path runwaysCsv) throws IOException, InputFormatException {
    Map<String, List<Runway>> runways = runwaysCsv == null ? Map.of() : readRunways(runwaysCsv);
    List<Airport> airports = new ArrayList<>(90_000);
    forEach(airportsCsv, row -> {
      String ident = row.getField("ident");
      airports.add(new Airport(ident, row.getField("type"), row.getField("name"),
          number(row, "latitude_deg"), number(row, "longitude_deg"), number(row, "elevation_ft"),
          row.getField("iso_country"), row.getField("municipality"), emptyToNull(row.findField("iata_code").orElse("")),
          runways.getOrDefault(ident, List.of())));
    });
    return airports;
  }

  private static Map<String, List<Runway>> readRunways(Path file) throws IOException, InputFormatException {
    Map<String, List<Runway>> byAirport = new HashMap<>();
    forEach(file, row -> byAirport.computeIfAbsent(row.getField("airport_ident"), k -> new ArrayList<>(2))
        .add(new Runway(row.getField("le_ident"), row.getField("he_ident"),
            number(row, "le_latitude_deg"), number(row, "le_longitude_deg"),
            number(row, "he_latitude_deg"), number(row, "he_longitude_deg"),
            number(row, "le_heading_degT"), number(row, "length_ft"), "1".equals(row.getField("closed")))));
    return byAirport;
  }

  private interface RowHandler {
    void accept(NamedCsvRecord row) throws InputFormatException;
  }

  private static void forEach(Path file, RowHandler handler) throws IOException, InputFormatException {
    try (Reader reader = Inputs.utf8(file);
        CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
      for (NamedCsvRecord row : csv) {
        try {
          handler.accept(row);
        } catch (RuntimeException e) {
          throw new InputFormatException(file.toString(), row.getStartingLineNumber(),
              "not an OurAirports row: " + e.getMessage());
        }
      }
    } catch (UncheckedIOException e) {
      throw new InputFormatException(file.toString(), 0, "cannot be read as UTF-8 text");
    }
  }

  private static double number(NamedCsvRecord row, String column) {
    String v = row.findField(column).orElse("");
    if (v.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
