package io.tailwatch.formats.ofac;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.Inputs;
import io.tailwatch.formats.lists.ListDates;
import io.tailwatch.formats.text.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads OFAC's SDN list in its XML form ({@code sdn.xml}), built from OFAC's published schema ({@code sdn.xsd}):
 * {@code sdnList} holds {@code publshInformation} ({@code Publish_Date}, {@code Record_Count}; OFAC's spelling)
 * and {@code sdnEntry} elements with {@code uid}, {@code firstName}, {@code lastName}, {@code title},
 * {@code sdnType}, {@code remarks}, {@code programList/program}, {@code idList/id} ({@code idType},
 * {@code idNumber}, {@code idCountry}, {@code issueDate}, {@code expirationDate}), {@code akaList/aka}
 * ({@code type} a.k.a./f.k.a./n.k.a., {@code category} strong/weak, {@code lastName}, {@code firstName}),
 * {@code addressList/address} ({@code address1..3}, {@code city}, {@code stateOrProvince}, {@code postalCode},
 * {@code country}, {@code region}), {@code nationalityList/nationality}, {@code citizenshipList/citizenship},
 * {@code dateOfBirthList/dateOfBirthItem}, {@code placeOfBirthList/placeOfBirthItem} and {@code vesselInfo}.
 *
 * <p>The XML says in structured lists what the CSV packs into Remarks: {@code idType} carries the same labels
 * ("Aircraft Model", "Passport", "Aircraft Mode S Transponder Code", ...), so both forms become the same
 * {@link SdnEntry} and the same FollowTheMoney entities. Links ("Linked To: NAME") stay in {@code remarks}. Weak
 * aliases become {@code weakAlias}. Element names are matched without namespace, since OFAC has published the
 * schema under two namespaces (tempuri.org and sanctionslistservice.ofac.treas.gov); unknown elements are
 * skipped.
 *
 * <p>The parser is hardened ({@link SafeXml}: no DTD, no entities). A {@code Record_Count} that disagrees with
 * the entries read is refused as a truncated file. Streaming parse; the entries are held in memory.
 */
public final class SdnXmlReader {
  /** The list as the XML gives it: its publication date (null if absent), declared count and entries. */
  public record SdnXmlList(LocalDate publishDate, Integer recordCount, List<SdnEntry> entries) {
    public SdnXmlList {
      entries = List.copyOf(entries);
    }
  }

  private SdnXmlReader() {}

  /** Reads and maps the list, first and last seen on its {@code Publish_Date}. */
  public static OfacEntities read(Path file) throws IOException, InputFormatException {
    SdnXmlList list = readEntries(file);
    if (list.publishDate() == null) {
      throw new InputFormatException(file.toString(), 0, "no Publish_Date in publshInformation; give the snapshot "
          + "date explicitly");
    }
    return SdnToFtm.map(list.entries(), list.publishDate());
  }

  /** Reads and maps the list, first and last seen on the given date. */
  public static OfacEntities read(Path file, LocalDate snapshotDate) throws IOException, InputFormatException {
    return SdnToFtm.map(readEntries(file).entries(), snapshotDate);
  }

  public static SdnXmlList readEntries(Path file) throws IOException, InputFormatException {
    String name = file.toString();
    try (InputStream in = Inputs.open(file); SafeXml xml = SafeXml.open(in, name)) {
      if (!xml.nextStart() || !xml.name().equals("sdnList")) {
        throw xml.problem("not an SDN list: the root element must be <sdnList>");
      }
      LocalDate published = null;
      Integer count = null;
      List<SdnEntry> entries = new ArrayList<>();
      while (xml.nextStart()) {
        switch (xml.name()) {
          case "Publish_Date" -> {
            String text = xml.text();
            String iso = ListDates.one(text);
            if (iso == null || iso.length() != 10) {
              throw xml.problem("Publish_Date '" + text + "' is not a date (MM/DD/YYYY)");
            }
            published = LocalDate.parse(iso);
          }
          case "Record_Count" -> count = number(xml, xml.text(), "Record_Count");
          case "sdnEntry" -> entries.add(entry(xml));
          default -> {
            // publshInformation and other wrappers: descend into them
          }
        }
      }
      if (count != null && count != entries.size()) {
        throw new InputFormatException(name, xml.line(), "Record_Count says " + count + " entries but the file "
            + "holds " + entries.size() + " (truncated?)");
      }
      if (entries.isEmpty()) {
        throw new InputFormatException(name, xml.line(), "no sdnEntry elements");
      }
      return new SdnXmlList(published, count, entries);
    }
  }

  private static SdnEntry entry(SafeXml xml) throws InputFormatException {
    long startLine = xml.line();
    String uid = null;
    String firstName = null;
    String lastName = null;
    String title = null;
    String sdnType = null;
    String remarks = null;
    String callSign = null;
    String vesselType = null;
    String vesselFlag = null;
    String vesselOwner = null;
    String tonnage = null;
    String grt = null;
    List<String> programs = new ArrayList<>();
    List<SdnFact> facts = new ArrayList<>();
    List<SdnEntry.Address> addresses = new ArrayList<>();
    List<SdnEntry.Alias> aliases = new ArrayList<>();
    while (xml.next() != javax.xml.stream.XMLStreamConstants.END_ELEMENT || !xml.name().equals("sdnEntry")) {
      if (xml.reader().getEventType() != javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.name()) {
        case "uid" -> uid = xml.text();
        case "firstName" -> firstName = xml.text();
        case "lastName" -> lastName = xml.text();
        case "title" -> title = xml.text();
        case "sdnType" -> sdnType = xml.text();
        case "remarks" -> remarks = xml.text();
        case "program" -> add(programs, xml.text());
        case "id" -> id(xml, facts);
        case "aka" -> aka(xml, aliases);
        case "address" -> addresses.add(address(xml));
        case "nationality" -> listItem(xml, "country", SdnFeature.NATIONALITY, facts);
        case "citizenship" -> listItem(xml, "country", SdnFeature.CITIZEN, facts);
        case "dateOfBirthItem" -> listItem(xml, "dateOfBirth", SdnFeature.DOB, facts);
        case "placeOfBirthItem" -> listItem(xml, "placeOfBirth", SdnFeature.POB, facts);
        case "callSign" -> callSign = xml.text();
        case "vesselType" -> vesselType = xml.text();
        case "vesselFlag" -> vesselFlag = xml.text();
        case "vesselOwner" -> vesselOwner = xml.text();
        case "tonnage" -> tonnage = xml.text();
        case "grossRegisteredTonnage" -> grt = xml.text();
        case "programList", "idList", "akaList", "addressList", "nationalityList", "citizenshipList",
            "dateOfBirthList", "placeOfBirthList", "vesselInfo" -> {
          // lists: their items are handled as they come
        }
        default -> xml.skip();
      }
    }
    if (uid == null || !uid.chars().allMatch(Character::isDigit)) {
      throw new InputFormatException(xml.file(), startLine, "sdnEntry needs a numeric uid, not '" + uid + "'");
    }
    SdnType type = SdnType.of(sdnType);
    if (type == null) {
      throw xml.problem("sdnEntry " + uid + " has unknown sdnType '" + sdnType + "'");
    }
    if (lastName == null) {
      throw xml.problem("sdnEntry " + uid + " has no lastName (the primary name)");
    }
    facts.addAll(SdnRemarks.parse(remarks));
    return new SdnEntry(uid, join(lastName, firstName), type, programs, title, callSign, vesselType, tonnage, grt,
        vesselFlag, vesselOwner, remarks, facts, addresses, aliases);
  }

  /** An {@code id}: its {@code idType} is one of the labels the CSV writes in Remarks. */
  private static void id(SafeXml xml, List<SdnFact> facts) throws InputFormatException {
    String idType = null;
    String idNumber = null;
    String idCountry = null;
    String issueDate = null;
    String expirationDate = null;
    while (nextChild(xml, "id")) {
      switch (xml.name()) {
        case "idType" -> idType = xml.text();
        case "idNumber" -> idNumber = xml.text();
        case "idCountry" -> idCountry = xml.text();
        case "issueDate" -> issueDate = xml.text();
        case "expirationDate" -> expirationDate = xml.text();
        default -> xml.skip();
      }
    }
    if (idType == null && idNumber == null) {
      return;
    }
    SdnFeature feature = SdnFeature.byLabel(idType);
    if (feature == SdnFeature.NOTE) {
      StringBuilder note = new StringBuilder(idType == null ? "" : idType);
      for (String part : new String[] {idNumber, idCountry == null ? null : "(" + idCountry + ")",
          issueDate == null ? null : "issued " + issueDate,
          expirationDate == null ? null : "expires " + expirationDate}) {
        if (part != null) {
          note.append(note.length() == 0 ? "" : " ").append(part);
        }
      }
      facts.add(new SdnFact(SdnFeature.NOTE, note.toString()));
    } else {
      facts.add(new SdnFact(feature, idNumber == null ? "" : idNumber));
    }
  }

  private static void aka(SafeXml xml, List<SdnEntry.Alias> aliases) throws InputFormatException {
    String type = null;
    String category = null;
    String lastName = null;
    String firstName = null;
    while (nextChild(xml, "aka")) {
      switch (xml.name()) {
        case "type" -> type = xml.text();
        case "category" -> category = xml.text();
        case "lastName" -> lastName = xml.text();
        case "firstName" -> firstName = xml.text();
        default -> xml.skip();
      }
    }
    String name = join(lastName, firstName);
    if (name == null) {
      return;
    }
    boolean weak = category != null && category.trim().toLowerCase(Locale.ROOT).equals("weak");
    String altType = type == null ? "aka" : type.replace(".", "").trim().toLowerCase(Locale.ROOT);
    // A weak a.k.a. is a weakAlias; a former name stays a former name whatever its quality.
    aliases.add(new SdnEntry.Alias(weak && !altType.equals("fka") ? "weak" : altType, name, category));
  }

  private static SdnEntry.Address address(SafeXml xml) throws InputFormatException {
    List<String> street = new ArrayList<>();
    String city = null;
    String state = null;
    String postalCode = null;
    String country = null;
    String region = null;
    while (nextChild(xml, "address")) {
      switch (xml.name()) {
        case "address1", "address2", "address3" -> add(street, xml.text());
        case "city" -> city = xml.text();
        case "stateOrProvince" -> state = xml.text();
        case "postalCode" -> postalCode = xml.text();
        case "country" -> country = xml.text();
        case "region" -> region = xml.text();
        default -> xml.skip();
      }
    }
    List<String> place = new ArrayList<>();
    add(place, city);
    add(place, state);
    add(place, postalCode);
    add(place, region);
    return new SdnEntry.Address(street.isEmpty() ? null : String.join(", ", street),
        place.isEmpty() ? null : String.join(" ", place), country, null);
  }

  /** A list item whose value is in one child ({@code country}, {@code dateOfBirth}, {@code placeOfBirth}). */
  private static void listItem(SafeXml xml, String valueElement, SdnFeature feature, List<SdnFact> facts)
      throws InputFormatException {
    String item = xml.name();
    String value = null;
    while (nextChild(xml, item)) {
      if (xml.name().equals(valueElement)) {
        value = xml.text();
      } else {
        xml.skip();
      }
    }
    if (value != null) {
      facts.add(new SdnFact(feature, value));
    }
  }

  /** Moves to the next child element of {@code parent}; false at the parent's end tag. */
  private static boolean nextChild(SafeXml xml, String parent) throws InputFormatException {
    while (true) {
      int event = xml.next();
      if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT && xml.name().equals(parent)) {
        return false;
      }
    }
  }

  private static Integer number(SafeXml xml, String text, String what) throws InputFormatException {
    try {
      return text == null ? null : Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw xml.problem(what + " must be a number, not '" + text + "'");
    }
  }

  /** "LAST, First" as the CSV's SDN_Name writes an individual; the last name alone for the rest. */
  private static String join(String lastName, String firstName) {
    if (lastName == null) {
      return firstName;
    }
    return firstName == null ? lastName : lastName + ", " + firstName;
  }

  private static void add(List<String> list, String value) {
    if (value != null && !value.isBlank()) {
      list.add(value);
    }
  }
}
