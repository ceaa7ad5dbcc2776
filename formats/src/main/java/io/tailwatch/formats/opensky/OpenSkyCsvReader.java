package io.tailwatch.formats.opensky;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.Inputs;
import io.tailwatch.surveillance.Icao24;
import io.tailwatch.surveillance.StateVector;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads OpenSky state vectors in the historical archive's CSV form (plain or gzip):
 * {@code time,icao24,lat,lon,velocity,heading,vertrate,callsign,onground,alert,spi,squawk,baroaltitude,
 * geoaltitude,lastposupdate,lastcontact}. Columns are found by header name, so order does not matter;
 * {@code time} and {@code icao24} are required, the rest may be empty or absent.
 *
 * <p>A malformed row stops the read with an {@link InputFormatException} naming the file, line and field: the
 * caller stores nothing of a file that is not wholly valid.
 */
public final class OpenSkyCsvReader {
  public static final List<String> COLUMNS = List.of("time", "icao24", "lat", "lon", "velocity", "heading",
      "vertrate", "callsign", "onground", "alert", "spi", "squawk", "baroaltitude", "geoaltitude", "lastposupdate",
      "lastcontact");

  private OpenSkyCsvReader() {}

  public static List<StateVector> read(Path file) throws IOException, InputFormatException {
    List<StateVector> out = new ArrayList<>();
    read(file, out::add);
    return out;
  }

  public static void read(Path file, Consumer<StateVector> sink) throws IOException, InputFormatException {
    String name = file.toString();
    try (Reader reader = Inputs.utf8(file);
        CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
      boolean any = false;
      for (NamedCsvRecord row : csv) {
        if (!any) {
          for (String required : List.of("time", "icao24")) {
            if (!row.getHeader().contains(required)) {
              throw new InputFormatException(name, 1, "missing column '" + required + "'; an OpenSky state-vector "
                  + "CSV has the header " + String.join(",", COLUMNS));
            }
          }
          any = true;
        }
        sink.accept(parse(row, name));
      }
      if (!any) {
        throw new InputFormatException(name, 1, "no state vectors: the file is empty or has only a header");
      }
    } catch (UncheckedIOException e) {
      throw new InputFormatException(name, 0, "cannot be read as UTF-8 text (" + e.getCause().getMessage() + ")");
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      throw new InputFormatException(name, 0, "not valid CSV: " + e.getMessage());
    }
  }

  private static StateVector parse(NamedCsvRecord row, String file) throws InputFormatException {
    long line = row.getStartingLineNumber();
    if (row.getFieldCount() != row.getHeader().size()) {
      throw new InputFormatException(file, line, "expected " + row.getHeader().size() + " fields, found "
          + row.getFieldCount());
    }
    Field f = new Field(row, file, line);
    double time = f.number("time");
    if (Double.isNaN(time)) {
      throw new InputFormatException(file, line, "'time' is empty; it must be Unix seconds");
    }
    int icao24;
    try {
      icao24 = Icao24.parse(row.getField("icao24"));
    } catch (IllegalArgumentException e) {
      throw new InputFormatException(file, line, e.getMessage());
    }
    double lat = f.number("lat");
    double lon = f.number("lon");
    if (!Double.isNaN(lat) && (lat < -90 || lat > 90) || !Double.isNaN(lon) && (lon < -180 || lon > 180)) {
      throw new InputFormatException(file, line, "position out of range: lat " + lat + ", lon " + lon);
    }
    String callsign = f.text("callsign");
    return new StateVector(Math.round(time * 1000), icao24, lat, lon, f.number("velocity"), f.number("heading"),
        f.number("vertrate"), callsign == null ? null : callsign.trim(), f.bool("onground"), f.text("squawk"),
        f.number("baroaltitude"), f.number("geoaltitude"));
  }

  /** Typed access to optional columns with errors that name the column. */
  private record Field(NamedCsvRecord row, String file, long line) {
    String text(String column) {
      String v = row.findField(column).orElse("");
      return v.isEmpty() ? null : v;
    }

    double number(String column) throws InputFormatException {
      String v = text(column);
      if (v == null) {
        return Double.NaN;
      }
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new InputFormatException(file, line, "'" + column + "' is not a number: '" + abbreviate(v) + "'");
      }
    }

    boolean bool(String column) throws InputFormatException {
      String v = text(column);
      if (v == null) {
        return false;
      }
      return switch (v.toLowerCase(Locale.ROOT)) {
        case "true", "1" -> true;
        case "false", "0" -> false;
        default -> throw new InputFormatException(file, line, "'" + column + "' must be true or false, not '"
            + abbreviate(v) + "'");
      };
    }
  }

  static String abbreviate(String v) {
    return v.length() > 40 ? v.substring(0, 40) + "..." : v;
  }
}
