package io.tailwatch.formats.manifest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.tailwatch.detect.ManifestEntry;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.Inputs;
import io.tailwatch.formats.paxlst.PaxlstReader;
import io.tailwatch.formats.text.CsvHeader;
import io.tailwatch.formats.text.LenientUtf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a manifest to screen, name by name: a CSV with a name column, or a UN/EDIFACT PAXLST message. Unlike
 * {@link ManifestCsvReader} (manifests kept in the store, tied to flights, refused whole when a row is wrong), a
 * row that cannot be screened is set aside with a problem naming its line, and every other row is still
 * returned: one bad name must not hide a crew.
 *
 * <p>CSV columns (case and punctuation of the header ignored): {@code full_name} (or {@code name}) required;
 * optional {@code role}, {@code nationality}, {@code date_of_birth} (YYYY-MM-DD), {@code document_number} (or
 * {@code passport}), and the flight columns of {@link ManifestCsvReader#HEADER}. A row is not screened when its
 * name is empty, has fewer than two letters, is longer than {@value #MAX_NAME_CHARS} characters, holds bytes that
 * are not UTF-8, or the row has another number of fields than the header. A date of birth or flight date that
 * cannot be read is a problem too, and the row is screened without it.
 */
public final class ScreeningManifestReader {
  /** Longer than any name a passport or a list holds; a longer field is a broken row, not a name. */
  public static final int MAX_NAME_CHARS = 1_000;
  /** A manifest is at most a few thousand rows; a file this big is not one. */
  static final int MAX_BYTES = 256 << 20;

  /** The rows to screen, each row's travel document (or null), and the problems, each naming its line. */
  public record Rows(List<ManifestEntry> rows, List<String> documents, List<String> problems) {}

  private ScreeningManifestReader() {}

  public static Rows read(Path file) throws IOException, InputFormatException {
    String source = file.toString();
    byte[] bytes;
    try (InputStream in = Inputs.open(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new InputFormatException(source, 0, "larger than " + (MAX_BYTES >> 20) + " MiB: not a manifest");
    }
    LenientUtf8.Decoded decoded = LenientUtf8.decode(bytes);
    if (PaxlstReader.looksLikeEdifact(decoded.text())) {
      return checked(PaxlstReader.parse(decoded, source), source);
    }
    return csv(decoded, source);
  }

  private static Rows csv(LenientUtf8.Decoded decoded, String source) throws IOException, InputFormatException {
    List<ManifestEntry> rows = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    CsvHeader header = null;
    String nameColumn = null;
    long cutAt = unclosedQuoteLine(decoded.text());
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(decoded.text())) {
      for (CsvRecord row : csv) {
        long line = row.getStartingLineNumber();
        if (header == null) {
          header = new CsvHeader(row);
          nameColumn = header.has("full_name") ? "full_name" : header.has("name") ? "name" : null;
          if (nameColumn == null) {
            throw new InputFormatException(source, line, "no 'full_name' column; a manifest to screen needs at least "
                + "that (header found: " + String.join(",", header.names()) + ")");
          }
          continue;
        }
        if (row.getFieldCount() == 1 && row.getField(0).isBlank()) {
          continue;
        }
        long lastLine = line + newlines(row);
        if (cutAt >= line && cutAt <= lastLine) {
          problems.add(source + ":" + cutAt + ": the file ends inside a quoted field that starts here (cut short?); "
              + "row not screened");
          continue;
        }
        LenientUtf8.Fault fault = decoded.firstFaultOn(line, lastLine);
        if (fault != null) {
          problems.add(source + ":" + fault.line() + ": " + fault.describe() + "; row not screened");
          continue;
        }
        if (row.getFieldCount() != header.names().size()) {
          problems.add(source + ":" + line + ": expected " + header.names().size() + " fields as the header has, found "
              + row.getFieldCount() + "; row not screened");
          continue;
        }
        String where = source + ":" + line;
        String name = header.get(row, nameColumn);
        String refusal = refusal(name);
        if (refusal != null) {
          problems.add(where + ": " + refusal + "; row not screened");
          continue;
        }
        LocalDate flightDate = date(header.get(row, "flight_date"), "flight_date", where, problems);
        LocalDate born = date(header.get(row, "date_of_birth"), "date_of_birth", where, problems);
        String role = header.get(row, "role");
        rows.add(new ManifestEntry(flightDate, header.get(row, "registration"), header.get(row, "callsign"), name,
            role == null ? null : role.toLowerCase(Locale.ROOT), header.get(row, "nationality"),
            born == null ? null : born.toString(), source, (int) line));
        String document = header.get(row, "document_number");
        documents.add(document != null ? document : header.get(row, "passport"));
      }
    } catch (CsvParseException e) {
      throw new InputFormatException(source, 0, "not valid CSV: " + e.getMessage());
    }
    if (header == null) {
      throw new InputFormatException(source, 1, "empty: a manifest to screen has a header with a 'full_name' column");
    }
    return new Rows(rows, documents, problems);
  }

  /** PAXLST rows go through the same name checks as CSV rows. */
  private static Rows checked(PaxlstReader.Result read, String source) {
    List<ManifestEntry> rows = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    read.problems().forEach(p -> problems.add(source + ": " + p));
    for (int i = 0; i < read.rows().size(); i++) {
      ManifestEntry row = read.rows().get(i);
      String refusal = refusal(row.fullName());
      if (refusal != null) {
        problems.add(source + ": segment " + row.line() + ": " + refusal + "; not screened");
        continue;
      }
      rows.add(row);
      documents.add(read.documents().get(i));
    }
    return new Rows(rows, documents, problems);
  }

  /** Why a name cannot be screened, or null when it can. */
  static String refusal(String name) {
    if (name == null || name.isBlank()) {
      return "the name is empty";
    }
    if (name.indexOf(LenientUtf8.REPLACEMENT) >= 0) {
      return "the name holds bytes that are not UTF-8";
    }
    int length = name.codePointCount(0, name.length());
    if (length > MAX_NAME_CHARS) {
      return String.format(Locale.ROOT, "the name is %,d characters long; names longer than %,d are not screened",
          length, MAX_NAME_CHARS);
    }
    long letters = name.codePoints().filter(Character::isLetter).count();
    if (letters < 2) {
      return "the name '" + name.strip() + "' has fewer than two letters: nothing to screen";
    }
    return null;
  }

  private static LocalDate date(String text, String column, String where, List<String> problems) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(where + ": '" + column + "' must be YYYY-MM-DD, not '" + shortened(text) + "'; screened without it");
      return null;
    }
  }

  private static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  /** The line of a quoted field the text ends inside (a file cut short), or -1. RFC 4180 quoting. */
  static long unclosedQuoteLine(String text) {
    boolean quoted = false;
    boolean fieldStart = true;
    long line = 1;
    long openedOn = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
      } else if (c == '"' && fieldStart) {
        quoted = true;
        openedOn = line;
      }
      if (c == '\n') {
        line++;
      }
      fieldStart = !quoted && (c == ',' || c == '\n' || c == '\r');
    }
    return quoted ? openedOn : -1;
  }

  private static long newlines(CsvRecord row) {
    long n = 0;
    for (String field : row.getFields()) {
      n += field.chars().filter(c -> c == '\n').count();
    }
    return n;
  }
}
