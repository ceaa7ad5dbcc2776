package io.tailwatch.formats.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tailwatch.detect.DetectionRules;
import io.tailwatch.detect.Severity;
import io.tailwatch.formats.InputFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the detection rules file (YAML). Keys left out keep their defaults; an unknown key or a value of the wrong
 * kind is refused with its name, so a typo never silently disables a rule.
 */
public final class RulesReader {
  public static final String DEFAULT_RESOURCE = "/io/tailwatch/formats/rules/default-rules.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> KEYS = Set.of("watched_countries", "route_pause_days", "max_stopover_hours",
      "name_threshold", "max_graph_steps", "incident_window_days", "incident_radius_km", "max_cargo_crew",
      "suppress_hours", "transponder_gap_minutes", "severities");

  private RulesReader() {}

  /** The shipped defaults, read from the documented default file. */
  public static DetectionRules defaults() {
    try (InputStream in = RulesReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      return parse(YAML.readTree(in), DEFAULT_RESOURCE, DetectionRules.defaults());
    } catch (IOException | InputFormatException e) {
      throw new IllegalStateException("the shipped default rules are broken", e);
    }
  }

  public static DetectionRules read(Path file) throws IOException, InputFormatException {
    JsonNode root;
    try {
      root = YAML.readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InputFormatException(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "not valid YAML: " + e.getOriginalMessage());
    }
    return parse(root, file.toString(), defaults());
  }

  static DetectionRules parse(JsonNode root, String file, DetectionRules base) throws InputFormatException {
    if (root == null || root.isNull() || root.isMissingNode()) {
      return base;
    }
    if (!root.isObject()) {
      throw new InputFormatException(file, 1, "the rules file must be a mapping of keys to values");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new InputFormatException(file, 0, "unknown rule '" + key + "'; known: " + String.join(", ", new java.util.TreeSet<>(KEYS)));
      }
    }
    Set<String> countries = base.watchedCountries();
    if (root.has("watched_countries")) {
      JsonNode list = root.get("watched_countries");
      if (!list.isArray()) {
        throw new InputFormatException(file, 0, "'watched_countries' must be a list of two-letter country codes");
      }
      countries = new LinkedHashSet<>();
      for (JsonNode c : list) {
        String code = c.asText().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
          throw new InputFormatException(file, 0, "'watched_countries': '" + c.asText() + "' is not a two-letter code");
        }
        countries.add(code);
      }
    }
    Map<String, Severity> severities = new HashMap<>(base.severities());
    JsonNode sev = root.get("severities");
    if (sev != null && !sev.isNull()) {
      if (!sev.isObject()) {
        throw new InputFormatException(file, 0, "'severities' must map detector names to low, medium, high or critical");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = sev.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        try {
          severities.put(e.getKey(), Severity.valueOf(e.getValue().asText().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException bad) {
          throw new InputFormatException(file, 0, "'severities." + e.getKey() + "' must be low, medium, high or critical");
        }
      }
    }
    return new DetectionRules(countries,
        integer(root, "route_pause_days", base.routePauseDays(), file),
        integer(root, "max_stopover_hours", base.maxStopoverHours(), file),
        fraction(root, "name_threshold", base.nameThreshold(), file),
        integer(root, "max_graph_steps", base.maxGraphSteps(), file),
        integer(root, "incident_window_days", base.incidentWindowDays(), file),
        number(root, "incident_radius_km", base.incidentRadiusKm(), file),
        integer(root, "max_cargo_crew", base.maxCargoCrew(), file),
        integer(root, "suppress_hours", base.suppressHours(), file),
        integer(root, "transponder_gap_minutes", base.transponderGapMinutes(), file),
        severities);
  }

  private static int integer(JsonNode root, String key, int fallback, String file) throws InputFormatException {
    JsonNode v = root.get(key);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
      throw new InputFormatException(file, 0, "'" + key + "' must be a whole number of 0 or more, not '" + v.asText() + "'");
    }
    return v.asInt();
  }

  private static double number(JsonNode root, String key, double fallback, String file) throws InputFormatException {
    JsonNode v = root.get(key);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isNumber() || v.asDouble() < 0) {
      throw new InputFormatException(file, 0, "'" + key + "' must be a number of 0 or more, not '" + v.asText() + "'");
    }
    return v.asDouble();
  }

  private static double fraction(JsonNode root, String key, double fallback, String file) throws InputFormatException {
    double d = number(root, key, fallback, file);
    if (d > 1) {
      throw new InputFormatException(file, 0, "'" + key + "' must be between 0 and 1, not " + d);
    }
    return d;
  }
}
