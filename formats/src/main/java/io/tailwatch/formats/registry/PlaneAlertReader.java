package io.tailwatch.formats.registry;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.text.CsvHeader;
import io.tailwatch.formats.text.CsvRows;
import io.tailwatch.formats.text.StrictText;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.surveillance.Icao24;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads plane-alert-db, the curated list of aircraft of interest ({@code plane-alert-db.csv}, header
 * {@code $ICAO,$Registration,$Operator,$Type,$ICAO Type,#CMPG,$Tag 1,$#Tag 2,$#Tag 3,Category,$#Link}; the
 * {@code $} and {@code #} are display markers, ignored). Each row becomes an Airplane {@code plane-alert-<icao24>}
 * with the address as Mode S extension, {@code registrationNumber}, {@code model} ($Type), {@code icaoCode}
 * ($ICAO Type), and the editors' classification (civil/military/government/police, tags, category, link) as
 * {@code notes}; the operator becomes a Company linked by an UnknownLink with role "operator".
 *
 * <p>The list is a lead, not a sanctions list (only two rows carry a "Sanctions" tag): no Sanction is made. Its
 * licence, the Open Database License 1.0, asks for attribution, which every entity carries as its
 * {@code publisher}: {@value #ATTRIBUTION}. Rows without a valid 24-bit address are skipped and counted.
 * Streaming; 17,000 rows in a fraction of a second.
 */
public final class PlaneAlertReader {
  public static final String DATASET = "plane_alert_db";
  public static final String ATTRIBUTION =
      "plane-alert-db by SDR-Enthusiasts, Ramon F. Kolb (kx1t) and contributors, ODbL 1.0";
  public static final String SOURCE_URL = "https://github.com/sdr-enthusiasts/plane-alert-db";

  private PlaneAlertReader() {}

  public static RegistryEntities read(Path file, LocalDate snapshotDate) throws IOException, InputFormatException {
    String name = file.toString();
    List<Entity> out = new ArrayList<>();
    Fleet fleet = new Fleet("plane-alert-", DATASET, ATTRIBUTION, SOURCE_URL, snapshotDate, out::add);
    CsvHeader[] header = new CsvHeader[1];
    int[] counts = new int[2];
    List<String> examples = new ArrayList<>();
    CsvRows.read(file, StrictText.Encoding.UTF8, record -> {
      if (header[0] == null) {
        header[0] = new CsvHeader(record);
        if (!header[0].has("ICAO") || !header[0].has("Registration")) {
          throw new InputFormatException(name, record.getStartingLineNumber(), "missing column '$ICAO' or "
              + "'$Registration'; not a plane-alert-db CSV");
        }
        return;
      }
      if (record.getFieldCount() != header[0].names().size()) {
        throw new InputFormatException(name, record.getStartingLineNumber(), "expected "
            + header[0].names().size() + " fields, found " + record.getFieldCount() + " (truncated?)");
      }
      counts[0]++;
      String skip = row(header[0], record, fleet, out);
      if (skip != null) {
        counts[1]++;
        if (examples.size() < OpenSkyAircraftReader.SKIPPED_EXAMPLES) {
          examples.add("line " + record.getStartingLineNumber() + ": " + skip);
        }
      }
    });
    if (header[0] == null) {
      throw new InputFormatException(name, 1, "the file is empty");
    }
    return new RegistryEntities(snapshotDate, out, counts[0], counts[1], examples);
  }

  private static String row(CsvHeader h, CsvRecord r, Fleet fleet, List<Entity> out) {
    String address = h.get(r, "ICAO");
    int icao24;
    try {
      icao24 = Icao24.parse(address == null ? "" : address);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    Entity.Builder plane = fleet.airplane(Icao24.format(icao24));
    String registration = h.get(r, "Registration");
    plane.add("registrationNumber", registration == null ? null : registration.toUpperCase(Locale.ROOT));
    plane.add("model", h.get(r, "Type"));
    plane.add("icaoCode", h.get(r, "ICAO Type"));
    String kind = h.get(r, "CMPG");
    plane.add("notes", kind == null ? null : "plane-alert-db class: " + switch (kind) {
      case "Civ" -> "civil";
      case "Mil" -> "military";
      case "Gov" -> "government";
      case "Pol" -> "police";
      default -> kind;
    });
    List<String> tags = new ArrayList<>();
    for (String tag : List.of("Tag 1", "Tag 2", "Tag 3")) {
      if (h.get(r, tag) != null) {
        tags.add(h.get(r, tag));
      }
    }
    plane.add("notes", tags.isEmpty() ? null : "plane-alert-db tags: " + String.join(" / ", tags));
    String category = h.get(r, "Category");
    plane.add("notes", category == null ? null : "plane-alert-db category: " + category);
    String link = h.get(r, "Link");
    plane.add("notes", link == null ? null : "plane-alert-db link: " + link);
    Entity airplane = plane.build();
    out.add(airplane);
    fleet.operator(airplane.id(), h.get(r, "Operator"), null, null);
    return null;
  }
}
