package io.tailwatch.formats.text;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.Inputs;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Reads the rows of an outside CSV file (plain or gzip, recognised by content) through {@link StrictText} and
 * FastCSV, and turns every way the file can be broken into one {@link InputFormatException} naming the file and
 * line: bad encoding, a huge field, a quoted field left open at the end, a corrupt or cut gzip stream, or a fault
 * the row handler finds. Empty lines are skipped. Streaming: memory is bounded by one row.
 */
public final class CsvRows {
  /** Fields longer than this (in characters) are refused: no real list has one, a hostile file might. */
  public static final int MAX_FIELD_CHARS = 1 << 20;

  /** Receives one row; may refuse it. */
  public interface Handler {
    void row(CsvRecord row) throws InputFormatException;
  }

  private CsvRows() {}

  /** Reads with comma separator and double-quote quoting. */
  public static void read(Path file, StrictText.Encoding encoding, Handler handler)
      throws IOException, InputFormatException {
    read(file, encoding, ',', '"', handler);
  }

  public static void read(Path file, StrictText.Encoding encoding, char separator, char quote, Handler handler)
      throws IOException, InputFormatException {
    String name = file.toString();
    long line = 1;
    try (InputStream in = Inputs.open(file);
        StrictText text = StrictText.csv(in, encoding, separator, quote, MAX_FIELD_CHARS);
        CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).quoteCharacter(quote)
            .skipEmptyLines(true).ignoreDifferentFieldCount(true).ofCsvRecord(text)) {
      for (CsvRecord row : csv) {
        line = row.getStartingLineNumber();
        handler.row(row);
      }
    } catch (UncheckedIOException e) {
      throw refusal(name, line, e.getCause());
    } catch (StrictText.Problem | ZipException | EOFException e) {
      throw refusal(name, line, e);
    } catch (CsvParseException e) {
      throw new InputFormatException(name, line, "not valid CSV: " + e.getMessage());
    }
  }

  private static InputFormatException refusal(String file, long line, IOException cause) {
    if (cause instanceof StrictText.Problem p) {
      return new InputFormatException(file, p.line(), p.getMessage());
    }
    if (cause instanceof ZipException || cause instanceof EOFException) {
      return new InputFormatException(file, line, "corrupt or truncated gzip stream (" + cause.getMessage() + ")");
    }
    return new InputFormatException(file, line, "cannot be read: " + cause.getMessage());
  }

  /** A field, trimmed, or null when empty or absent. */
  public static String field(CsvRecord row, int index) {
    if (index < 0 || index >= row.getFieldCount()) {
      return null;
    }
    String v = row.getField(index).trim();
    return v.isEmpty() ? null : v;
  }

  /** Whether the row is the single empty field FastCSV yields for a blank line. */
  public static boolean isBlank(CsvRecord row) {
    List<String> fields = row.getFields();
    return fields.size() == 1 && fields.get(0).isBlank();
  }
}
