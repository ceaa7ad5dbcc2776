package io.tailwatch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tailwatch.flights.Leg;
import io.tailwatch.surveillance.StateVector;
import java.time.Instant;
import java.util.List;

/**
 * Flight tracks for GIS tools. GeoJSON (RFC 7946): one LineString feature per leg, coordinates
 * {@code [lon, lat, altitude_m]}, the time of each point in the property {@code coordTimes} (the convention of
 * tools that convert KML tracks). KML 2.2: one Placemark per leg with a {@code gx:Track} (a time for every point,
 * so Google Earth replays it) and a TimeSpan.
 */
final class TrackExport {
  /** A leg and its positions, oldest first. */
  record LegTrack(Leg leg, List<StateVector> points) {}

  private TrackExport() {}

  static ObjectNode geoJson(List<LegTrack> tracks) {
    ObjectNode root = Params.JSON.createObjectNode();
    root.put("type", "FeatureCollection");
    ArrayNode features = root.putArray("features");
    for (LegTrack t : tracks) {
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      f.put("id", t.leg().id());
      ObjectNode geometry = f.putObject("geometry");
      geometry.put("type", "LineString");
      ArrayNode coordinates = geometry.putArray("coordinates");
      ObjectNode props = f.putObject("properties");
      props.put("id", t.leg().id());
      props.put("icao24", t.leg().icao24Hex());
      props.put("callsign", t.leg().callsign());
      props.put("origin", t.leg().origin());
      props.put("destination", t.leg().destination());
      props.put("first_seen", t.leg().firstSeen().toString());
      props.put("last_seen", t.leg().lastSeen().toString());
      ArrayNode times = props.putArray("coordTimes");
      for (StateVector v : t.points()) {
        ArrayNode c = coordinates.addArray();
        c.add(round(v.lon(), 5));
        c.add(round(v.lat(), 5));
        if (!Double.isNaN(v.altitude())) {
          c.add(Math.round(v.altitude()));
        }
        times.add(Instant.ofEpochMilli(v.timeMs()).toString());
      }
    }
    return root;
  }

  static String kml(List<LegTrack> tracks) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<kml xmlns=\"http://www.opengis.net/kml/2.2\" xmlns:gx=\"http://www.google.com/kml/ext/2.2\">\n")
        .append("<Document>\n<name>tailwatch tracks</name>\n");
    for (LegTrack t : tracks) {
      Leg leg = t.leg();
      sb.append("<Placemark id=\"").append(xml(leg.id())).append("\">\n<name>")
          .append(xml((leg.callsign() != null ? leg.callsign() : leg.icao24Hex()) + " "
              + (leg.origin() != null ? leg.origin() : "?") + "-" + (leg.destination() != null ? leg.destination() : "?")))
          .append("</name>\n<description>")
          .append(xml("Mode S " + leg.icao24Hex() + ", " + leg.firstSeen() + " to " + leg.lastSeen() + ", "
              + t.points().size() + " positions"))
          .append("</description>\n<TimeSpan><begin>").append(leg.firstSeen()).append("</begin><end>")
          .append(leg.lastSeen()).append("</end></TimeSpan>\n<gx:Track>\n<altitudeMode>absolute</altitudeMode>\n");
      for (StateVector v : t.points()) {
        sb.append("<when>").append(Instant.ofEpochMilli(v.timeMs())).append("</when>\n");
      }
      for (StateVector v : t.points()) {
        sb.append("<gx:coord>").append(round(v.lon(), 5)).append(' ').append(round(v.lat(), 5)).append(' ')
            .append(Double.isNaN(v.altitude()) ? 0 : Math.round(v.altitude())).append("</gx:coord>\n");
      }
      sb.append("</gx:Track>\n</Placemark>\n");
    }
    return sb.append("</Document>\n</kml>\n").toString();
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  /** Text for XML content and attributes: markup characters escaped, characters XML 1.0 forbids dropped. */
  static String xml(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
