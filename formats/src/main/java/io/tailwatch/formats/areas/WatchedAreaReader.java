package io.tailwatch.formats.areas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.geo.WatchedArea;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads watched areas from a GeoJSON FeatureCollection: each Feature a Polygon or MultiPolygon (lon, lat) with
 * properties {@code id}, {@code name}, {@code reason} and {@code source} (who drew it and why, cited in alerts).
 * The default set, with the Tri-Border Area of Argentina, Brazil and Paraguay, ships with tailwatch.
 */
public final class WatchedAreaReader {
  public static final String DEFAULT_RESOURCE = "/io/tailwatch/formats/areas/default-areas.geojson";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private WatchedAreaReader() {}

  public static List<WatchedArea> defaults() {
    try (InputStream in = WatchedAreaReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), DEFAULT_RESOURCE);
    } catch (IOException | InputFormatException e) {
      throw new IllegalStateException("the shipped default areas are broken", e);
    }
  }

  public static List<WatchedArea> read(Path file) throws IOException, InputFormatException {
    return parse(Files.readString(file), file.toString());
  }

  static List<WatchedArea> parse(String text, String file) throws InputFormatException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InputFormatException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
      throw new InputFormatException(file, 1, "expected a GeoJSON FeatureCollection");
    }
    List<WatchedArea> areas = new ArrayList<>();
    int index = 0;
    for (JsonNode feature : root.path("features")) {
      index++;
      JsonNode props = feature.path("properties");
      String name = props.path("name").asText(null);
      if (name == null) {
        throw new InputFormatException(file, 0, "feature " + index + " has no 'name' property");
      }
      String id = props.path("id").asText(name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
      Geometry geometry = geometry(feature.path("geometry"), file, index);
      areas.add(new WatchedArea(id, name, props.path("reason").asText(""), props.path("source").asText(file), geometry));
    }
    return areas;
  }

  private static Geometry geometry(JsonNode g, String file, int index) throws InputFormatException {
    String type = g.path("type").asText();
    JsonNode coords = g.path("coordinates");
    switch (type) {
      case "Polygon":
        return polygon(coords, file, index);
      case "MultiPolygon":
        List<Polygon> polygons = new ArrayList<>();
        for (JsonNode p : coords) {
          polygons.add(polygon(p, file, index));
        }
        return GEOMETRY.createMultiPolygon(polygons.toArray(new Polygon[0]));
      default:
        throw new InputFormatException(file, 0, "feature " + index + ": geometry must be Polygon or MultiPolygon, not '"
            + type + "'");
    }
  }

  private static Polygon polygon(JsonNode rings, String file, int index) throws InputFormatException {
    List<LinearRing> list = new ArrayList<>();
    for (JsonNode ring : rings) {
      List<Coordinate> coordinates = new ArrayList<>();
      for (JsonNode c : ring) {
        if (c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
          throw new InputFormatException(file, 0, "feature " + index + ": a position must be [lon, lat]");
        }
        coordinates.add(new Coordinate(c.get(0).asDouble(), c.get(1).asDouble()));
      }
      if (coordinates.size() < 4 || !coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
        throw new InputFormatException(file, 0, "feature " + index + ": a ring needs 4 or more positions and must close");
      }
      list.add(GEOMETRY.createLinearRing(coordinates.toArray(new Coordinate[0])));
    }
    if (list.isEmpty()) {
      throw new InputFormatException(file, 0, "feature " + index + ": polygon without rings");
    }
    return GEOMETRY.createPolygon(list.get(0), list.subList(1, list.size()).toArray(new LinearRing[0]));
  }
}
