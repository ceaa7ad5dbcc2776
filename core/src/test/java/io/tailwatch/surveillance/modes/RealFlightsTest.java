package io.tailwatch.surveillance.modes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real flights (OpenSky tracks from the traffic library's samples, adsb-samples/README.md in the shared reference
 * data) encoded as the position and velocity squitters their aircraft sent, then decoded: every position must come
 * back where the aircraft was, within the encoding's resolution, and every velocity as it was.
 */
class RealFlightsTest {
  private static final Pattern FIELD = Pattern.compile("\"(timestamp|latitude|longitude|groundspeed|track|onground)\""
      + ":(true|false|-?[0-9.eE+-]+)");

  record Point(long time, double lat, double lon, double speed, double track, boolean ground) {}

  @ParameterizedTest
  @ValueSource(strings = {"calibration_munich.json.gz", "calibration_toulouse.json.gz",
      "calibration_vienna.json.gz", "ambulances_rega_zh.json.gz"})
  void everyPositionAndVelocityComesBack(String file) throws IOException {
    List<Point> track = read(file);
    Point home = track.get(0);
    ModeSDecoder decoder = new ModeSDecoder(true, home.lat(), home.lon());
    int address = 0x3C6586;
    int positions = 0;
    for (int i = 0; i < track.size(); i++) {
      Point p = track.get(i);
      boolean odd = i % 2 == 1;
      String frame = p.ground() ? Frames.surfacePosition(address, odd, p.lat(), p.lon())
          : Frames.airbornePosition(address, odd, p.lat(), p.lon());
      DecodedMessage m = decoder.decode(Frames.frame(frame, p.time()));
      if (m.hasPosition()) {
        positions++;
        double toleranceDeg = p.ground() ? 2e-5 : 1e-4; // about 2 m on the surface, 10 m airborne
        assertThat(m.lat()).as("%s at %d", file, p.time()).isCloseTo(p.lat(), within(toleranceDeg));
        assertThat(m.lon()).as("%s at %d", file, p.time()).isCloseTo(p.lon(), within(toleranceDeg * 2));
      }
      DecodedMessage v = decoder.decode(Frames.frame(velocity(address, p.speed(), p.track()), p.time() + 100));
      if (p.speed() >= 5) {
        assertThat(v.groundSpeedKt()).isCloseTo(p.speed(), within(1.0));
        double error = Math.abs(((v.trackDeg() - p.track()) % 360 + 540) % 360 - 180);
        assertThat(error).as("track at %d", p.time()).isLessThan(180.0 / p.speed() + 0.5);
      }
    }
    // The first frame waits for its pair, and the tracks' own glitches (a position no aircraft flies to) are dropped.
    assertThat(positions).as(decoder.stats().toString()).isGreaterThan(track.size() * 98 / 100);
    assertThat(decoder.stats().count(DecoderStats.Reason.CPR_ZONE_MISMATCH)).isLessThan(track.size() / 100 + 1);
  }

  private static String velocity(int address, double speedKt, double track) {
    double east = speedKt * Math.sin(Math.toRadians(track));
    double north = speedKt * Math.cos(Math.toRadians(track));
    long me = 19L << 51 | 1L << 48 | (east < 0 ? 1L : 0) << 42 | (Math.round(Math.abs(east)) + 1) << 32
        | (north < 0 ? 1L : 0) << 31 | (Math.round(Math.abs(north)) + 1) << 21;
    return Frames.extendedSquitter(address, me);
  }

  private static List<Point> read(String file) throws IOException {
    Path path = Path.of(System.getProperty("tailwatch.referenceData", "../../shared/data"), "adsb-samples", file);
    Assumptions.assumeTrue(Files.exists(path), "no OpenSky samples at " + path.toAbsolutePath() + "; skipping");
    String json;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Point> points = new ArrayList<>();
    for (String record : json.split("\\}\\s*,\\s*\\{")) {
      Matcher m = FIELD.matcher(record);
      long time = -1;
      double lat = Double.NaN, lon = Double.NaN, speed = 0, track = 0;
      boolean ground = false;
      while (m.find()) {
        switch (m.group(1)) {
          case "timestamp" -> time = Long.parseLong(m.group(2));
          case "latitude" -> lat = Double.parseDouble(m.group(2));
          case "longitude" -> lon = Double.parseDouble(m.group(2));
          case "groundspeed" -> speed = Double.parseDouble(m.group(2));
          case "track" -> track = Double.parseDouble(m.group(2));
          case "onground" -> ground = Boolean.parseBoolean(m.group(2));
          default -> { }
        }
      }
      if (time >= 0 && !Double.isNaN(lat) && !Double.isNaN(lon)) {
        points.add(new Point(time, lat, lon, speed, track, ground));
      }
    }
    points.sort((a, b) -> Long.compare(a.time(), b.time()));
    assertThat(points).as(file).hasSizeGreaterThan(300);
    return points;
  }
}
