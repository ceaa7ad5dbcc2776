package io.tailwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tailwatch.surveillance.modes.Cpr;
import io.tailwatch.surveillance.modes.Crc24;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A real recorded flight (the traffic library's OpenSky samples in the reference data) written back as a receiver
 * would have recorded it: Beast frames stamped with a 12 MHz counter (airborne positions alternating even and odd,
 * a velocity per point, an identification every fifth), or SBS-1 lines. Test scope only.
 */
final class Recordings {
  private static final String CHARSET = "#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######";
  private static final DateTimeFormatter SBS_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SBS_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private Recordings() {}

  static List<JsonNode> points(Path sample) throws IOException {
    List<JsonNode> points = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(sample))) {
      new ObjectMapper().readTree(in).forEach(p -> {
        if (p.hasNonNull("latitude") && p.hasNonNull("longitude")) {
          points.add(p);
        }
      });
    }
    return points;
  }

  /** The flight as Beast; the counter starts at {@code firstTicks} (any value: only differences carry time). */
  static byte[] beast(List<JsonNode> points, long firstTicks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long t0 = points.get(0).path("timestamp").asLong();
    int k = 0;
    for (JsonNode p : points) {
      int icao = Integer.parseInt(p.path("icao24").asText(), 16);
      long ticks = firstTicks + (p.path("timestamp").asLong() - t0) * 12_000;
      if (k % 5 == 0) {
        frame(out, ticks, identification(icao, p.path("callsign").asText("")));
      }
      frame(out, ticks + 1_200, position(icao, p.path("latitude").asDouble(), p.path("longitude").asDouble(),
          p.path("altitude").asInt(0), k % 2 == 1));
      frame(out, ticks + 2_400, velocity(icao, p.path("groundspeed").asDouble(0), p.path("track").asDouble(0),
          p.path("vertical_rate").asInt(0)));
      k++;
    }
    return out.toByteArray();
  }

  /** The flight as SBS-1: identification, velocity and airborne position lines per point. */
  static String sbs(List<JsonNode> points) {
    StringBuilder sb = new StringBuilder();
    for (JsonNode p : points) {
      Instant t = Instant.ofEpochMilli(p.path("timestamp").asLong());
      String head = "," + p.path("icao24").asText().toUpperCase() + ",1," + SBS_DATE.format(t) + ","
          + SBS_TIME.format(t) + "," + SBS_DATE.format(t) + "," + SBS_TIME.format(t) + ",";
      sb.append("MSG,1,1,1").append(head).append(p.path("callsign").asText("")).append(",,,,,,,,0,0,0,0\r\n");
      double track = (p.path("track").asDouble(0) % 360 + 360) % 360;
      sb.append("MSG,4,1,1").append(head).append(",,").append(p.path("groundspeed").asInt(0)).append(',')
          .append(track).append(",,,").append(p.path("vertical_rate").asInt(0)).append(",,0,0,0,0\r\n");
      sb.append("MSG,3,1,1").append(head).append(",").append(p.path("altitude").asInt(0)).append(",,,")
          .append(p.path("latitude").asDouble()).append(',').append(p.path("longitude").asDouble())
          .append(",,,0,0,0,0\r\n");
    }
    return sb.toString();
  }

  private static void frame(ByteArrayOutputStream out, long ticks, byte[] reply) {
    out.write(0x1A);
    out.write('3');
    byte[] body = new byte[7 + reply.length];
    for (int i = 0; i < 6; i++) {
      body[i] = (byte) (ticks >>> (40 - 8 * i));
    }
    body[6] = (byte) 0x60;
    System.arraycopy(reply, 0, body, 7, reply.length);
    for (byte b : body) {
      out.write(b);
      if ((b & 0xFF) == 0x1A) {
        out.write(0x1A);
      }
    }
  }

  /** Airborne position, type code 11, barometric altitude in 25 ft steps (Q bit set). */
  static byte[] position(int icao, double lat, double lon, int altitudeFt, boolean odd) {
    int[] cpr = Cpr.encode(lat, lon, odd, false);
    int n = Math.max(0, Math.min(2047, (altitudeFt + 1000) / 25));
    int alt12 = (n & 0x7F0) << 1 | 0x10 | n & 0x0F;
    return squitter(icao, 11L << 51 | (long) alt12 << 36 | (odd ? 1L : 0L) << 34 | (long) cpr[0] << 17 | cpr[1]);
  }

  /** Airborne velocity over ground, subtype 1. */
  static byte[] velocity(int icao, double knots, double track, int verticalRate) {
    double east = knots * Math.sin(Math.toRadians(track));
    double north = knots * Math.cos(Math.toRadians(track));
    long ew = Math.min(1022, Math.round(Math.abs(east))) + 1;
    long ns = Math.min(1022, Math.round(Math.abs(north))) + 1;
    long vr = Math.min(510, Math.abs(verticalRate) / 64) + 1;
    return squitter(icao, 19L << 51 | 1L << 48 | (east < 0 ? 1L : 0) << 42 | ew << 32 | (north < 0 ? 1L : 0) << 31
        | ns << 21 | (verticalRate < 0 ? 1L : 0) << 19 | vr << 10);
  }

  static byte[] identification(int icao, String callsign) {
    long me = 4L << 51;
    String padded = (callsign + "        ").substring(0, 8);
    for (int i = 0; i < 8; i++) {
      int c = CHARSET.indexOf(padded.charAt(i));
      me |= (long) (c < 0 ? 32 : c) << (42 - 6 * i);
    }
    return squitter(icao, me);
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
    int crc = Crc24.checksum(b, 11);
    b[11] = (byte) (crc >>> 16);
    b[12] = (byte) (crc >>> 8);
    b[13] = (byte) crc;
    return b;
  }
}
