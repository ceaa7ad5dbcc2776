package io.tailwatch.formats.text;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV header read tolerantly: column names are compared by their letters and digits only, ignoring case, so
 * {@code $ICAO Type}, {@code icao_type} and {@code ICAOTYPE} are one column, and the display markers plane-alert-db
 * puts in its header ({@code $}, {@code #}) do not matter. Lookups are O(1).
 */
public final class CsvHeader {
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> names;

  public CsvHeader(CsvRecord header) {
    this(header.getFields());
  }

  public CsvHeader(List<String> fields) {
    names = new ArrayList<>(fields);
    for (int i = 0; i < fields.size(); i++) {
      index.putIfAbsent(key(fields.get(i)), i);
    }
  }

  public static String key(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** The column's position, or -1 when the header lacks it. */
  public int indexOf(String column) {
    return index.getOrDefault(key(column), -1);
  }

  public boolean has(String column) {
    return indexOf(column) >= 0;
  }

  /** The trimmed field of the named column, or null when empty or the column is absent. */
  public String get(CsvRecord row, String column) {
    return CsvRows.field(row, indexOf(column));
  }

  public List<String> names() {
    return names;
  }
}
