package io.tailwatch.formats.csl;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.lists.Countries;
import io.tailwatch.formats.lists.ListDates;
import io.tailwatch.formats.ofac.OfacEntities;
import io.tailwatch.formats.ofac.SdnEntry;
import io.tailwatch.formats.ofac.SdnFact;
import io.tailwatch.formats.ofac.SdnFeature;
import io.tailwatch.formats.ofac.SdnRemarks;
import io.tailwatch.formats.ofac.SdnToFtm;
import io.tailwatch.formats.ofac.SdnType;
import io.tailwatch.formats.text.CsvHeader;
import io.tailwatch.formats.text.CsvRows;
import io.tailwatch.formats.text.StrictText;
import io.tailwatch.knowledge.Entity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the US Consolidated Screening List CSV (trade.gov; plain or gzip, UTF-8, header row) into FollowTheMoney
 * entities. Columns are found by name: {@code _id, source, entity_number, type, programs, name, title,
 * addresses, federal_register_notice, start_date, end_date, standard_order, license_requirement, license_policy,
 * call_sign, vessel_type, gross_tonnage, gross_registered_tonnage, vessel_flag, vessel_owner, remarks,
 * source_list_url, alt_names, citizenships, dates_of_birth, nationalities, places_of_birth,
 * source_information_url, ids}.
 *
 * <ul>
 *   <li>Rows of the SDN list are mapped exactly as the SDN list is ({@link SdnToFtm}): the {@code ids} column
 *       carries the aircraft facts ({@code 464, Aircraft Construction Number ...}), {@code remarks} the links
 *       ({@code (Linked To: MAHAN AIR)}). Their ids are {@code csl-ofac-<ent_num>}, apart from the SDN list's own
 *       {@code ofac-<ent_num>}: this copy is of another date and another publisher.
 *   <li>Every other row (BIS Entity List, Denied Persons List with its Temporary Denial Orders, Unverified List,
 *       Military End User, ITAR debarred, ISN, SSI, CAPTA, ...) becomes an entity ({@code type} Individual to
 *       Person, Entity to Organization, Vessel, Aircraft to Airplane, none to LegalEntity) and one Sanction of its
 *       own: authority the agency and program the list named in {@code source} ("Denied Persons List (DPL) -
 *       Bureau of Industry and Security"), {@code startDate}/{@code endDate} from {@code start_date}/
 *       {@code end_date} (a TDO's 180 days), license requirement and policy as {@code reason} and
 *       {@code provisions}, Federal Register citations and remarks in {@code summary}.
 *   <li>A party on several OFAC lists (SDN and SSI, say) is one entity, {@code csl-ofac-<ent_num>}, with one
 *       Sanction per list; other rows are {@code csl-<_id>}.
 * </ul>
 *
 * <p>The file carries no publication date: the caller gives the snapshot date, or {@link #read(Path)} takes the
 * latest {@code start_date} in the file (the list is at least that new). Cost: one streaming pass, all rows in
 * memory (14,000 rows, well under a second).
 */
public final class CslReader {
  public static final String DATASET = "us_trade_csl";
  public static final String PUBLISHER = "US Consolidated Screening List (International Trade Administration)";
  public static final String LIST_URL = "https://www.trade.gov/consolidated-screening-list";
  static final String SDN_SOURCE = "Specially Designated Nationals";
  static final List<String> REQUIRED = List.of("_id", "source", "name");

  /**
   * The list's entities, with rows per source list and the SDN links that did not resolve.
   */
  public record CslEntities(LocalDate snapshotDate, List<Entity> entities, Map<String, Integer> rowsBySource,
      List<OfacEntities.UnresolvedName> unresolved) {
    public CslEntities {
      entities = List.copyOf(entities);
      rowsBySource = Map.copyOf(rowsBySource);
      unresolved = List.copyOf(unresolved);
    }
  }

  /** One row, by column name. */
  private record Row(Map<String, String> fields, long line) {
    String get(String column) {
      return fields.get(column);
    }
  }

  private CslReader() {}

  /** Reads the list with the latest {@code start_date} in it as its snapshot date. */
  public static CslEntities read(Path file) throws IOException, InputFormatException {
    List<Row> rows = rows(file);
    String latest = null;
    for (Row r : rows) {
      String d = ListDates.one(r.get("start_date"));
      if (d != null && d.length() == 10 && (latest == null || d.compareTo(latest) > 0)) {
        latest = d;
      }
    }
    if (latest == null) {
      throw new InputFormatException(file.toString(), 1, "no start_date in the file to date it by; give the "
          + "snapshot date explicitly");
    }
    return map(rows, LocalDate.parse(latest));
  }

  public static CslEntities read(Path file, LocalDate snapshotDate) throws IOException, InputFormatException {
    return map(rows(file), snapshotDate);
  }

  private static List<Row> rows(Path file) throws IOException, InputFormatException {
    String name = file.toString();
    List<Row> rows = new ArrayList<>();
    CsvHeader[] header = new CsvHeader[1];
    CsvRows.read(file, StrictText.Encoding.UTF8, record -> {
      if (header[0] == null) {
        header[0] = new CsvHeader(record);
        for (String column : REQUIRED) {
          if (!header[0].has(column)) {
            throw new InputFormatException(name, record.getStartingLineNumber(), "missing column '" + column
                + "'; not the Consolidated Screening List CSV");
          }
        }
        return;
      }
      rows.add(row(header[0], record, name));
    });
    if (rows.isEmpty()) {
      throw new InputFormatException(name, 1, "no rows: the file is empty or has only a header");
    }
    return rows;
  }

  private static Row row(CsvHeader header, CsvRecord record, String file) throws InputFormatException {
    long line = record.getStartingLineNumber();
    if (record.getFieldCount() != header.names().size()) {
      throw new InputFormatException(file, line, "expected " + header.names().size() + " fields, found "
          + record.getFieldCount() + " (truncated?)");
    }
    Map<String, String> fields = new HashMap<>();
    for (String column : header.names()) {
      String v = header.get(record, column);
      if (v != null) {
        fields.put(column.trim().toLowerCase(Locale.ROOT), v);
      }
    }
    if (fields.get("_id") == null || fields.get("name") == null || fields.get("source") == null) {
      throw new InputFormatException(file, line, "a row needs _id, source and name");
    }
    return new Row(fields, line);
  }

  private static CslEntities map(List<Row> rows, LocalDate date) {
    Map<String, Integer> bySource = new LinkedHashMap<>();
    List<SdnEntry> sdn = new ArrayList<>();
    List<Row> others = new ArrayList<>();
    for (Row r : rows) {
      bySource.merge(r.get("source"), 1, Integer::sum);
      if (r.get("source").startsWith(SDN_SOURCE)) {
        sdn.add(sdnEntry(r));
      } else {
        others.add(r);
      }
    }
    SdnToFtm.Origin origin = new SdnToFtm.Origin("csl-ofac-", DATASET, PUBLISHER + ", SDN rows",
        SdnToFtm.DETAILS_URL);
    OfacEntities fromSdn = SdnToFtm.map(sdn, date, origin);
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (Entity e : fromSdn.entities()) {
      entities.put(e.id(), e);
    }
    Map<String, Integer> sanctionIds = new HashMap<>();
    for (Row r : others) {
      Entity party = party(r, date);
      entities.merge(party.id(), party, CslReader::merge);
      Entity sanction = sanction(r, party.id(), date, sanctionIds);
      entities.put(sanction.id(), sanction);
    }
    return new CslEntities(date, new ArrayList<>(entities.values()), bySource, fromSdn.unresolved());
  }

  /** An SDN row as the SDN list's own entry: the same facts, from other columns. */
  private static SdnEntry sdnEntry(Row r) {
    List<SdnFact> facts = new ArrayList<>(CslIds.parse(r.get("ids")));
    for (String dob : split(r.get("dates_of_birth"))) {
      facts.add(new SdnFact(SdnFeature.DOB, dob));
    }
    for (String pob : split(r.get("places_of_birth"))) {
      facts.add(new SdnFact(SdnFeature.POB, pob));
    }
    for (String n : split(r.get("nationalities"))) {
      facts.add(new SdnFact(SdnFeature.NATIONALITY, n));
    }
    for (String c : split(r.get("citizenships"))) {
      facts.add(new SdnFact(SdnFeature.CITIZEN, c));
    }
    // The CSL's remarks hold the links and whatever OFAC said in prose; only the links are facts to type.
    for (SdnFact f : SdnRemarks.parse(r.get("remarks"))) {
      facts.add(f.feature() == SdnFeature.LINKED_TO ? f : new SdnFact(SdnFeature.NOTE, f.value()));
    }
    List<SdnEntry.Alias> aliases = new ArrayList<>();
    for (String alias : split(r.get("alt_names"))) {
      aliases.add(new SdnEntry.Alias("aka", alias, null));
    }
    SdnType type = SdnType.of(r.get("type"));
    String entNum = r.get("entity_number") != null ? r.get("entity_number") : r.get("_id");
    return new SdnEntry(entNum, r.get("name"), type == null ? SdnType.ENTITY : type,
        SdnEntry.splitPrograms(r.get("programs")), r.get("title"), r.get("call_sign"), r.get("vessel_type"),
        r.get("gross_tonnage"), r.get("gross_registered_tonnage"), r.get("vessel_flag"), r.get("vessel_owner"),
        r.get("remarks"), facts, addresses(r.get("addresses")), aliases);
  }

  private static Entity party(Row r, LocalDate date) {
    String id = r.get("entity_number") != null ? "csl-ofac-" + r.get("entity_number") : "csl-" + r.get("_id");
    String schema = switch (r.get("type") == null ? "" : r.get("type").toLowerCase(Locale.ROOT)) {
      case "individual" -> "Person";
      case "entity" -> "Organization";
      case "vessel" -> "Vessel";
      case "aircraft" -> "Airplane";
      default -> "LegalEntity";
    };
    boolean person = schema.equals("Person");
    Entity.Builder b = started(Entity.builder(id, schema), date, r.get("source_information_url"));
    b.add("name", r.get("name"));
    b.add("topics", "sanction");
    for (String alias : split(r.get("alt_names"))) {
      b.add("alias", alias.replaceFirst("^and ", ""));
    }
    for (SdnEntry.Address a : addresses(r.get("addresses"))) {
      b.add("address", a.address() == null ? a.country() : a.address() + ", " + a.country());
      Countries.code(a.country()).ifPresent(c -> b.add("country", c));
    }
    if (person) {
      b.add("position", r.get("title"));
      for (String dob : split(r.get("dates_of_birth"))) {
        b.add("birthDate", ListDates.parse(dob).toArray(String[]::new));
      }
      b.add("birthPlace", split(r.get("places_of_birth")).toArray(String[]::new));
      for (String n : split(r.get("nationalities"))) {
        Countries.code(n).ifPresent(c -> b.add("nationality", c));
      }
      for (String c : split(r.get("citizenships"))) {
        Countries.code(c).ifPresent(code -> b.add("citizenship", code));
      }
    } else if (r.get("title") != null) {
      b.add("notes", "Title: " + r.get("title"));
    }
    for (SdnFact f : CslIds.parse(r.get("ids"))) {
      switch (f.feature()) {
        case PASSPORT -> b.add(person ? "passportNumber" : "notes", person ? f.value() : "Passport " + f.value());
        case ID_NUMBER -> b.add("idNumber", f.value());
        case TAX_NUMBER -> b.add("taxNumber", f.value());
        case REGISTRATION_NUMBER -> b.add("registrationNumber", f.value());
        case GENDER -> b.add(person ? "gender" : "notes", f.value().toLowerCase(Locale.ROOT));
        default -> b.add("notes", f.feature() == SdnFeature.NOTE ? f.value()
            : f.value() + ", " + f.feature().labels().get(0));
      }
    }
    return b.build();
  }

  private static Entity sanction(Row r, String entityId, LocalDate date, Map<String, Integer> taken) {
    String source = r.get("source");
    int dash = source.lastIndexOf(" - ");
    String list = dash > 0 ? source.substring(0, dash).trim() : source;
    String agency = dash > 0 ? source.substring(dash + 3).trim() : source;
    String base = "csl-" + r.get("_id") + "-" + abbreviation(list);
    int n = taken.merge(base, 1, Integer::sum);
    Entity.Builder s = started(Entity.builder(n == 1 ? base : base + "-" + n, "Sanction"), date,
        r.get("source_information_url"));
    s.add("entity", entityId);
    s.add("authority", agency);
    s.add("country", "us");
    s.add("program", list);
    s.add("program", SdnEntry.splitPrograms(r.get("programs")).toArray(String[]::new));
    s.add("startDate", plausible(r.get("start_date")));
    s.add("endDate", plausible(r.get("end_date")));
    s.add("reason", r.get("license_requirement"));
    s.add("provisions", r.get("license_policy"));
    if ("Y".equalsIgnoreCase(r.get("standard_order"))) {
      s.add("provisions", "Standard Order");
    }
    if (r.get("federal_register_notice") != null) {
      s.add("summary", "Federal Register: " + r.get("federal_register_notice"));
    }
    s.add("summary", r.get("remarks"));
    return s.build();
  }

  /** A date, unless it is a placeholder far in the future (the list has written 3033-01-17 for "none"). */
  private static String plausible(String text) {
    String d = ListDates.one(text);
    return d == null || d.compareTo("2200") > 0 ? null : d;
  }

  /** The list's abbreviation in parentheses ("Denied Persons List (DPL)" -> "dpl"), else a slug of its name. */
  private static String abbreviation(String list) {
    int open = list.lastIndexOf('(');
    int close = list.lastIndexOf(')');
    String a = open >= 0 && close > open ? list.substring(open + 1, close) : list;
    return a.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
  }

  /**
   * Addresses as the CSL writes them: {@code street, city, postal code, CC}, several separated by {@code ;};
   * the last part is the country code.
   */
  static List<SdnEntry.Address> addresses(String text) {
    List<SdnEntry.Address> out = new ArrayList<>();
    for (String a : split(text)) {
      int comma = a.lastIndexOf(',');
      String last = (comma >= 0 ? a.substring(comma + 1) : a).trim();
      if (last.length() == 2 && Countries.code(last).isPresent()) {
        String rest = comma >= 0 ? a.substring(0, comma).trim() : null;
        out.add(new SdnEntry.Address(rest == null || rest.isEmpty() ? null : rest, null, last, null));
      } else {
        out.add(new SdnEntry.Address(a, null, null, null));
      }
    }
    return out;
  }

  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text != null) {
      for (String part : text.split(";")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  private static Entity.Builder started(Entity.Builder b, LocalDate date, String sourceUrl) {
    return b.dataset(DATASET).seen(date.toString(), date.toString()).add("publisher", PUBLISHER)
        .add("sourceUrl", sourceUrl == null ? LIST_URL : sourceUrl).add("retrievedAt", date.toString());
  }

  /** Two records of one party: the first's schema and id, every value of both, once. */
  private static Entity merge(Entity first, Entity second) {
    Map<String, List<String>> props = new LinkedHashMap<>();
    first.properties().forEach((k, v) -> props.put(k, new ArrayList<>(v)));
    second.properties().forEach((k, v) -> {
      List<String> values = props.computeIfAbsent(k, x -> new ArrayList<>());
      for (String value : v) {
        if (!values.contains(value)) {
          values.add(value);
        }
      }
    });
    return new Entity(first.id(), first.schema(), props, first.datasets(), first.referents(), first.firstSeen(),
        first.lastSeen(), first.extensions());
  }
}
