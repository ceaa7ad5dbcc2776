package io.tailwatch.formats.paxlst;

import io.tailwatch.detect.ManifestEntry;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.paxlst.EdifactSegments.Segment;
import io.tailwatch.formats.text.LenientUtf8;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads UN/EDIFACT PAXLST messages, the form airlines send advance passenger and crew information (API) in, into
 * manifest rows.
 *
 * <p>Per message: {@code BGM} (250 crew list, 745 passenger list), {@code TDT+20} the flight number,
 * {@code LOC+125}/{@code LOC+87} departure and arrival airports, {@code DTM+189} departure date. Per person, from
 * {@code NAD} (FL passenger, FM crew, DDT/DDU in transit): the name (surname, given names), {@code DTM+329} date of
 * birth, {@code NAT+2} nationality (ISO 3166 alpha-3, turned into alpha-2), {@code DOC}/{@code DTM+36}/{@code LOC+91}
 * the travel document. A message cut short or a person segment that cannot be read is reported in
 * {@link Result#problems()} and the rest is still returned, so one bad row does not hide a crew.
 */
public final class PaxlstReader {
  /** The rows read, each row's travel document number (or null), and what could not be read. */
  public record Result(List<ManifestEntry> rows, List<String> documents, List<String> problems) {}

  private static final Map<String, String> ISO3_TO_ISO2 = new HashMap<>();

  static {
    for (String iso2 : Locale.getISOCountries()) {
      ISO3_TO_ISO2.put(new Locale("", iso2).getISO3Country(), iso2);
    }
  }

  private PaxlstReader() {}

  /** Whether decoded text looks like EDIFACT (starts with UNA or UNB, after a byte order mark if any). */
  public static boolean looksLikeEdifact(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.startsWith("UNA") || t.startsWith("UNB");
  }

  /**
   * A message decoded leniently: each run of bytes that is not UTF-8 is a problem, and the text around it is read
   * as usual (a name holding one carries U+FFFD, for the caller to refuse).
   */
  public static Result parse(LenientUtf8.Decoded decoded, String source) throws InputFormatException {
    Result result = parse(decoded.text(), source);
    List<String> problems = new ArrayList<>();
    decoded.faults().forEach(f -> problems.add(f.describe()));
    problems.addAll(result.problems());
    return new Result(result.rows(), result.documents(), problems);
  }

  static Result parse(String text, String source) throws InputFormatException {
    List<String> problems = new ArrayList<>();
    List<Segment> segments = EdifactSegments.parse(text, problems);
    if (segments.stream().noneMatch(s -> s.tag().equals("UNH"))) {
      throw new InputFormatException(source, 1, "not a PAXLST message: no UNH segment");
    }
    List<ManifestEntry> rows = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    String role = "passenger";
    String flight = null;
    LocalDate date = null;
    Person person = null;
    for (Segment s : segments) {
      switch (s.tag()) {
        case "UNH" -> {
          flush(person, rows, documents, date, flight, source, problems);
          person = null;
          if (!"PAXLST".equals(s.element(1, 0))) {
            problems.add("segment " + s.index() + ": message type " + s.element(1, 0) + " is not PAXLST");
          }
        }
        case "BGM" -> role = "250".equals(s.element(0, 0)) ? "crew" : "passenger";
        case "TDT" -> flight = s.element(1, 0);
        case "DTM" -> {
          String qualifier = s.element(0, 0);
          if ("189".equals(qualifier) && person == null) {
            date = date(s.element(0, 1), s, problems);
          } else if ("329".equals(qualifier) && person != null) {
            LocalDate dob = date(s.element(0, 1), s, problems);
            person.dateOfBirth = dob == null ? null : dob.toString();
          }
        }
        case "NAD" -> {
          String qualifier = s.element(0, 0);
          if (List.of("FL", "FM", "DDT", "DDU", "COT").contains(qualifier)) {
            flush(person, rows, documents, date, flight, source, problems);
            // FM and DDT are crew, FL and DDU passengers; COT takes the list's kind from BGM.
            String personRole = switch (qualifier) {
              case "FM", "DDT" -> "crew";
              case "FL", "DDU" -> "passenger";
              default -> role;
            };
            person = new Person(s, personRole);
          }
        }
        case "NAT" -> {
          if (person != null) {
            String iso3 = s.element(1, 0);
            person.nationality = iso3 == null ? null : ISO3_TO_ISO2.getOrDefault(iso3.toUpperCase(Locale.ROOT), iso3);
          }
        }
        case "DOC" -> {
          if (person != null) {
            // DOC+P:110:111+A1234567: the document's kind (P passport), then its number, which lists give alone.
            person.document = s.element(1, 0);
          }
        }
        case "UNT", "UNZ" -> {
          flush(person, rows, documents, date, flight, source, problems);
          person = null;
        }
        default -> { }
      }
    }
    flush(person, rows, documents, date, flight, source, problems);
    return new Result(rows, documents, problems);
  }

  private static final class Person {
    final Segment nad;
    final String role;
    String dateOfBirth;
    String nationality;
    String document;

    Person(Segment nad, String role) {
      this.nad = nad;
      this.role = role;
    }

    /** "SURNAME/GIVEN NAMES", the airline form; null when the NAD carries no name. */
    String name() {
      if (nad.elements().size() <= 3) {
        return null;
      }
      List<String> parts = nad.elements().get(3);
      String surname = parts.isEmpty() ? "" : parts.get(0).trim();
      String given = String.join(" ", parts.subList(Math.min(1, parts.size()), parts.size())).trim();
      if (surname.isEmpty() && given.isEmpty()) {
        return null;
      }
      return given.isEmpty() ? surname : surname + "/" + given;
    }
  }

  private static void flush(Person p, List<ManifestEntry> rows, List<String> documents, LocalDate date, String flight,
      String source, List<String> problems) {
    if (p == null) {
      return;
    }
    String name = p.name();
    if (name == null) {
      problems.add("segment " + p.nad.index() + " (offset " + p.nad.offset() + "): NAD without a name");
      return;
    }
    if (date == null) {
      problems.add("segment " + p.nad.index() + ": " + name + " has no flight date (DTM+189) before it");
      return;
    }
    rows.add(new ManifestEntry(date, null, flight, name, p.role, p.nationality, p.dateOfBirth, source, p.nad.index()));
    documents.add(p.document);
  }

  /** EDIFACT dates: YYMMDD, CCYYMMDD, or with time YYMMDDHHMM. Two-digit years pivot at 30. */
  private static LocalDate date(String text, Segment s, List<String> problems) {
    if (text == null) {
      problems.add("segment " + s.index() + ": DTM without a date");
      return null;
    }
    try {
      String digits = text.trim();
      if (digits.length() == 8 && (digits.startsWith("19") || digits.startsWith("20"))) {
        return LocalDate.parse(digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6, 8));
      }
      if (digits.length() >= 6) {
        int yy = Integer.parseInt(digits.substring(0, 2));
        int year = yy <= 30 ? 2000 + yy : 1900 + yy;
        return LocalDate.of(year, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
      }
    } catch (NumberFormatException | java.time.DateTimeException e) {
      // reported below
    }
    problems.add("segment " + s.index() + ": '" + text + "' is not an EDIFACT date");
    return null;
  }
}
