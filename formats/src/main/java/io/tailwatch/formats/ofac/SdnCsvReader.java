package io.tailwatch.formats.ofac;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.text.CsvRows;
import io.tailwatch.formats.text.StrictText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads OFAC's legacy CSV set as published: {@code sdn.csv} (ent_num, SDN_Name, SDN_Type, Program, Title,
 * Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks), {@code add.csv} (ent_num, Add_num,
 * Address, City/State/Province/Postal Code, Country, Add_remarks), {@code alt.csv} (ent_num, alt_num, alt_type,
 * alt_name, alt_remarks) and {@code sdn_comments.csv} (ent_num, Remarks_Extended, the rest of a cut Remarks, glued
 * on as is since OFAC cuts mid-word). No header, CRLF, {@code -0- } for null, strictly ASCII, and a final 0x1A.
 *
 * <p>Given a directory, reads {@code sdn.csv} and whichever of the other three are beside it; given a file, reads
 * that {@code sdn.csv} alone (so that an {@code alt.csv} of another date is never mixed in). A row of the side
 * files whose ent_num {@code sdn.csv} does not list is refused: it means files of different dates.
 *
 * <p>The CSV has no dates: the caller gives the snapshot date ({@link #read(Path, LocalDate)}). Cost: one pass
 * per file, all entries in memory (about 15,000 entries, 4 MB, under a second).
 */
public final class SdnCsvReader {
  public static final String SDN = "sdn.csv";
  public static final String ADD = "add.csv";
  public static final String ALT = "alt.csv";
  public static final String COMMENTS = "sdn_comments.csv";

  private SdnCsvReader() {}

  /** Reads and maps the list to FollowTheMoney, first and last seen on the snapshot date. */
  public static OfacEntities read(Path dirOrSdnCsv, LocalDate snapshotDate) throws IOException, InputFormatException {
    return SdnToFtm.map(readEntries(dirOrSdnCsv), snapshotDate);
  }

  /** The SDN entries, unmapped. */
  public static List<SdnEntry> readEntries(Path dirOrSdnCsv) throws IOException, InputFormatException {
    boolean dir = Files.isDirectory(dirOrSdnCsv);
    Path sdn = dir ? find(dirOrSdnCsv, SDN) : dirOrSdnCsv;
    if (sdn == null) {
      throw new InputFormatException(dirOrSdnCsv.toString(), 0, "no " + SDN + " in this directory");
    }
    Map<String, Draft> drafts = new LinkedHashMap<>();
    CsvRows.read(sdn, StrictText.Encoding.ASCII, row -> {
      fields(row, sdn, 12);
      String entNum = entNum(row, sdn);
      SdnType type = SdnType.of(value(row, 2));
      if (type == null) {
        throw new InputFormatException(sdn.toString(), row.getStartingLineNumber(), "unknown SDN_Type '"
            + value(row, 2) + "'; expected individual, vessel, aircraft or -0- (entity)");
      }
      String name = value(row, 1);
      if (name == null) {
        throw new InputFormatException(sdn.toString(), row.getStartingLineNumber(), "entry " + entNum
            + " has no SDN_Name");
      }
      if (drafts.put(entNum, new Draft(entNum, name, type, row)) != null) {
        throw new InputFormatException(sdn.toString(), row.getStartingLineNumber(), "ent_num " + entNum
            + " appears twice");
      }
    });
    if (drafts.isEmpty()) {
      throw new InputFormatException(sdn.toString(), 1, "no SDN entries: the file is empty");
    }
    Path add = dir ? find(dirOrSdnCsv, ADD) : null;
    if (add != null) {
      CsvRows.read(add, StrictText.Encoding.ASCII, row -> {
        fields(row, add, 6);
        draft(drafts, row, add).addresses.add(new SdnEntry.Address(value(row, 2), value(row, 3), value(row, 4),
            value(row, 5)));
      });
    }
    Path alt = dir ? find(dirOrSdnCsv, ALT) : null;
    if (alt != null) {
      CsvRows.read(alt, StrictText.Encoding.ASCII, row -> {
        fields(row, alt, 5);
        String altName = value(row, 3);
        if (altName != null) {
          draft(drafts, row, alt).aliases.add(new SdnEntry.Alias(value(row, 2), altName, value(row, 4)));
        }
      });
    }
    Path comments = dir ? find(dirOrSdnCsv, COMMENTS) : null;
    if (comments != null) {
      CsvRows.read(comments, StrictText.Encoding.ASCII, row -> {
        fields(row, comments, 2);
        Draft d = draft(drafts, row, comments);
        String rest = row.getField(1);
        if (!rest.trim().equals("-0-")) {
          d.remarks = (d.remarks == null ? "" : d.remarks) + rest;
        }
      });
    }
    List<SdnEntry> entries = new ArrayList<>(drafts.size());
    for (Draft d : drafts.values()) {
      entries.add(d.entry());
    }
    return entries;
  }

  private static Path find(Path dir, String name) {
    for (String candidate : List.of(name, name.toUpperCase(java.util.Locale.ROOT))) {
      Path p = dir.resolve(candidate);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  private static void fields(CsvRecord row, Path file, int expected) throws InputFormatException {
    if (row.getFieldCount() != expected) {
      throw new InputFormatException(file.toString(), row.getStartingLineNumber(), "expected " + expected
          + " fields, found " + row.getFieldCount() + " (truncated or not OFAC's " + file.getFileName() + "?)");
    }
  }

  private static String entNum(CsvRecord row, Path file) throws InputFormatException {
    String entNum = value(row, 0);
    if (entNum == null || !entNum.chars().allMatch(Character::isDigit)) {
      throw new InputFormatException(file.toString(), row.getStartingLineNumber(), "ent_num must be a number, not '"
          + row.getField(0) + "'");
    }
    return entNum;
  }

  private static Draft draft(Map<String, Draft> drafts, CsvRecord row, Path file) throws InputFormatException {
    String entNum = entNum(row, file);
    Draft d = drafts.get(entNum);
    if (d == null) {
      throw new InputFormatException(file.toString(), row.getStartingLineNumber(), "ent_num " + entNum
          + " is not in " + SDN + " (files of different dates?)");
    }
    return d;
  }

  /** A field with OFAC's null marker {@code -0-} read as null. */
  static String value(CsvRecord row, int index) {
    String v = CsvRows.field(row, index);
    return v == null || v.equals("-0-") ? null : v;
  }

  /** An entry being assembled from the four files. */
  private static final class Draft {
    final String entNum;
    final String name;
    final SdnType type;
    final CsvRecord row;
    final List<SdnEntry.Address> addresses = new ArrayList<>();
    final List<SdnEntry.Alias> aliases = new ArrayList<>();
    String remarks;

    Draft(String entNum, String name, SdnType type, CsvRecord row) {
      this.entNum = entNum;
      this.name = name;
      this.type = type;
      this.row = row;
      // Untrimmed: a Remarks cut mid-word continues in sdn_comments.csv without a space.
      String r = row.getField(11);
      this.remarks = r.trim().equals("-0-") ? null : r;
    }

    SdnEntry entry() {
      return new SdnEntry(entNum, name, type, SdnEntry.splitPrograms(value(row, 3)), value(row, 4), value(row, 5),
          value(row, 6), value(row, 7), value(row, 8), value(row, 9), value(row, 10),
          remarks == null ? null : remarks.trim(), SdnRemarks.parse(remarks), addresses, aliases);
    }
  }
}
