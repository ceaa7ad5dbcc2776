package io.tailwatch.web;

import io.tailwatch.geo.WatchedArea;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A map as SVG, drawn on the server for reports: country outlines, watched areas and tracks over the tracks'
 * bounding box (plus a margin), in an equirectangular projection, as the page draws them. Self-contained (no
 * script, no external reference), so it prints and survives being saved with the report.
 */
final class MapSvg {
  static final int WIDTH = 900;

  /** A track: points as {@code [lat, lon]}, the colour it is drawn in, and a label. */
  record Track(List<double[]> points, String colour, String label) {}

  private MapSvg() {}

  static String draw(List<Basemap.Ring> land, List<WatchedArea> areas, List<Track> tracks) {
    double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
    for (Track t : tracks) {
      for (double[] p : t.points()) {
        minLat = Math.min(minLat, p[0]);
        maxLat = Math.max(maxLat, p[0]);
        minLon = Math.min(minLon, p[1]);
        maxLon = Math.max(maxLon, p[1]);
      }
    }
    if (minLon > maxLon) {
      minLon = -180;
      maxLon = 180;
      minLat = -60;
      maxLat = 80;
    }
    double padLon = Math.max(2, (maxLon - minLon) * 0.1);
    double padLat = Math.max(2, (maxLat - minLat) * 0.1);
    minLon = Math.max(-180, minLon - padLon);
    maxLon = Math.min(180, maxLon + padLon);
    minLat = Math.max(-90, minLat - padLat);
    maxLat = Math.min(90, maxLat + padLat);
    double scale = WIDTH / (maxLon - minLon);
    int height = (int) Math.max(200, Math.round((maxLat - minLat) * scale));
    scale = Math.min(scale, height / (maxLat - minLat));
    Projection proj = new Projection(minLon, maxLat, scale);
    StringBuilder svg = new StringBuilder(64 * 1024);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"100%\" role=\"img\" aria-label=\"Map of the flight\">")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#cfe3f3\"/>");
    svg.append("<g fill=\"#eceae4\" stroke=\"#b9b4a8\" stroke-width=\"0.5\">");
    for (Basemap.Ring r : land) {
      if (r.maxLon() < minLon || r.minLon() > maxLon || r.maxLat() < minLat || r.minLat() > maxLat) {
        continue;
      }
      svg.append("<path d=\"");
      for (int i = 0; i < r.lon().length; i++) {
        svg.append(i == 0 ? 'M' : 'L').append(proj.x(r.lon()[i])).append(',').append(proj.y(r.lat()[i]));
      }
      svg.append("Z\"/>");
    }
    svg.append("</g>");
    for (WatchedArea area : areas) {
      Geometry g = area.geometry();
      for (int i = 0; i < g.getNumGeometries(); i++) {
        if (g.getGeometryN(i) instanceof Polygon p) {
          svg.append("<path fill=\"rgba(176,0,32,0.2)\" stroke=\"#b00020\" stroke-width=\"1\" d=\"");
          Coordinate[] cs = p.getExteriorRing().getCoordinates();
          for (int k = 0; k < cs.length; k++) {
            svg.append(k == 0 ? 'M' : 'L').append(proj.x(cs[k].x)).append(',').append(proj.y(cs[k].y));
          }
          svg.append("Z\"><title>").append(TrackExport.xml(area.name())).append("</title></path>");
        }
      }
    }
    for (Track t : tracks) {
      if (t.points().isEmpty()) {
        continue;
      }
      svg.append("<path fill=\"none\" stroke=\"").append(t.colour()).append("\" stroke-width=\"2.5\" d=\"");
      for (int i = 0; i < t.points().size(); i++) {
        double[] p = t.points().get(i);
        svg.append(i == 0 ? 'M' : 'L').append(proj.x(p[1])).append(',').append(proj.y(p[0]));
      }
      svg.append("\"><title>").append(TrackExport.xml(t.label())).append("</title></path>");
      double[] first = t.points().get(0);
      double[] last = t.points().get(t.points().size() - 1);
      svg.append("<circle r=\"4\" fill=\"#1d2330\" cx=\"").append(proj.x(first[1])).append("\" cy=\"")
          .append(proj.y(first[0])).append("\"/>");
      svg.append("<circle r=\"4\" fill=\"").append(t.colour()).append("\" stroke=\"#1d2330\" cx=\"")
          .append(proj.x(last[1])).append("\" cy=\"").append(proj.y(last[0])).append("\"/>");
    }
    return svg.append("</svg>").toString();
  }

  private record Projection(double minLon, double maxLat, double scale) {
    String x(double lon) {
      return String.format(Locale.ROOT, "%.1f", (lon - minLon) * scale);
    }

    String y(double lat) {
      return String.format(Locale.ROOT, "%.1f", (maxLat - lat) * scale);
    }
  }
}
