package io.tailwatch.formats.ofac;

import io.tailwatch.formats.lists.Countries;
import io.tailwatch.formats.lists.ListDates;
import io.tailwatch.formats.ofac.OfacEntities.UnresolvedName;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.Extensions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps SDN entries to FollowTheMoney entities the way OpenSanctions maps the SDN list, with tailwatch's
 * corrections for aircraft:
 *
 * <ul>
 *   <li>Each entry becomes {@code ofac-<ent_num>}: Person (individual), Organization (entity; Company when it
 *       operates or owns a listed aircraft or vessel), Vessel or Airplane, with {@code topics=sanction}.
 *   <li>Each entry gets one Sanction {@code ofac-<ent_num>-sanction}: authority {@value #AUTHORITY}, one
 *       {@code program} per packed program, {@code entity} the entry; statements on the designation
 *       ("Additional Sanctions Information - ...") as {@code summary}. The CSV gives no listing date, so none is
 *       set; directive dates (EO 14024 "Listing Date", "Effective Date") go to a separate Sanction per directive,
 *       keeping the listing date apart from the date the measure takes effect.
 *   <li>Aliases: {@code aka} and {@code nka} become {@code alias}, {@code fka} {@code previousName}, the weak
 *       a.k.a.s in Remarks {@code weakAlias}.
 *   <li>Remarks facts become typed properties (birthDate, birthPlace, nationality, citizenship, passportNumber,
 *       idNumber, taxNumber, registrationNumber, imoNumber, ...); anything else becomes a {@code notes} line.
 *   <li>"Linked To: NAME" becomes an UnknownLink ({@code subject} the entry, {@code object} the entry named,
 *       {@code role} "Linked To"), resolved by name, case-insensitive, within the same list; names that resolve
 *       to none or several entries are reported and not guessed.
 *   <li>Aircraft: the current tail number is {@code registrationNumber} (the name, unless the name is an
 *       "MSN 449" placeholder, which never becomes a registration), the previous tail number the extension
 *       {@link Extensions#PREVIOUS_REGISTRATION}, the manufacturer's serial number {@code serialNumber}, the
 *       construction (line/fuselage) number the extension {@value io.tailwatch.knowledge.Extensions#CONSTRUCTION_NUMBER}, the Mode S transponder
 *       code the extension {@link Extensions#MODE_S} (OFAC writes it as six hex digits, e.g. 1533A5; kept in
 *       lowercase as the rest of tailwatch), model, buildDate, and the registration state as {@code country}.
 *       "Aircraft Operator X" is an UnknownLink with {@code role} "operator" from X to the aircraft, not an
 *       Ownership; an operator not on the list becomes an unlisted Company {@code ofac-company-<slug>}.
 *   <li>A vessel's owner is an Ownership; an owner not on the list becomes an unlisted LegalEntity.
 * </ul>
 *
 * <p>Every entity carries {@code publisher}, {@code sourceUrl} and {@code retrievedAt} (the snapshot date), the
 * dataset {@value #DATASET}, and the snapshot date as first and last seen. Cost: O(entries + facts) with
 * hash-map name resolution; about 15,000 entries map in well under a second.
 */
public final class SdnToFtm {
  public static final String DATASET = "us_ofac_sdn";
  public static final String AUTHORITY = "US Office of Foreign Assets Control";
  public static final String PUBLISHER = "US Treasury OFAC, Specially Designated Nationals list";
  public static final String DETAILS_URL = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=";
  public static final String LIST_URL = "https://sanctionslist.ofac.treas.gov/";
  /**
   * Airplane extension: the construction number (Boeing line number, fuselage number, or an Airbus MSN OFAC
   * labels as construction number). Kept apart from {@code serialNumber}: the two numbers differ for most types.
   */
  /** The {@code role} of an operator link. */
  public static final String OPERATOR_ROLE = "operator";
  public static final String LINKED_TO_ROLE = "Linked To";

  private static final Pattern MSN_NAME = Pattern.compile("(?i)MSN\\s+(\\S+)");
  private static final Pattern MODE_S = Pattern.compile("[0-9A-Fa-f]{6}");
  private static final Pattern IMO = Pattern.compile("(?i)IMO\\s*(\\d{7})");
  private static final Pattern ID_TAIL = Pattern.compile("\\s*(\\(|\\bissued\\b|\\bexpires\\b).*$");
  private static final Pattern DIRECTIVE = Pattern.compile("^\\((.*?)\\)\\s*:?\\s*(.*)$");

  /**
   * Who publishes the entries and how their ids are made: the SDN list itself ({@link #OFAC}), or a list that
   * republishes it (the Consolidated Screening List), whose entities must not take the SDN list's ids.
   *
   * @param idPrefix prefix of every id ({@code ofac-}), followed by the ent_num
   * @param dataset the FtM dataset name
   * @param publisher the {@code publisher} property: who says it
   * @param detailsUrl the {@code sourceUrl} of an entry, followed by its ent_num
   */
  public record Origin(String idPrefix, String dataset, String publisher, String detailsUrl) {}

  public static final Origin OFAC = new Origin("ofac-", DATASET, PUBLISHER, DETAILS_URL);

  private final List<SdnEntry> entries;
  private final LocalDate snapshot;
  private final Origin origin;
  private final Map<String, List<SdnEntry>> byName = new HashMap<>();
  private final Map<String, List<SdnEntry>> byAlias = new HashMap<>();
  private final List<UnresolvedName> unresolved = new ArrayList<>();
  private final Map<String, Entity.Builder> unlisted = new LinkedHashMap<>();

  private SdnToFtm(List<SdnEntry> entries, LocalDate snapshot, Origin origin) {
    this.entries = entries;
    this.snapshot = snapshot;
    this.origin = origin;
  }

  /** Maps entries of the SDN list itself. */
  public static OfacEntities map(List<SdnEntry> entries, LocalDate snapshotDate) {
    return map(entries, snapshotDate, OFAC);
  }

  /** Maps SDN entries republished by another list, with that list's ids, dataset and publisher. */
  public static OfacEntities map(List<SdnEntry> entries, LocalDate snapshotDate, Origin origin) {
    return new SdnToFtm(entries, snapshotDate, origin).run();
  }

  private OfacEntities run() {
    for (SdnEntry e : entries) {
      byName.computeIfAbsent(nameKey(e.sdnName()), k -> new ArrayList<>()).add(e);
      for (SdnEntry.Alias a : e.aliases()) {
        byAlias.computeIfAbsent(nameKey(a.altName()), k -> new ArrayList<>()).add(e);
      }
      for (SdnFact f : e.facts()) {
        if (f.feature() == SdnFeature.AKA || f.feature() == SdnFeature.FKA || f.feature() == SdnFeature.NKA) {
          byAlias.computeIfAbsent(nameKey(unquote(f.value())), k -> new ArrayList<>()).add(e);
        }
      }
    }
    // Entries that operate or own a listed asset are companies (FtM: an Organization that owns is a Company).
    Set<String> companies = new HashSet<>();
    for (SdnEntry e : entries) {
      for (SdnFact f : e.facts()) {
        if (f.feature() == SdnFeature.AIRCRAFT_OPERATOR) {
          SdnEntry op = quietResolve(f.value(), e);
          if (op != null && op.sdnType() == SdnType.ENTITY) {
            companies.add(op.entNum());
          }
        }
      }
      if (e.vesselOwner() != null) {
        SdnEntry owner = quietResolve(e.vesselOwner(), e);
        if (owner != null && owner.sdnType() == SdnType.ENTITY) {
          companies.add(owner.entNum());
        }
      }
    }
    List<Entity> out = new ArrayList<>(entries.size() * 3);
    Map<SdnType, Integer> counts = new EnumMap<>(SdnType.class);
    for (SdnEntry e : entries) {
      counts.merge(e.sdnType(), 1, Integer::sum);
      mapEntry(e, companies.contains(e.entNum()), out);
    }
    for (Entity.Builder b : unlisted.values()) {
      out.add(b.build());
    }
    // A link stated twice ("Linked To: X" in two remarks) is one fact: keep the first entity of each id.
    Map<String, Entity> unique = new LinkedHashMap<>();
    for (Entity en : out) {
      unique.putIfAbsent(en.id(), en);
    }
    return new OfacEntities(snapshot, new ArrayList<>(unique.values()), unresolved, counts);
  }

  /** The id of the entry with this ent_num. */
  public String id(String entNum) {
    return origin.idPrefix() + entNum;
  }

  private void mapEntry(SdnEntry e, boolean company, List<Entity> out) {
    String id = id(e.entNum());
    String schema = company ? "Company" : e.sdnType().schema();
    Entity.Builder b = started(Entity.builder(id, schema), origin.detailsUrl() + e.entNum());
    b.add("name", e.sdnName());
    b.add("topics", "sanction");
    if (e.sdnType() == SdnType.INDIVIDUAL) {
      personName(b, e.sdnName());
      b.add("position", e.title());
    } else if (e.title() != null) {
      b.add("notes", "Title: " + e.title());
    }
    for (SdnEntry.Alias a : e.aliases()) {
      b.add(aliasProperty(a.altType()), a.altName());
    }
    for (SdnEntry.Address a : e.addresses()) {
      address(b, a);
    }
    if (e.sdnType() == SdnType.VESSEL) {
      b.add("callSign", e.callSign());
      b.add("type", e.vesselType());
      b.add("tonnage", e.tonnage());
      b.add("grossRegisteredTonnage", e.grossRegisteredTonnage());
      country(b, "flag", e.vesselFlag(), "Vessel Flag");
      if (e.vesselOwner() != null) {
        ownership(e, e.vesselOwner(), out);
      }
    }
    if (e.sdnType() == SdnType.AIRCRAFT) {
      Matcher msn = MSN_NAME.matcher(e.sdnName());
      if (msn.matches()) {
        b.add("serialNumber", msn.group(1));
      } else {
        b.add("registrationNumber", tail(e.sdnName()));
      }
    }
    Entity.Builder sanction = started(Entity.builder(id + "-sanction", "Sanction"), origin.detailsUrl() + e.entNum());
    sanction.add("entity", id);
    sanction.add("authority", AUTHORITY);
    sanction.add("country", "us");
    sanction.add("authorityId", e.entNum());
    for (String program : e.programs()) {
      sanction.add("program", program);
    }
    Map<String, Entity.Builder> directives = new LinkedHashMap<>();
    for (SdnFact f : e.facts()) {
      fact(e, b, sanction, directives, f, out);
    }
    out.add(dedupe(b.build()));
    out.add(dedupe(sanction.build()));
    for (Entity.Builder d : directives.values()) {
      out.add(d.build());
    }
  }

  private void fact(SdnEntry e, Entity.Builder b, Entity.Builder sanction, Map<String, Entity.Builder> directives,
      SdnFact f, List<Entity> out) {
    String v = f.value();
    SdnType type = e.sdnType();
    boolean person = type == SdnType.INDIVIDUAL;
    boolean legal = type == SdnType.INDIVIDUAL || type == SdnType.ENTITY;
    boolean vessel = type == SdnType.VESSEL;
    boolean aircraft = type == SdnType.AIRCRAFT;
    switch (f.feature()) {
      case DOB -> dates(b, person, "birthDate", v, f);
      case POB -> keep(b, person, "birthPlace", v, f);
      case NATIONALITY -> country(b, person ? "nationality" : "country", v, "nationality");
      case CITIZEN -> country(b, person ? "citizenship" : "country", v, "citizen");
      case GENDER -> keep(b, person, "gender", v.toLowerCase(Locale.ROOT), f);
      case TITLE -> keep(b, person, "position", v, f);
      case PASSPORT -> keep(b, person, "passportNumber", idNumber(v), f);
      case ID_NUMBER -> keep(b, legal, "idNumber", idNumber(v), f);
      case TAX_NUMBER -> keep(b, legal, "taxNumber", idNumber(v), f);
      case REGISTRATION_NUMBER -> keep(b, true, "registrationNumber", idNumber(v), f);
      case VESSEL_REGISTRATION -> {
        Matcher imo = IMO.matcher(v);
        if (imo.find()) {
          keep(b, vessel, "imoNumber", "IMO" + imo.group(1), f);
        } else {
          keep(b, true, "registrationNumber", idNumber(v), f);
        }
      }
      case MMSI -> keep(b, vessel, "mmsi", v, f);
      case FORMER_VESSEL_FLAG -> country(b, vessel ? "pastFlags" : "country", v, "Former Vessel Flag");
      case VESSEL_CALL_SIGN -> keep(b, vessel, "callSign", v, f);
      case VESSEL_TYPE -> keep(b, vessel, "type", v, f);
      case VESSEL_YEAR_OF_BUILD -> dates(b, vessel, "buildDate", v, f);
      case EMAIL -> keep(b, legal, "email", v, f);
      case WEBSITE -> keep(b, legal, "website", v, f);
      case PHONE -> keep(b, legal, "phone", v, f);
      case ORGANIZATION_ESTABLISHED_DATE -> dates(b, legal, "incorporationDate", v, f);
      case ORGANIZATION_TYPE -> keep(b, legal, "sector", v, f);
      case TARGET_TYPE -> keep(b, legal, "legalForm", v, f);
      case DUNS -> keep(b, legal, "dunsCode", v.replace("-", ""), f);
      case SWIFT_BIC -> keep(b, legal, "swiftBic", v, f);
      case LEI -> keep(b, legal, "leiCode", idNumber(v), f);
      case VAT -> keep(b, legal, "vatCode", idNumber(v), f);
      case AIRCRAFT_CONSTRUCTION_NUMBER -> {
        if (aircraft) {
          b.extension(Extensions.CONSTRUCTION_NUMBER, v);
        } else {
          note(b, f);
        }
      }
      case AIRCRAFT_MSN -> keep(b, aircraft, "serialNumber", v, f);
      case AIRCRAFT_MODEL -> keep(b, aircraft, "model", v, f);
      case AIRCRAFT_MANUFACTURE_DATE -> dates(b, aircraft, "buildDate", v, f);
      case AIRCRAFT_TAIL_NUMBER -> keep(b, aircraft, "registrationNumber", tail(v), f);
      case PREVIOUS_AIRCRAFT_TAIL_NUMBER -> {
        if (aircraft) {
          b.extension(Extensions.PREVIOUS_REGISTRATION, tail(v));
        } else {
          note(b, f);
        }
      }
      case AIRCRAFT_MODE_S -> {
        String code = v.replace(" ", "");
        if (aircraft && MODE_S.matcher(code).matches()) {
          b.extension(Extensions.MODE_S, code.toLowerCase(Locale.ROOT));
        } else {
          note(b, f);
        }
      }
      case NATIONALITY_OF_REGISTRATION -> country(b, "country", v, "Nationality of Registration");
      case AIRCRAFT_OPERATOR -> operator(e, v, out);
      case LINKED_TO -> linkedTo(e, v, out);
      case AKA -> b.add("weakAlias", unquote(v));
      case FKA -> b.add("previousName", unquote(v));
      case NKA -> b.add("alias", unquote(v));
      case SANCTION_INFORMATION -> sanction.add("summary", label(f));
      case EFFECTIVE_DATE, LISTING_DATE -> directive(e, directives, f);
      default -> {
        // OFAC often repeats the Title column in Remarks; one copy is enough.
        if (!v.equals(e.title())) {
          note(b, f);
        }
      }
    }
  }

  /** An EO directive's dates: a Sanction of its own, so the SDN designation keeps no borrowed date. */
  private void directive(SdnEntry e, Map<String, Entity.Builder> directives, SdnFact f) {
    Matcher m = DIRECTIVE.matcher(f.value());
    String program = m.matches() ? m.group(1) : "directive";
    String dateText = m.matches() ? m.group(2) : f.value();
    String key = slug(program);
    Entity.Builder d = directives.computeIfAbsent(key, k -> {
      Entity.Builder s = started(Entity.builder(id(e.entNum()) + "-sanction-" + k, "Sanction"),
          origin.detailsUrl() + e.entNum());
      s.add("entity", id(e.entNum()));
      s.add("authority", AUTHORITY);
      s.add("country", "us");
      s.add("program", program);
      return s;
    });
    d.add(f.feature() == SdnFeature.LISTING_DATE ? "listingDate" : "startDate",
        ListDates.parse(dateText).toArray(String[]::new));
    d.add("summary", label(f));
  }

  private void linkedTo(SdnEntry e, String name, List<Entity> out) {
    SdnEntry target = resolve(name, e, "Linked To");
    if (target == null) {
      return;
    }
    Entity.Builder link = started(Entity.builder(id(e.entNum()) + "-linked-to-" + target.entNum(), "UnknownLink"),
        origin.detailsUrl() + e.entNum());
    link.add("subject", id(e.entNum()));
    link.add("object", id(target.entNum()));
    link.add("role", LINKED_TO_ROLE);
    out.add(link.build());
  }

  private void operator(SdnEntry aircraft, String name, List<Entity> out) {
    if (aircraft.sdnType() != SdnType.AIRCRAFT) {
      return;
    }
    String operatorId = partyId(name, aircraft, "Aircraft Operator", "Company",
        "Named as aircraft operator in the SDN list; not itself an SDN entry");
    Entity.Builder link = started(Entity.builder(id(aircraft.entNum()) + "-operator-" + operatorId, "UnknownLink"),
        origin.detailsUrl() + aircraft.entNum());
    link.add("subject", operatorId);
    link.add("object", id(aircraft.entNum()));
    link.add("role", OPERATOR_ROLE);
    out.add(link.build());
  }

  private void ownership(SdnEntry vessel, String name, List<Entity> out) {
    String ownerId = partyId(name, vessel, "Vessel Owner", "LegalEntity",
        "Named as vessel owner in the SDN list; not itself an SDN entry");
    Entity.Builder own = started(Entity.builder(id(vessel.entNum()) + "-owner-" + ownerId, "Ownership"),
        origin.detailsUrl() + vessel.entNum());
    own.add("owner", ownerId);
    own.add("asset", id(vessel.entNum()));
    own.add("role", "Vessel Owner");
    out.add(own.build());
  }

  /** The id of the listed entry the name resolves to, else of an unlisted party made once per name. */
  private String partyId(String name, SdnEntry from, String feature, String schema, String note) {
    SdnEntry listed = resolve(name, from, feature);
    if (listed != null) {
      return id(listed.entNum());
    }
    String unlistedId = origin.idPrefix() + (schema.equals("Company") ? "company-" : "party-") + slug(name);
    unlisted.computeIfAbsent(unlistedId, k -> started(Entity.builder(k, schema), LIST_URL)
        .add("name", name.trim()).add("notes", note));
    return unlistedId;
  }

  /** The one entry the name stands for, else null with the miss reported. */
  private SdnEntry resolve(String name, SdnEntry from, String feature) {
    List<SdnEntry> found = candidates(name, from);
    if (found.size() == 1) {
      return found.get(0);
    }
    unresolved.add(new UnresolvedName(from.entNum(), feature, name, found.size()));
    return null;
  }

  private SdnEntry quietResolve(String name, SdnEntry from) {
    List<SdnEntry> found = candidates(name, from);
    return found.size() == 1 ? found.get(0) : null;
  }

  /**
   * Entries carrying the name: primary names first, then alternate names; among several, parties (individuals
   * and entities) before assets, since OFAC links assets to parties.
   */
  private List<SdnEntry> candidates(String name, SdnEntry from) {
    String key = nameKey(name);
    for (Map<String, List<SdnEntry>> index : List.of(byName, byAlias)) {
      List<SdnEntry> found = new ArrayList<>();
      for (SdnEntry c : index.getOrDefault(key, List.of())) {
        if (!c.entNum().equals(from.entNum()) && !found.contains(c)) {
          found.add(c);
        }
      }
      if (found.size() > 1) {
        List<SdnEntry> parties = found.stream()
            .filter(c -> c.sdnType() == SdnType.INDIVIDUAL || c.sdnType() == SdnType.ENTITY).toList();
        if (!parties.isEmpty()) {
          found = parties;
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** Names compared as OFAC's links use them: case, spacing and trailing full stops do not matter. */
  static String nameKey(String name) {
    String k = name == null ? "" : name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    while (k.endsWith(".")) {
      k = k.substring(0, k.length() - 1).trim();
    }
    return k;
  }

  private Entity.Builder started(Entity.Builder b, String sourceUrl) {
    return b.dataset(origin.dataset()).seen(snapshot.toString(), snapshot.toString())
        .add("publisher", origin.publisher()).add("sourceUrl", sourceUrl).add("retrievedAt", snapshot.toString());
  }

  private static void personName(Entity.Builder b, String sdnName) {
    int comma = sdnName.indexOf(',');
    if (comma > 0 && sdnName.indexOf(',', comma + 1) < 0) {
      b.add("lastName", sdnName.substring(0, comma).trim());
      b.add("firstName", sdnName.substring(comma + 1).trim());
    }
  }

  private static String aliasProperty(String altType) {
    String t = altType == null ? "" : altType.replace(".", "").trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "fka" -> "previousName";
      case "weak" -> "weakAlias";
      default -> "alias";
    };
  }

  private static void address(Entity.Builder b, SdnEntry.Address a) {
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {a.address(), a.cityStateProvincePostalCode(), a.country()}) {
      if (p != null && !p.isBlank()) {
        parts.add(p.trim());
      }
    }
    if (!parts.isEmpty()) {
      b.add("address", String.join(", ", parts));
    }
    if (a.country() != null) {
      Countries.code(a.country()).ifPresent(c -> b.add("country", c));
    }
  }

  private static void country(Entity.Builder b, String property, String name, String label) {
    if (name == null) {
      return;
    }
    Countries.code(name).ifPresentOrElse(c -> b.add(property, c), () -> b.add("notes", label + " " + name));
  }

  private static void keep(Entity.Builder b, boolean fits, String property, String value, SdnFact f) {
    if (fits && value != null && !value.isBlank()) {
      b.add(property, value);
    } else {
      note(b, f);
    }
  }

  private static void dates(Entity.Builder b, boolean fits, String property, String value, SdnFact f) {
    List<String> dates = ListDates.parse(value);
    if (fits && !dates.isEmpty()) {
      b.add(property, dates.toArray(String[]::new));
    } else {
      note(b, f);
    }
  }

  private static void note(Entity.Builder b, SdnFact f) {
    b.add("notes", label(f));
  }

  /** The fact as OFAC wrote it, label and value. */
  private static String label(SdnFact f) {
    if (f.feature() == SdnFeature.NOTE || f.feature().labels().isEmpty()) {
      return f.value();
    }
    String l = f.feature().labels().get(0);
    return f.value().isEmpty() ? l : l + " " + f.value();
  }

  /** An identifier's number without the issuing country and dates OFAC appends. */
  static String idNumber(String value) {
    return ID_TAIL.matcher(value).replaceFirst("").trim();
  }

  static String tail(String value) {
    return value.trim().toUpperCase(Locale.ROOT);
  }

  static String unquote(String value) {
    String v = value.trim();
    if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
      v = v.substring(1, v.length() - 1).trim();
    }
    return v;
  }

  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return s.length() > 60 ? s.substring(0, 60) : s;
  }

  /** Drops repeated values (a fact stated twice, a tail number as name and remark). */
  private static Entity dedupe(Entity e) {
    Map<String, List<String>> props = new LinkedHashMap<>();
    e.properties().forEach((k, v) -> props.put(k, v.stream().distinct().toList()));
    Map<String, List<String>> ext = new LinkedHashMap<>();
    e.extensions().forEach((k, v) -> ext.put(k, v.stream().distinct().toList()));
    return new Entity(e.id(), e.schema(), props, e.datasets(), e.referents(), e.firstSeen(), e.lastSeen(), ext);
  }
}
