package io.tailwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tailwatch.surveillance.modes.Cpr;
import io.tailwatch.surveillance.modes.Crc24;
import io.tailwatch.surveillance.modes.ModeSFrame;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * A receiver's stream rebuilt from real flights: the OpenSky tracks in {@code adsb-samples/} (Swiss helicopter,
 * three calibration flights, 45 Californian firefighting aircraft), interpolated at 2 Hz and encoded as the frames a
 * receiver in view of them would hear, with the mix of a receiver under radar coverage:
 *
 * <ul>
 *   <li>per aircraft and second: 2 positions (even and odd; surface ones on the ground), 2 velocities, and 0.2
 *       identifications, 0.1 target states, 0.05 operational and 0.05 emergency statuses;
 *   <li>the replies radars solicit: all-calls (DF11, 1/s), surveillance altitude and identity (DF4/5, 0.4/s each),
 *       Comm-B (DF20/21, 0.25/s each), air-air ACAS (DF0, 0.2/s);
 *   <li>damage as receivers see it: 3% of frames with one flipped bit (repairable in an extended squitter, a wrong
 *       address in a short reply), 1% with three.
 * </ul>
 *
 * Legs of a flight (records at most 60 s apart) each get their own address and are laid over one another in time,
 * so that some fifty aircraft are in view at once. Deterministic for a given seed.
 */
final class RecordedTraffic {
  static final long START = 1_600_000_000_000L;
  private static final long SLOT_MS = 500;
  private static final long MAX_GAP_MS = 60_000;
  private static final String CHARSET = "#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######";

  private RecordedTraffic() {}

  /** The frames of all legs in the samples folder, in time order, at most {@code limit} of them. */
  static List<ModeSFrame> frames(int limit, long seed) throws IOException {
    Path dir = SyntheticGraph.referenceData().resolve("adsb-samples");
    if (!Files.isDirectory(dir)) {
      throw new IOException("no OpenSky samples at " + dir + " (set -Dtailwatch.referenceData)");
    }
    List<List<JsonNode>> legs = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json.gz")) {
      List<Path> sorted = new ArrayList<>();
      files.forEach(sorted::add);
      sorted.sort(Comparator.naturalOrder());
      for (Path file : sorted) {
        legs.addAll(legs(file));
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<ModeSFrame> frames = new ArrayList<>();
    Set<Integer> addresses = new HashSet<>();
    for (int i = 0; i < legs.size(); i++) {
      List<JsonNode> leg = legs.get(i);
      int address = Integer.parseInt(leg.get(0).get("icao24").asText(), 16);
      while (!addresses.add(address)) {
        address = (address + 0x1001) & 0xFFFFFF;
      }
      long offset = START + (i % 60) * 30_000L - leg.get(0).get("timestamp").asLong();
      encodeLeg(leg, address, offset, random, frames);
    }
    frames.sort(Comparator.comparingLong(ModeSFrame::timeMs));
    return frames.size() > limit ? new ArrayList<>(frames.subList(0, limit)) : frames;
  }

  private static List<List<JsonNode>> legs(Path file) throws IOException {
    JsonNode all;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      all = new ObjectMapper().readTree(in);
    }
    Map<String, List<JsonNode>> byAircraft = new LinkedHashMap<>();
    for (JsonNode r : all) {
      if (r.hasNonNull("latitude") && r.hasNonNull("longitude") && r.hasNonNull("timestamp")) {
        byAircraft.computeIfAbsent(r.get("icao24").asText(), k -> new ArrayList<>()).add(r);
      }
    }
    List<List<JsonNode>> legs = new ArrayList<>();
    for (List<JsonNode> track : byAircraft.values()) {
      track.sort(Comparator.comparingLong(r -> r.get("timestamp").asLong()));
      List<JsonNode> leg = new ArrayList<>();
      for (JsonNode r : track) {
        if (!leg.isEmpty() && r.get("timestamp").asLong() - leg.get(leg.size() - 1).get("timestamp").asLong()
            > MAX_GAP_MS) {
          if (leg.size() > 1) {
            legs.add(leg);
          }
          leg = new ArrayList<>();
        }
        leg.add(r);
      }
      if (leg.size() > 1) {
        legs.add(leg);
      }
    }
    return legs;
  }

  private static void encodeLeg(List<JsonNode> leg, int address, long offset, SplittableRandom random,
      List<ModeSFrame> out) {
    String callsign = leg.get(0).path("callsign").asText("").trim();
    int squawk = leg.get(0).hasNonNull("squawk") ? Integer.parseInt(leg.get(0).get("squawk").asText(), 8) : 01200;
    long first = leg.get(0).get("timestamp").asLong();
    long last = leg.get(leg.size() - 1).get("timestamp").asLong();
    int segment = 0;
    int k = 0;
    for (long t = first; t <= last; t += SLOT_MS, k++) {
      while (leg.get(segment + 1).get("timestamp").asLong() < t) {
        segment++;
      }
      JsonNode a = leg.get(segment);
      JsonNode b = leg.get(segment + 1);
      long ta = a.get("timestamp").asLong();
      long tb = b.get("timestamp").asLong();
      double f = tb == ta ? 0 : (double) (t - ta) / (tb - ta);
      double lat = lerp(a, b, "latitude", f);
      double lon = lerp(a, b, "longitude", f);
      double alt = a.hasNonNull("altitude") && b.hasNonNull("altitude") ? lerp(a, b, "altitude", f) : 5000;
      boolean ground = a.path("onground").asBoolean(false);
      double speed = a.path("groundspeed").asDouble(120);
      double track = a.path("track").asDouble(0);
      int rate = (int) a.path("vertical_rate").asDouble(0);
      long time = t + offset;
      List<byte[]> slot = new ArrayList<>();
      slot.add(ground ? surfacePosition(address, k % 2 == 1, lat, lon, speed, track)
          : airbornePosition(address, k % 2 == 1, lat, lon, alt));
      slot.add(velocity(address, speed, track, rate));
      if (k % 10 == 3 && !callsign.isEmpty()) {
        slot.add(identification(address, callsign));
      }
      if (k % 2 == 1) {
        slot.add(allCall(address));
      }
      if (k % 5 == 1) {
        slot.add(surveillance(4, ground, ac13(alt), address));
      }
      if (k % 5 == 2) {
        slot.add(surveillance(5, ground, id13(squawk), address));
      }
      if (k % 8 == 5) {
        slot.add(commB(20, ground, ac13(alt), address));
      }
      if (k % 8 == 6) {
        slot.add(commB(21, ground, id13(squawk), address));
      }
      if (k % 10 == 8) {
        slot.add(airAir(ground, ac13(alt), address));
      }
      if (k % 10 == 7) {
        slot.add(targetState(address, alt));
      }
      if (k % 20 == 9) {
        slot.add(extendedSquitter(address, 31L << 51 | 2L << 13 | 9L << 8));
      }
      if (k % 20 == 19) {
        slot.add(extendedSquitter(address, 28L << 51 | 1L << 48 | (long) id13(squawk) << 32));
      }
      for (int j = 0; j < slot.size(); j++) {
        out.add(new ModeSFrame(damage(slot.get(j), random), time + 7L * j, -1, Double.NaN));
      }
    }
  }

  private static byte[] damage(byte[] frame, SplittableRandom random) {
    double p = random.nextDouble();
    int flips = p < 0.03 ? 1 : p < 0.04 ? 3 : 0;
    for (int i = 0; i < flips; i++) {
      int bit = random.nextInt(6, frame.length * 8 + 1); // never the DF bits: the framer checked those
      frame[(bit - 1) >>> 3] ^= (byte) (0x80 >>> ((bit - 1) & 7));
    }
    return frame;
  }

  private static double lerp(JsonNode a, JsonNode b, String field, double f) {
    double x = a.get(field).asDouble();
    return x + (b.get(field).asDouble() - x) * f;
  }

  static byte[] airbornePosition(int address, boolean odd, double lat, double lon, double altitudeFt) {
    int[] cpr = Cpr.encode(lat, lon, odd, false);
    long me = 11L << 51 | (long) ac12(altitudeFt) << 36 | (odd ? 1L : 0) << 34 | (long) cpr[0] << 17 | cpr[1];
    return extendedSquitter(address, me);
  }

  static byte[] surfacePosition(int address, boolean odd, double lat, double lon, double speedKt, double track) {
    int[] cpr = Cpr.encode(lat, lon, odd, true);
    long movement = speedKt < 2 ? 9 : speedKt < 15 ? 13 + Math.round((speedKt - 2) * 2)
        : Math.min(93, 39 + Math.round(speedKt - 15));
    long me = 7L << 51 | movement << 44 | 1L << 43 | (Math.round(track / 360 * 128) & 127) << 36
        | (odd ? 1L : 0) << 34 | (long) cpr[0] << 17 | cpr[1];
    return extendedSquitter(address, me);
  }

  static byte[] velocity(int address, double speedKt, double track, int rateFtMin) {
    double east = speedKt * Math.sin(Math.toRadians(track));
    double north = speedKt * Math.cos(Math.toRadians(track));
    long vew = Math.min(1023, Math.round(Math.abs(east)) + 1);
    long vns = Math.min(1023, Math.round(Math.abs(north)) + 1);
    long vr = Math.min(511, Math.abs(rateFtMin) / 64 + 1);
    long me = 19L << 51 | 1L << 48 | (east < 0 ? 1L : 0) << 42 | vew << 32 | (north < 0 ? 1L : 0) << 31 | vns << 21
        | 1L << 20 | (rateFtMin < 0 ? 1L : 0) << 19 | vr << 10 | 3L; // baro rate; GNSS 50 ft above baro
    return extendedSquitter(address, me);
  }

  static byte[] identification(int address, String callsign) {
    long me = 4L << 51 | 3L << 48;
    for (int i = 0; i < 8; i++) {
      char c = i < callsign.length() ? Character.toUpperCase(callsign.charAt(i)) : ' ';
      int code = CHARSET.indexOf(c);
      me |= (long) (code < 0 ? 32 : code) << (42 - 6 * i);
    }
    return extendedSquitter(address, me);
  }

  static byte[] targetState(int address, double altitudeFt) {
    long selected = Math.max(1, Math.round(Math.ceil(altitudeFt / 1000) * 1000 / 32) + 1);
    long me = 29L << 51 | 1L << 49 | Math.min(2047, selected) << 36 | 267L << 27 | 1L << 26 | 95L << 17 | 9L << 13;
    return extendedSquitter(address, me);
  }

  static byte[] extendedSquitter(int address, long me) {
    byte[] b = new byte[14];
    b[0] = (byte) (17 << 3 | 5);
    b[1] = (byte) (address >>> 16);
    b[2] = (byte) (address >>> 8);
    b[3] = (byte) address;
    for (int i = 0; i < 7; i++) {
      b[4 + i] = (byte) (me >>> (48 - 8 * i));
    }
    return withParity(b, 0);
  }

  static byte[] allCall(int address) {
    byte[] b = {(byte) (11 << 3 | 5), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address, 0, 0, 0};
    return withParity(b, 0);
  }

  static byte[] surveillance(int df, boolean ground, int code13, int address) {
    int header = df << 27 | (ground ? 1 : 0) << 24 | code13;
    byte[] b = {(byte) (header >>> 24), (byte) (header >>> 16), (byte) (header >>> 8), (byte) header, 0, 0, 0};
    return withParity(b, address);
  }

  static byte[] airAir(boolean ground, int code13, int address) {
    int header = (ground ? 1 : 0) << 26 | code13;
    byte[] b = {(byte) (header >>> 24), (byte) (header >>> 16), (byte) (header >>> 8), (byte) header, 0, 0, 0};
    return withParity(b, address);
  }

  static byte[] commB(int df, boolean ground, int code13, int address) {
    int header = df << 27 | (ground ? 1 : 0) << 24 | code13;
    byte[] b = new byte[14];
    b[0] = (byte) (header >>> 24);
    b[1] = (byte) (header >>> 16);
    b[2] = (byte) (header >>> 8);
    b[3] = (byte) header;
    b[4] = 0x40; // a BDS 4,0-like register; its contents are not decoded
    return withParity(b, address);
  }

  /** Altitude in the 25 ft Q-bit code of ADS-B (12 bits). */
  static int ac12(double altitudeFt) {
    int n = (int) Math.max(0, Math.min(2047, Math.round((altitudeFt + 1000) / 25)));
    return (n >>> 4) << 5 | 0x10 | n & 0xF;
  }

  /** The same in the 13-bit AC field (M bit 0). */
  static int ac13(double altitudeFt) {
    int ac12 = ac12(altitudeFt);
    return (ac12 & 0xFC0) << 1 | ac12 & 0x3F;
  }

  /** Squawk (as an octal number) in the 13-bit ID field layout C1 A1 C2 A2 C4 A4 X B1 D1 B2 D2 B4 D4. */
  static int id13(int octal) {
    int a = octal >>> 9 & 7, b = octal >>> 6 & 7, c = octal >>> 3 & 7, d = octal & 7;
    return (c & 1) << 12 | (a & 1) << 11 | (c >>> 1 & 1) << 10 | (a >>> 1 & 1) << 9 | (c >>> 2 & 1) << 8
        | (a >>> 2 & 1) << 7 | (b & 1) << 5 | (d & 1) << 4 | (b >>> 1 & 1) << 3 | (d >>> 1 & 1) << 2
        | (b >>> 2 & 1) << 1 | d >>> 2 & 1;
  }

  private static byte[] withParity(byte[] b, int overlay) {
    int crc = Crc24.checksum(b, b.length - 3) ^ overlay;
    b[b.length - 3] = (byte) (crc >>> 16);
    b[b.length - 2] = (byte) (crc >>> 8);
    b[b.length - 1] = (byte) crc;
    return b;
  }
}
