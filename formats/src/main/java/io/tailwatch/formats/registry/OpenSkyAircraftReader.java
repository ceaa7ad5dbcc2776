package io.tailwatch.formats.registry;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.Inputs;
import io.tailwatch.formats.lists.Countries;
import io.tailwatch.formats.lists.ListDates;
import io.tailwatch.formats.ofac.SdnToFtm;
import io.tailwatch.formats.text.CsvHeader;
import io.tailwatch.formats.text.CsvRows;
import io.tailwatch.formats.text.StrictText;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.Extensions;
import io.tailwatch.surveillance.Icao24;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads an aircraft registry CSV as the OpenSky Network's aircraft database publishes it, in either of its
 * forms: the older {@code aircraftDatabase.csv} ({@code icao24,registration,manufacturericao,manufacturername,
 * model,typecode,serialnumber,linenumber,icaoaircrafttype,operator,operatorcallsign,operatoricao,operatoriata,
 * owner,...,built,...}, double quotes) and the newer {@code aircraft-database-complete-YYYY-MM.csv}
 * (camelCase names such as {@code serialNumber}, {@code operatorIcao}, {@code prevReg}, {@code country}, single
 * quotes). Columns are found by name, ignoring case and punctuation, so order and spelling variants do not matter;
 * only {@code icao24} is required. Gzip is recognised by content.
 *
 * <p>Each row with anything beyond its address becomes an Airplane {@code opensky-<icao24>}: the address as the
 * {@link Extensions#MODE_S} extension, {@code registrationNumber}, {@code serialNumber}, line number as the
 * {@value Extensions#CONSTRUCTION_NUMBER} extension, {@code manufacturer}, {@code model}, ICAO type designator as
 * {@code icaoCode}, {@code buildDate}, {@code registrationDate}, registering {@code country}, earlier
 * registrations as {@link Extensions#PREVIOUS_REGISTRATION}. The operator becomes a Company (its ICAO designator
 * as {@link Extensions#ICAO_DESIGNATOR}) linked by an UnknownLink with role "operator"; the owner a LegalEntity
 * linked by an Ownership. Rows whose icao24 is not six hex digits are skipped and counted, as the database has
 * some; broken files (encoding, huge fields, truncation) are refused.
 *
 * <p>Streaming: memory is one row plus one id per operator and owner; the full database (about 500,000 rows)
 * reads in seconds.
 */
public final class OpenSkyAircraftReader {
  public static final String DATASET = "opensky_aircraft_db";
  public static final String PUBLISHER = "OpenSky Network aircraft database";
  public static final String SOURCE_URL = "https://opensky-network.org/datasets/metadata/";
  static final int SKIPPED_EXAMPLES = 10;

  private OpenSkyAircraftReader() {}

  public static RegistryEntities read(Path file, LocalDate snapshotDate) throws IOException, InputFormatException {
    List<Entity> out = new ArrayList<>();
    int[] counts = new int[2];
    List<String> examples = new ArrayList<>();
    read(file, snapshotDate, out::add, counts, examples);
    return new RegistryEntities(snapshotDate, out, counts[0], counts[1], examples);
  }

  /** Streams the entities; returns the number of rows read. */
  public static int read(Path file, LocalDate snapshotDate, Consumer<Entity> sink)
      throws IOException, InputFormatException {
    int[] counts = new int[2];
    read(file, snapshotDate, sink, counts, new ArrayList<>());
    return counts[0];
  }

  private static void read(Path file, LocalDate date, Consumer<Entity> sink, int[] counts, List<String> examples)
      throws IOException, InputFormatException {
    String name = file.toString();
    Fleet fleet = new Fleet("opensky-", DATASET, PUBLISHER, SOURCE_URL, date, sink);
    CsvHeader[] header = new CsvHeader[1];
    CsvRows.read(file, StrictText.Encoding.UTF8, ',', quoteOf(file), record -> {
      if (header[0] == null) {
        header[0] = new CsvHeader(record);
        if (!header[0].has("icao24")) {
          throw new InputFormatException(name, record.getStartingLineNumber(), "missing column 'icao24'; not an "
              + "aircraft database CSV (header: " + String.join(",", header[0].names()) + ")");
        }
        return;
      }
      counts[0]++;
      String skip = row(header[0], record, fleet, sink);
      if (skip != null) {
        counts[1]++;
        if (examples.size() < SKIPPED_EXAMPLES) {
          examples.add("line " + record.getStartingLineNumber() + ": " + skip);
        }
      }
    });
    if (header[0] == null) {
      throw new InputFormatException(name, 1, "the file is empty");
    }
  }

  /** Maps one row; returns why it was skipped, or null. */
  private static String row(CsvHeader h, CsvRecord r, Fleet fleet, Consumer<Entity> sink) {
    String address = h.get(r, "icao24");
    int icao24;
    try {
      icao24 = Icao24.parse(address == null ? "" : address);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    String hex = Icao24.format(icao24);
    Entity.Builder plane = fleet.airplane(hex);
    String registration = h.get(r, "registration");
    plane.add("registrationNumber", registration == null ? null : registration.toUpperCase(Locale.ROOT));
    plane.add("serialNumber", h.get(r, "serialnumber"));
    plane.extension(Extensions.CONSTRUCTION_NUMBER, h.get(r, "linenumber"));
    String manufacturer = h.get(r, "manufacturername");
    plane.add("manufacturer", manufacturer != null ? manufacturer : h.get(r, "manufacturericao"));
    plane.add("model", h.get(r, "model"));
    plane.add("icaoCode", h.get(r, "typecode"));
    plane.add("buildDate", ListDates.one(h.get(r, "built")));
    plane.add("registrationDate", ListDates.one(h.get(r, "registered")));
    String country = h.get(r, "country");
    if (country != null) {
      Countries.code(country).ifPresentOrElse(c -> plane.add("country", c), () -> plane.add("notes",
          "Country: " + country));
    }
    String previous = h.get(r, "prevreg");
    plane.extension(Extensions.PREVIOUS_REGISTRATION, previous == null ? null : previous.toUpperCase(Locale.ROOT));
    plane.add("notes", h.get(r, "notes"));
    String status = h.get(r, "status");
    plane.add("notes", status == null ? null : "Status: " + status);
    String aircraftClass = h.has("icaoaircraftclass") ? h.get(r, "icaoaircraftclass") : h.get(r, "icaoaircrafttype");
    plane.add("notes", aircraftClass == null ? null : "ICAO aircraft class " + aircraftClass);
    String operator = h.get(r, "operator");
    String designator = h.get(r, "operatoricao");
    String owner = h.get(r, "owner");
    Entity airplane = plane.build();
    // Rows with nothing but the address are the database's placeholders, not facts.
    if (airplane.properties().keySet().stream().allMatch(k -> k.equals("publisher") || k.equals("sourceUrl")
        || k.equals("retrievedAt")) && operator == null && designator == null && owner == null) {
      return null;
    }
    sink.accept(airplane);
    List<String> notes = new ArrayList<>();
    if (h.get(r, "operatorcallsign") != null) {
      notes.add("radio callsign " + h.get(r, "operatorcallsign"));
    }
    if (h.get(r, "operatoriata") != null) {
      notes.add("IATA code " + h.get(r, "operatoriata"));
    }
    fleet.operator(airplane.id(), operator, designator == null || designator.length() != 3 ? null : designator,
        notes.isEmpty() ? null : String.join(", ", notes));
    fleet.owner(airplane.id(), owner);
    return null;
  }

  /** The quote character: the newer database quotes with {@code '}, the older with {@code "}. */
  static char quoteOf(Path file) throws IOException {
    try (InputStream in = Inputs.open(file)) {
      int c = in.read();
      if (c == 0xEF) {
        in.skip(2); // UTF-8 byte order mark
        c = in.read();
      }
      return c == '\'' ? '\'' : '"';
    }
  }
}
