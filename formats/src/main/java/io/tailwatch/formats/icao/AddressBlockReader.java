package io.tailwatch.formats.icao;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.text.CsvHeader;
import io.tailwatch.formats.text.CsvRows;
import io.tailwatch.formats.text.StrictText;
import io.tailwatch.surveillance.AddressAllocation;
import io.tailwatch.surveillance.Icao24;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the ICAO 24-bit address allocation table ({@code icao-blocks/icao_address_blocks.csv}, header
 * {@code priority,start_hex,end_hex,size,country,iso2}) into an {@link AddressAllocation}. {@code start_hex} and
 * {@code end_hex} are six hex digits, inclusive; {@code size} must agree with them; {@code priority} and row
 * order are not needed, since the most specific block wins (both rules agree on this table). The secondary
 * dump1090 table (same columns without priority and iso2) reads too.
 *
 * <p>Fixes the source's known slip: Cook Islands (901000-9017FF) is written with iso2 {@code SK} (Slovakia); it
 * is {@code CK}. A few hundred rows; microseconds.
 */
public final class AddressBlockReader {
  public static final String FILE = "icao-blocks/icao_address_blocks.csv";

  private AddressBlockReader() {}

  public static AddressAllocation read(Path file) throws IOException, InputFormatException {
    return new AddressAllocation(readBlocks(file));
  }

  public static List<AddressAllocation.Block> readBlocks(Path file) throws IOException, InputFormatException {
    String name = file.toString();
    List<AddressAllocation.Block> blocks = new ArrayList<>();
    CsvHeader[] header = new CsvHeader[1];
    CsvRows.read(file, StrictText.Encoding.UTF8, row -> {
      if (header[0] == null) {
        header[0] = new CsvHeader(row);
        for (String required : List.of("start_hex", "end_hex", "country")) {
          if (!header[0].has(required)) {
            throw new InputFormatException(name, row.getStartingLineNumber(), "missing column '" + required
                + "'; expected priority,start_hex,end_hex,size,country,iso2");
          }
        }
        return;
      }
      CsvHeader h = header[0];
      long line = row.getStartingLineNumber();
      int first = hex(h.get(row, "start_hex"), name, line);
      int last = hex(h.get(row, "end_hex"), name, line);
      String size = h.get(row, "size");
      if (first > last) {
        throw new InputFormatException(name, line, "block ends before it starts");
      }
      if (size != null && !size.equals(Integer.toString(last - first + 1))) {
        throw new InputFormatException(name, line, "size " + size + " does not match the block "
            + h.get(row, "start_hex") + "-" + h.get(row, "end_hex") + " (" + (last - first + 1) + " addresses)");
      }
      String country = h.get(row, "country");
      if (country == null) {
        throw new InputFormatException(name, line, "no country");
      }
      blocks.add(new AddressAllocation.Block(first, last, country, iso2(country, h.get(row, "iso2"))));
    });
    if (blocks.isEmpty()) {
      throw new InputFormatException(name, 1, "no address blocks: the file is empty or has only a header");
    }
    return blocks;
  }

  /** The iso2 column, corrected where the source is known to be wrong. */
  static String iso2(String country, String iso2) {
    if (country.equalsIgnoreCase("Cook Islands") && "SK".equalsIgnoreCase(iso2)) {
      return "CK";
    }
    return iso2 == null ? null : iso2.toUpperCase(Locale.ROOT);
  }

  private static int hex(String text, String file, long line) throws InputFormatException {
    try {
      return Icao24.parse(text == null ? "" : text);
    } catch (IllegalArgumentException e) {
      throw new InputFormatException(file, line, e.getMessage());
    }
  }
}
