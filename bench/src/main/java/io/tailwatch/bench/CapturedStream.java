package io.tailwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tailwatch.surveillance.modes.Cpr;
import io.tailwatch.surveillance.modes.Crc24;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A receiver's capture rebuilt from real recorded flights (the traffic library's samples in the reference data:
 * ambulance helicopters, calibration flights, firefighting aircraft), as the frames a receiver would have heard:
 * per track point an airborne position (alternating even and odd CPR), an airborne velocity, every fifth point an
 * identification and a DF11 all-call reply. One frame in fifty is corrupted in one bit, one in a hundred in two.
 */
final class CapturedStream {
  final List<byte[]> frames = new ArrayList<>();
  final List<Long> times = new ArrayList<>();

  static CapturedStream fromSamples() throws IOException {
    Path dir = SyntheticGraph.referenceData().resolve("adsb-samples");
    List<JsonNode> points = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json.gz")) {
      for (Path file : files) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          json.readTree(in).forEach(points::add);
        }
      }
    }
    if (points.isEmpty()) {
      throw new IOException("no traffic samples under " + dir + " (set -Dtailwatch.referenceData)");
    }
    points.sort(Comparator.comparingLong(p -> p.path("timestamp").asLong()));
    CapturedStream stream = new CapturedStream();
    Map<String, Integer> count = new HashMap<>();
    int n = 0;
    for (JsonNode p : points) {
      if (!p.hasNonNull("latitude") || !p.hasNonNull("longitude")) {
        continue;
      }
      String hex = p.path("icao24").asText();
      int icao = Integer.parseInt(hex, 16);
      int k = count.merge(hex, 1, Integer::sum);
      long t = p.path("timestamp").asLong();
      int altitude = p.path("altitude").asInt(0);
      stream.add(position(icao, p.path("latitude").asDouble(), p.path("longitude").asDouble(), altitude, k % 2 == 1), t,
          n++);
      stream.add(velocity(icao, p.path("groundspeed").asDouble(0), p.path("track").asDouble(0),
          p.path("vertical_rate").asInt(0)), t, n++);
      if (k % 5 == 1) {
        stream.add(identification(icao, p.path("callsign").asText("")), t, n++);
        stream.add(allCall(icao), t, n++);
      }
    }
    return stream;
  }

  private void add(byte[] frame, long time, int n) {
    if (n % 50 == 7) {
      frame[5] ^= 0x04;
    } else if (n % 100 == 13) {
      frame[5] ^= 0x04;
      frame[frame.length - 5] ^= 0x40;
    }
    frames.add(frame);
    times.add(time);
  }

  private static byte[] position(int icao, double lat, double lon, int altitudeFt, boolean odd) {
    int[] cpr = Cpr.encode(lat, lon, odd, false);
    int n = Math.max(0, Math.min(2047, (altitudeFt + 1000) / 25));
    int alt12 = (n & 0x7F0) << 1 | 0x10 | n & 0x0F; // Q bit set, 25 ft steps
    long me = 11L << 51 | (long) alt12 << 36 | (odd ? 1L : 0L) << 34 | (long) cpr[0] << 17 | cpr[1];
    return squitter(icao, me);
  }

  private static byte[] velocity(int icao, double knots, double track, int verticalRate) {
    double east = knots * Math.sin(Math.toRadians(track));
    double north = knots * Math.cos(Math.toRadians(track));
    long ew = Math.min(1022, Math.round(Math.abs(east))) + 1;
    long ns = Math.min(1022, Math.round(Math.abs(north))) + 1;
    long vr = Math.min(510, Math.abs(verticalRate) / 64) + 1;
    long me = 19L << 51 | 1L << 48 | (east < 0 ? 1L : 0) << 42 | ew << 32 | (north < 0 ? 1L : 0) << 31 | ns << 21
        | (verticalRate < 0 ? 1L : 0) << 19 | vr << 10;
    return squitter(icao, me);
  }

  private static byte[] identification(int icao, String callsign) {
    String charset = "#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######";
    long me = 4L << 51;
    String padded = (callsign + "        ").substring(0, 8);
    for (int i = 0; i < 8; i++) {
      int c = charset.indexOf(padded.charAt(i));
      me |= (long) (c < 0 ? 32 : c) << (42 - 6 * i);
    }
    return squitter(icao, me);
  }

  private static byte[] allCall(int icao) {
    byte[] b = {(byte) (11 << 3 | 5), (byte) (icao >>> 16), (byte) (icao >>> 8), (byte) icao, 0, 0, 0};
    return withParity(b);
  }

  private static byte[] squitter(int icao, long me) {
    byte[] b = new byte[14];
    b[0] = (byte) (17 << 3 | 5);
    b[1] = (byte) (icao >>> 16);
    b[2] = (byte) (icao >>> 8);
    b[3] = (byte) icao;
    for (int i = 0; i < 7; i++) {
      b[4 + i] = (byte) (me >>> (48 - 8 * i));
    }
    return withParity(b);
  }

  private static byte[] withParity(byte[] b) {
    int crc = Crc24.checksum(b, b.length - 3);
    b[b.length - 3] = (byte) (crc >>> 16);
    b[b.length - 2] = (byte) (crc >>> 8);
    b[b.length - 1] = (byte) crc;
    return b;
  }
}
