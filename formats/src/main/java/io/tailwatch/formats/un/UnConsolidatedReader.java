package io.tailwatch.formats.un;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.Inputs;
import io.tailwatch.formats.lists.Countries;
import io.tailwatch.formats.lists.ListDates;
import io.tailwatch.formats.text.SafeXml;
import io.tailwatch.knowledge.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads the UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST} with {@code INDIVIDUALS} and
 * {@code ENTITIES}) into FollowTheMoney entities, as OpenSanctions maps it:
 *
 * <ul>
 *   <li>INDIVIDUAL to Person {@code unsc-<DATAID>}: name from FIRST_NAME..FOURTH_NAME, NAME_ORIGINAL_SCRIPT as
 *       {@code alias}, aliases by QUALITY (Good and a.k.a. {@code alias}, Low {@code weakAlias}, f.k.a.
 *       {@code previousName}), TITLE {@code title}, DESIGNATION {@code position}, NATIONALITY, GENDER, dates of
 *       birth (exact date, year, or both ends of a BETWEEN range), place of birth, addresses, passports and national
 *       identification numbers, COMMENTS1 as {@code notes}.
 *   <li>ENTITY to Organization {@code unsc-<DATAID>} with its aliases and addresses.
 *   <li>Each record's listing to a Sanction {@code unsc-<DATAID>-sanction}: authority {@value #AUTHORITY},
 *       program UN_LIST_TYPE (Al-Qaida, DPRK, Iran, ...), {@code unscId} REFERENCE_NUMBER, LISTED_ON as both
 *       {@code listingDate} and {@code startDate} (a UN listing takes effect when made), LAST_DAY_UPDATED as
 *       {@code modifiedAt}.
 * </ul>
 *
 * <p>The list's {@code dateGenerated} is every entity's first and last seen and {@code retrievedAt}. The XML
 * parser refuses DTDs and entities ({@link SafeXml}). Streaming: one record in memory at a time when read into a
 * {@link Consumer}; the 2 MB list (1,003 records) reads in a fraction of a second.
 */
public final class UnConsolidatedReader {
  public static final String DATASET = "un_sc_sanctions";
  public static final String AUTHORITY = "UN Security Council";
  public static final String PUBLISHER = "UN Security Council Consolidated List";
  public static final String SOURCE_URL = "https://scsanctions.un.org/resources/xml/en/consolidated.xml";

  /** What was read: the list's date and how many records of each kind. */
  public record Summary(LocalDate dateGenerated, int individuals, int entities) {}

  /** The entities of the list, with its summary. */
  public record UnEntities(Summary summary, List<Entity> entities) {
    public UnEntities {
      entities = List.copyOf(entities);
    }
  }

  private UnConsolidatedReader() {}

  public static UnEntities read(Path file) throws IOException, InputFormatException {
    List<Entity> out = new ArrayList<>();
    Summary summary = read(file, out::add);
    return new UnEntities(summary, out);
  }

  public static Summary read(Path file, Consumer<Entity> sink) throws IOException, InputFormatException {
    String name = file.toString();
    try (InputStream in = Inputs.open(file); SafeXml xml = SafeXml.open(in, name)) {
      if (!xml.nextStart() || !xml.name().equals("CONSOLIDATED_LIST")) {
        throw xml.problem("not the UN consolidated list: the root element must be <CONSOLIDATED_LIST>");
      }
      String generated = xml.attribute("dateGenerated");
      String day = ListDates.one(generated);
      if (day == null || day.length() != 10) {
        throw xml.problem("dateGenerated '" + generated + "' on <CONSOLIDATED_LIST> is not a date");
      }
      LocalDate date = LocalDate.parse(day);
      int individuals = 0;
      int entities = 0;
      while (xml.nextStart()) {
        switch (xml.name()) {
          case "INDIVIDUAL" -> {
            map(XmlRecord.read(xml), true, date, sink, name);
            individuals++;
          }
          case "ENTITY" -> {
            map(XmlRecord.read(xml), false, date, sink, name);
            entities++;
          }
          case "INDIVIDUALS", "ENTITIES" -> {
            // containers
          }
          default -> xml.skip();
        }
      }
      if (individuals + entities == 0) {
        throw new InputFormatException(name, xml.line(), "no INDIVIDUAL or ENTITY records");
      }
      return new Summary(date, individuals, entities);
    }
  }

  private static void map(XmlRecord r, boolean individual, LocalDate date, Consumer<Entity> sink, String file)
      throws InputFormatException {
    String dataId = r.text("DATAID");
    if (dataId == null || !dataId.chars().allMatch(Character::isDigit)) {
      throw new InputFormatException(file, r.line(), r.name() + " needs a numeric DATAID, not '" + dataId + "'");
    }
    String id = "unsc-" + dataId;
    Entity.Builder b = started(Entity.builder(id, individual ? "Person" : "Organization"), date);
    List<String> nameParts = new ArrayList<>();
    for (String part : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
      String v = r.text(part);
      if (v != null) {
        nameParts.add(v.replaceAll("\\s+", " "));
      }
    }
    if (nameParts.isEmpty()) {
      throw new InputFormatException(file, r.line(), r.name() + " " + dataId + " has no FIRST_NAME");
    }
    b.add("name", String.join(" ", nameParts));
    b.add("alias", r.text("NAME_ORIGINAL_SCRIPT"));
    b.add("topics", "sanction");
    b.add("notes", r.text("COMMENTS1"));
    for (XmlRecord alias : r.all(individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
      alias(b, alias);
    }
    for (XmlRecord address : r.all(individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
      String full = place(address, "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY");
      b.add("address", full);
      country(b, "country", address.text("COUNTRY"));
    }
    if (individual) {
      b.add("title", r.values("TITLE").toArray(String[]::new));
      b.add("position", r.values("DESIGNATION").toArray(String[]::new));
      for (String nationality : r.values("NATIONALITY")) {
        country(b, "nationality", nationality);
      }
      String gender = r.text("GENDER");
      b.add("gender", gender == null ? null : gender.toLowerCase(Locale.ROOT));
      for (XmlRecord dob : r.all("INDIVIDUAL_DATE_OF_BIRTH")) {
        birthDates(b, dob);
      }
      for (XmlRecord pob : r.all("INDIVIDUAL_PLACE_OF_BIRTH")) {
        b.add("birthPlace", place(pob, "STREET", "CITY", "STATE_PROVINCE", "COUNTRY"));
      }
      for (XmlRecord doc : r.all("INDIVIDUAL_DOCUMENT")) {
        document(b, doc);
      }
    }
    sink.accept(b.build());

    Entity.Builder sanction = started(Entity.builder(id + "-sanction", "Sanction"), date);
    sanction.add("entity", id);
    sanction.add("authority", AUTHORITY);
    sanction.add("program", r.text("UN_LIST_TYPE"));
    sanction.add("unscId", r.text("REFERENCE_NUMBER"));
    String listed = ListDates.one(r.text("LISTED_ON"));
    sanction.add("listingDate", listed);
    sanction.add("startDate", listed);
    for (String updated : r.values("LAST_DAY_UPDATED")) {
      sanction.add("modifiedAt", ListDates.one(updated));
    }
    sink.accept(sanction.build());
  }

  private static Entity.Builder started(Entity.Builder b, LocalDate date) {
    return b.dataset(DATASET).seen(date.toString(), date.toString()).add("publisher", PUBLISHER)
        .add("sourceUrl", SOURCE_URL).add("retrievedAt", date.toString());
  }

  private static void alias(Entity.Builder b, XmlRecord alias) {
    String names = alias.text("ALIAS_NAME");
    if (names == null) {
      return;
    }
    String quality = alias.text("QUALITY");
    String property = switch (quality == null ? "" : quality.trim().toLowerCase(Locale.ROOT)) {
      case "low" -> "weakAlias";
      case "f.k.a." -> "previousName";
      default -> "alias";
    };
    // Several names in one ALIAS_NAME are separated by "; ".
    for (String n : names.split(";\\s+")) {
      b.add(property, n.replaceAll("\\s+", " ").trim());
    }
  }

  private static void birthDates(Entity.Builder b, XmlRecord dob) {
    String date = ListDates.one(dob.text("DATE"));
    if (date != null) {
      b.add("birthDate", date);
      return;
    }
    b.add("birthDate", ListDates.one(dob.text("YEAR")));
    // BETWEEN: both ends are facts of the record ("born between 1960 and 1962").
    b.add("birthDate", ListDates.one(dob.text("FROM_YEAR")));
    b.add("birthDate", ListDates.one(dob.text("TO_YEAR")));
  }

  private static void document(Entity.Builder b, XmlRecord doc) {
    String type = doc.text("TYPE_OF_DOCUMENT");
    String number = doc.text("NUMBER");
    if (number == null) {
      return;
    }
    String t = type == null ? "" : type.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (t.contains("passport") || t.contains("passeport") || t.contains("pasaporte")) {
      b.add("passportNumber", number);
    } else if (t.contains("identification") || t.contains("identity")) {
      b.add("idNumber", number);
    } else {
      b.add("notes", (type == null ? "Document" : type.replaceAll("\\s+", " ")) + " " + number);
    }
  }

  private static String place(XmlRecord r, String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      String v = r.text(p);
      if (v != null) {
        out.add(v.replaceAll("\\s+", " "));
      }
    }
    return out.isEmpty() ? null : String.join(", ", out);
  }

  private static void country(Entity.Builder b, String property, String name) {
    if (name == null) {
      return;
    }
    Countries.code(name).ifPresentOrElse(c -> b.add(property, c), () -> b.add("notes", property + ": " + name));
  }
}
