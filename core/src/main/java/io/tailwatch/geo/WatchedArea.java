package io.tailwatch.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * An area of concern drawn by an analyst: a polygon (lon/lat, WGS84) with a name and the reason it is
 * watched. Containment uses a JTS prepared geometry, so repeated tests cost O(log n) in the vertex count.
 */
public final class WatchedArea {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final String id;
  private final String name;
  private final String reason;
  private final String source;
  private final Geometry geometry;
  private final PreparedGeometry prepared;

  public WatchedArea(String id, String name, String reason, String source, Geometry geometry) {
    this.id = id;
    this.name = name;
    this.reason = reason;
    this.source = source;
    this.geometry = geometry;
    this.prepared = PreparedGeometryFactory.prepare(geometry);
  }

  public boolean contains(double lat, double lon) {
    return prepared.covers(FACTORY.createPoint(new Coordinate(lon, lat)));
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String reason() {
    return reason;
  }

  /** Who drew the area and on what basis, cited in alerts. */
  public String source() {
    return source;
  }

  public Geometry geometry() {
    return geometry;
  }
}
