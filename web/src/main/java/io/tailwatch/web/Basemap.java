package io.tailwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tailwatch.formats.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline base map: Natural Earth country outlines from the reference data, at 1:110m (world) or 1:50m
 * (regions). Served slimmed: three of the 71 properties, coordinates to 0.001 degree (about 100 m, finer than
 * either scale draws), which makes the files three times smaller. Kept as rings for drawing SVG on the server.
 */
final class Basemap {
  static final List<String> SCALES = List.of("110m", "50m");

  /** One ring of a country outline: longitudes and latitudes. */
  record Ring(double[] lon, double[] lat, double minLon, double minLat, double maxLon, double maxLat) {}

  record Layer(byte[] json, List<Ring> rings) {}

  private final ReferenceData reference;
  private final Map<String, Layer> loaded = new ConcurrentHashMap<>();

  Basemap(ReferenceData reference) {
    this.reference = reference;
  }

  static String file(String scale) {
    return "naturalearth/ne_" + scale + "_admin_0_countries.json";
  }

  /** The slim GeoJSON and rings of a scale, or empty when the reference data lacks the file. */
  Optional<Layer> load(String scale) throws IOException {
    if (!SCALES.contains(scale)) {
      throw ApiError.badRequest("'scale' must be 110m or 50m");
    }
    Layer m = loaded.get(scale);
    if (m != null) {
      return Optional.of(m);
    }
    Optional<Path> path = reference.find(file(scale));
    if (path.isEmpty()) {
      return Optional.empty();
    }
    synchronized (this) {
      m = loaded.get(scale);
      if (m == null) {
        try (InputStream in = Files.newInputStream(path.get())) {
          m = slim(Params.JSON.readTree(in));
        }
        loaded.put(scale, m);
      }
    }
    return Optional.of(m);
  }

  String missing(String scale) {
    return "no base map: " + file(scale) + " is not in " + reference.root()
        + "; run 'tailwatch data update' or point --reference-data at a copy";
  }

  private static Layer slim(JsonNode collection) throws IOException {
    ObjectNode out = Params.JSON.createObjectNode();
    out.put("type", "FeatureCollection");
    ArrayNode features = out.putArray("features");
    List<Ring> rings = new ArrayList<>();
    for (JsonNode f : collection.path("features")) {
      JsonNode geometry = f.path("geometry");
      String type = geometry.path("type").asText();
      List<JsonNode> polygons = new ArrayList<>();
      if (type.equals("Polygon")) {
        polygons.add(geometry.path("coordinates"));
      } else if (type.equals("MultiPolygon")) {
        geometry.path("coordinates").forEach(polygons::add);
      } else {
        continue;
      }
      ObjectNode feature = features.addObject();
      feature.put("type", "Feature");
      ObjectNode props = feature.putObject("properties");
      JsonNode p = f.path("properties");
      props.put("name", p.path("NAME").asText(null));
      props.put("iso_a2", p.path("ISO_A2").asText(null));
      props.put("adm0_a3", p.path("ADM0_A3").asText(null));
      ObjectNode g = feature.putObject("geometry");
      g.put("type", "MultiPolygon");
      ArrayNode multi = g.putArray("coordinates");
      for (JsonNode polygon : polygons) {
        ArrayNode poly = multi.addArray();
        for (JsonNode ring : polygon) {
          ArrayNode r = poly.addArray();
          int n = ring.size();
          double[] lon = new double[n];
          double[] lat = new double[n];
          double minLon = 180, minLat = 90, maxLon = -180, maxLat = -90;
          for (int i = 0; i < n; i++) {
            lon[i] = Math.round(ring.get(i).get(0).asDouble() * 1000) / 1000.0;
            lat[i] = Math.round(ring.get(i).get(1).asDouble() * 1000) / 1000.0;
            r.addArray().add(lon[i]).add(lat[i]);
            minLon = Math.min(minLon, lon[i]);
            maxLon = Math.max(maxLon, lon[i]);
            minLat = Math.min(minLat, lat[i]);
            maxLat = Math.max(maxLat, lat[i]);
          }
          rings.add(new Ring(lon, lat, minLon, minLat, maxLon, maxLat));
        }
      }
    }
    return new Layer(Params.JSON.writeValueAsBytes(out), List.copyOf(rings));
  }
}
