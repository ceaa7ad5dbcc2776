package io.tailwatch.formats.ftm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.Inputs;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.Schema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads FollowTheMoney entities as JSON Lines, the form OpenSanctions and Aleph publish: one object per line
 * with {@code id}, {@code schema}, {@code properties} (each a list of strings), and optionally {@code datasets},
 * {@code referents}, {@code first_seen}, {@code last_seen}, plus tailwatch's own {@code tailwatch} extension
 * object. Other top-level keys ({@code caption}, {@code target}, {@code last_change}) are ignored as FtM does.
 *
 * <p>Lines over {@link #MAX_LINE_CHARS} are refused rather than buffered without bound; blank lines are skipped.
 */
public final class FtmJsonReader {
  public static final int MAX_LINE_CHARS = 8 << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxStringLength(MAX_LINE_CHARS).maxNestingDepth(16).build());
  }

  private FtmJsonReader() {}

  public static List<Entity> read(Path file) throws IOException, InputFormatException {
    List<Entity> out = new ArrayList<>();
    read(file, out::add);
    return out;
  }

  public static void read(Path file, Consumer<Entity> sink) throws IOException, InputFormatException {
    String name = file.toString();
    long lineNumber = 0;
    boolean any = false;
    try (BufferedReader reader = new BufferedReader(Inputs.utf8(file), 1 << 16)) {
      StringBuilder line = new StringBuilder();
      while (readLine(reader, line, name, lineNumber + 1)) {
        lineNumber++;
        if (line.toString().isBlank()) {
          continue;
        }
        sink.accept(parse(line.toString(), name, lineNumber));
        any = true;
      }
    } catch (java.nio.charset.CharacterCodingException | UncheckedIOException e) {
      throw new InputFormatException(name, lineNumber + 1, "not valid UTF-8 text");
    }
    if (!any) {
      throw new InputFormatException(name, 1, "no entities: the file is empty");
    }
  }

  private static boolean readLine(BufferedReader reader, StringBuilder line, String name, long lineNumber)
      throws IOException, InputFormatException {
    line.setLength(0);
    int c;
    boolean read = false;
    while ((c = reader.read()) >= 0) {
      read = true;
      if (c == '\n') {
        return true;
      }
      if (c != '\r') {
        if (line.length() >= MAX_LINE_CHARS) {
          throw new InputFormatException(name, lineNumber, "line longer than " + MAX_LINE_CHARS + " characters");
        }
        line.append((char) c);
      }
    }
    return read;
  }

  /** Parses one line of FtM JSON. */
  public static Entity parse(String json, String file, long line) throws InputFormatException {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InputFormatException(file, line, "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InputFormatException(file, line, "expected a JSON object per line");
    }
    String id = text(node, "id");
    String schema = text(node, "schema");
    if (id == null || id.isBlank()) {
      throw new InputFormatException(file, line, "entity has no 'id'");
    }
    if (schema == null || !Schema.isKnown(schema)) {
      throw new InputFormatException(file, line, schema == null ? "entity " + id + " has no 'schema'"
          : "entity " + id + " has unknown schema '" + schema + "'");
    }
    return new Entity(id, schema, multimap(node.get("properties"), file, line, "properties"),
        strings(node.get("datasets")), strings(node.get("referents")), text(node, "first_seen"),
        text(node, "last_seen"), multimap(node.get("tailwatch"), file, line, "tailwatch"));
  }

  private static Map<String, List<String>> multimap(JsonNode node, String file, long line, String what)
      throws InputFormatException {
    Map<String, List<String>> map = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return map;
    }
    if (!node.isObject()) {
      throw new InputFormatException(file, line, "'" + what + "' must be an object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode values = e.getValue();
      if (values.isArray()) {
        List<String> list = new ArrayList<>();
        for (JsonNode v : values) {
          if (!v.isValueNode() || v.isNull()) {
            throw new InputFormatException(file, line, "property '" + e.getKey() + "' must hold strings");
          }
          list.add(v.asText());
        }
        map.put(e.getKey(), list);
      } else if (values.isValueNode() && !values.isNull()) {
        map.put(e.getKey(), List.of(values.asText()));
      } else {
        throw new InputFormatException(file, line, "property '" + e.getKey() + "' must be a list of strings");
      }
    }
    return map;
  }

  private static List<String> strings(JsonNode node) {
    List<String> list = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(v -> list.add(v.asText()));
    }
    return list;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
