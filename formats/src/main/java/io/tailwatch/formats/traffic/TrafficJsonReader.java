package io.tailwatch.formats.traffic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.Inputs;
import io.tailwatch.surveillance.Icao24;
import io.tailwatch.surveillance.StateVector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trajectories in the JSON form of the {@code traffic} library's samples (plain or gzip): a list of records, one
 * per position, with {@code timestamp} (Unix ms), {@code icao24}, {@code latitude}, {@code longitude},
 * {@code altitude} (ft, barometric), {@code geoaltitude} (ft), {@code groundspeed} (kt), {@code track} (deg),
 * {@code vertical_rate} (ft/min), {@code callsign}, {@code onground}, {@code squawk}; other fields are ignored.
 * Read as a stream (never the whole file in memory); converted to state vectors in metres and metres per second.
 * A malformed record is refused with the file and line.
 */
public final class TrafficJsonReader {
  private static final double METRES_PER_FOOT = 0.3048;
  private static final double MPS_PER_KNOT = 0.514444;
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1 << 16).maxNestingDepth(8).build())
      .build();

  private TrafficJsonReader() {}

  public static List<StateVector> read(Path file) throws IOException, InputFormatException {
    List<StateVector> out = new ArrayList<>();
    read(file, out::add);
    return out;
  }

  public static void read(Path file, Consumer<StateVector> sink) throws IOException, InputFormatException {
    try (InputStream in = Inputs.open(file); JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new InputFormatException(file.toString(), line(p), "a traffic sample is a JSON list of records");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        long line = line(p);
        Record r = new Record();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken value = p.nextToken();
          if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            p.skipChildren();
            continue;
          }
          if (value == JsonToken.VALUE_NULL) {
            continue;
          }
          switch (field) {
            case "timestamp" -> r.time = value.isNumeric() ? p.getLongValue() : -1;
            case "icao24" -> r.icao24 = p.getText();
            case "latitude" -> r.lat = number(p, value);
            case "longitude" -> r.lon = number(p, value);
            case "altitude" -> r.altitude = number(p, value) * METRES_PER_FOOT;
            case "geoaltitude" -> r.geoAltitude = number(p, value) * METRES_PER_FOOT;
            case "groundspeed" -> r.speed = number(p, value) * MPS_PER_KNOT;
            case "track" -> r.track = number(p, value);
            case "vertical_rate" -> r.verticalRate = number(p, value) * METRES_PER_FOOT / 60;
            case "callsign" -> r.callsign = p.getText().trim();
            case "onground" -> r.onGround = value == JsonToken.VALUE_TRUE;
            case "squawk" -> r.squawk = p.getText();
            default -> { }
          }
        }
        sink.accept(r.toStateVector(file, line));
      }
      if (p.currentToken() != JsonToken.END_ARRAY) {
        throw new InputFormatException(file.toString(), line(p), "expected a record or the end of the list");
      }
    } catch (JsonProcessingException e) {
      throw new InputFormatException(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "not valid JSON: " + e.getOriginalMessage());
    } catch (NumberFormatException e) {
      throw new InputFormatException(file.toString(), 0, e.getMessage());
    }
  }

  private static double number(JsonParser p, JsonToken value) throws IOException {
    if (!value.isNumeric()) {
      throw new NumberFormatException("'" + p.currentName() + "' is not a number: '" + p.getText() + "' at line "
          + line(p));
    }
    return p.getDoubleValue();
  }

  private static long line(JsonParser p) {
    return p.currentLocation().getLineNr();
  }

  private static final class Record {
    long time = -1;
    String icao24;
    double lat = Double.NaN;
    double lon = Double.NaN;
    double altitude = Double.NaN;
    double geoAltitude = Double.NaN;
    double speed = Double.NaN;
    double track = Double.NaN;
    double verticalRate = Double.NaN;
    String callsign;
    boolean onGround;
    String squawk;

    StateVector toStateVector(Path file, long line) throws InputFormatException {
      if (time < 0) {
        throw new InputFormatException(file.toString(), line, "record without a numeric 'timestamp'");
      }
      if (icao24 == null || !icao24.matches("[0-9a-fA-F]{6}")) {
        throw new InputFormatException(file.toString(), line, "'icao24' is not six hex digits: " + icao24);
      }
      if (!Double.isNaN(lat) && (Math.abs(lat) > 90 || Math.abs(lon) > 180)) {
        throw new InputFormatException(file.toString(), line, "position " + lat + "," + lon + " is off the globe");
      }
      return new StateVector(time, Icao24.parse(icao24), lat, lon, speed, track, verticalRate,
          callsign == null || callsign.isEmpty() ? null : callsign, onGround, squawk, altitude, geoAltitude);
    }
  }
}
