package io.tailwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tailwatch.store.Store;
import io.tailwatch.surveillance.StateVector;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** decode and ingest tracks on a receiver's output, from files and live over loopback TCP. */
class ReceiverCommandsTest {
  /** KLM1023's identification and an airborne odd/even pair of 40621d (The 1090 MHz Riddle's examples). */
  static final String AVR = """
      *8D4840D6202CC371C32CE0576098;
      *8D40621D58C386435CC412692AD6;
      *8D40621D58C382D690C8AC2863A7;
      *8D40621D58C382D690C8AC2863A6;
      not a frame
      """;

  @TempDir
  Path dir;

  static Path reference() {
    Path reference = Path.of(System.getProperty("tailwatch.referenceData", "../../shared/data"));
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(reference.resolve("ourairports/airports.csv")),
        "reference data not found at " + reference.toAbsolutePath() + "; skipping");
    return reference;
  }

  static List<JsonNode> jsonLines(String out) throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        lines.add(new ObjectMapper().readTree(line));
      }
    }
    return lines;
  }

  @Test
  void decodePrintsOneJsonObjectPerMessageWithTheIssuesFields() throws Exception {
    Path file = Files.writeString(dir.resolve("capture.avr"), AVR);
    Cli result = Cli.run("decode", "--format", "avr", "--json", file.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<JsonNode> lines = jsonLines(result.out());
    assertThat(lines).hasSize(4); // the frame with a wrong last digit is repaired (single-bit error)
    JsonNode ident = lines.get(0);
    assertThat(ident.fieldNames()).toIterable().containsExactly("raw", "icao24", "df", "tc", "time", "callsign",
        "on_ground");
    assertThat(ident.path("raw").asText()).isEqualTo("8d4840d6202cc371c32ce0576098");
    assertThat(ident.path("icao24").asText()).isEqualTo("4840d6");
    assertThat(ident.path("df").asInt()).isEqualTo(17);
    assertThat(ident.path("tc").asInt()).isEqualTo(4);
    assertThat(ident.path("callsign").asText()).isEqualTo("KLM1023");
    assertThat(Instant.parse(ident.path("time").asText())).isNotNull();
    JsonNode position = lines.get(2);
    assertThat(position.fieldNames()).toIterable().containsExactly("raw", "icao24", "df", "tc", "time", "altitude",
        "lat", "lon", "on_ground", "alert", "spi", "nuc_p");
    assertThat(position.path("nuc_p").asInt()).isEqualTo(7); // type code 11: NUCp 7 (DO-260)
    assertThat(position.path("altitude").asInt()).isEqualTo(38000);
    assertThat(position.path("lat").asDouble()).isEqualTo(52.257202); // the Riddle: 52.25720, to six decimals
    assertThat(position.path("lon").asDouble()).isEqualTo(3.919373);
    assertThat(result.err()).contains("line 5: skipped: no ';' at the end of 'not a frame'",
        "4 messages, 2 aircraft, 2 positions, 0 rejected frames, 1 damaged (not a frame 1)",
        "no receiver timestamps");
  }

  @Test
  void decodeOfSbsCarriesNoRawFrameAndPrintsText() throws Exception {
    Path file = Files.writeString(dir.resolve("feed.sbs"),
        "MSG,3,1,1,4840D6,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,38000,,,52.2572,3.9193,,,0,0,0,0\n"
            + "MSG,4,1,1,4840D6,1,2019/04/07,10:15:33.000,2019/04/07,10:15:33.010,,,159,182.9,,,-832,,0,0,0,0\n");
    Cli json = Cli.run("decode", "--format", "sbs", "--json", file.toString());
    List<JsonNode> lines = jsonLines(json.out());
    assertThat(lines.get(0).fieldNames()).toIterable().containsExactly("icao24", "time", "altitude", "lat", "lon",
        "on_ground", "alert", "spi"); // SBS-1 fields 19 and 21: alert (squawk change) and SPI (ident)
    assertThat(lines.get(0).path("time").asText()).isEqualTo("2019-04-07T10:15:32Z");
    assertThat(lines.get(1).path("groundspeed").asDouble()).isEqualTo(159.0);
    assertThat(lines.get(1).path("track").asDouble()).isEqualTo(182.9);
    assertThat(lines.get(1).path("vertical_rate").asInt()).isEqualTo(-832);

    Cli text = Cli.run("decode", "--format", "sbs", file.toString());
    assertThat(text.out()).contains("2019-04-07T10:15:32Z  4840d6  altitude=38000 ft  position=52.2572,3.9193",
        "groundspeed=159.0 kt  track=182.9°  vertical_rate=-832 ft/min");
  }

  @Test
  void aMalformedSbsFileIsRefusedAtItsLine() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.sbs"),
        "MSG,3,1,1,4840D6,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,38000,,,52.2572,3.9193,,,0,0,0,0\n"
            + "MSG,6,1,1,4840D6,1,2019/04/07,10:15:35.000,2019/04/07,10:15:35.010,,,,,,,,7800,0,-1,0,0\n");
    Cli result = Cli.run("ingest", "tracks", "--format", "sbs", "--data", dir.resolve("d").toString(),
        file.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(file + ":2: squawk '7800' is not 4 octal digits").doesNotContain("\tat ");
  }

  @Test
  void aFileWithNoFrameIsRefusedWithWhere() throws Exception {
    Path file = Files.writeString(dir.resolve("notavr.txt"), "hello\nworld\n");
    Cli result = Cli.run("ingest", "tracks", "--format", "avr", "--data", dir.resolve("d").toString(),
        file.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("notavr.txt:1: no AVR frame in the file").doesNotContain("\tat ");
  }

  @Test
  void badOptionsAreOneLineErrors() throws Exception {
    Path file = Files.writeString(dir.resolve("capture.avr"), AVR);
    assertThat(Cli.run("decode", "--format", "asterix", file.toString()).err())
        .contains("unknown receiver format 'asterix': avr, beast or sbs");
    assertThat(Cli.run("decode", "--format", "avr", "--receiver", "95,4", file.toString()).err())
        .contains("--receiver takes LAT,LON");
    assertThat(Cli.run("decode", "--format", "avr", "tcp://nowhere").err())
        .contains("'tcp://nowhere' is not a tcp://HOST:PORT address");
    assertThat(Cli.run("ingest", "tracks", "--format", "opensky", "--data", dir.resolve("d").toString(),
        "tcp://127.0.0.1:30005").err()).contains("a live feed needs --format avr, beast or sbs");
  }

  @Test
  void aBeastRecordingIsIngestedWithTheTimesOfItsCounter() throws Exception {
    List<JsonNode> points = points("calibration_munich");
    Path file = Files.write(dir.resolve("munich.beast"), Recordings.beast(points.subList(0, 200), 987_654_321L));
    long first = points.get(0).path("timestamp").asLong();
    Cli result = Cli.run("ingest", "tracks", "--format", "beast", "--start", Instant.ofEpochMilli(first).toString(),
        "--data", dir.resolve("d").toString(), file.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<StateVector> stored = new ArrayList<>();
    try (Store store = Store.open(dir.resolve("d"))) {
      store.forEachPosition(stored::add);
    }
    assertThat(stored).hasSize(199); // every point but the first completes a CPR pair
    JsonNode last = points.get(199);
    StateVector v = stored.stream().max(java.util.Comparator.comparingLong(StateVector::timeMs)).orElseThrow();
    // the recorded time, to the 0.2 ms the frame was placed after the point's
    assertThat(v.timeMs()).isEqualTo(last.path("timestamp").asLong());
    assertThat(v.callsign()).isEqualTo("FCK211");
    assertThat(v.lat()).isCloseTo(last.path("latitude").asDouble(), org.assertj.core.api.Assertions.within(1e-4));

    // without --start the recording ends at the file's modification time
    Path moved = Files.write(dir.resolve("munich2.beast"), Recordings.beast(points.subList(0, 200), 5L));
    Files.setLastModifiedTime(moved, FileTime.fromMillis(last.path("timestamp").asLong()));
    Cli json = Cli.run("decode", "--format", "beast", "--json", moved.toString());
    List<JsonNode> lines = jsonLines(json.out());
    assertThat(lines.get(0).path("time").asText()).isEqualTo(Instant.ofEpochMilli(first).toString());
  }

  /** The flight rebuilt from a Beast or SBS-1 recording of it is the one rebuilt from the original track. */
  @ParameterizedTest
  @ValueSource(strings = {"beast", "sbs"})
  void aRealFlightRecordedByAReceiverGivesTheSameLeg(String format) throws Exception {
    Path reference = reference();
    Path sample = reference.resolve("adsb-samples/calibration_munich.json.gz");
    List<JsonNode> points = points("calibration_munich");
    Path file = format.equals("beast") ? Files.write(dir.resolve("munich.beast"), Recordings.beast(points, 1L))
        : Files.writeString(dir.resolve("munich.sbs"), Recordings.sbs(points));
    Cli fromRecording = Cli.run("flights", "--reference-data", reference.toString(), "--format", format,
        "--start", Instant.ofEpochMilli(points.get(0).path("timestamp").asLong()).toString(), "--json",
        file.toString());
    Cli fromTrack = Cli.run("flights", "--reference-data", reference.toString(), "--format", "traffic", "--json",
        sample.toString());
    assertThat(fromRecording.exitCode()).as(fromRecording.err()).isZero();
    List<JsonNode> legs = jsonLines(fromRecording.out());
    List<JsonNode> expected = jsonLines(fromTrack.out());
    assertThat(legs).hasSize(1);
    for (String field : new String[] {"callsign", "origin", "destination", "icao24"}) {
      assertThat(legs.get(0).path(field)).as(field).isEqualTo(expected.get(0).path(field));
    }
    assertThat(legs.get(0).path("origin").asText()).isEqualTo("EDDM");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aLiveFeedReconnectsWhenTheReceiverDropsAndStoresWhatItGot() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> receiver = serve(server, "*8D40621D58C386435CC412692AD6;\n",
          "*8D40621D58C382D690C8AC2863A7;\n*8D40621D58C386435CC412692AD6;\n");
      String address = "tcp://127.0.0.1:" + server.getLocalPort();
      Cli result = Cli.run("ingest", "tracks", "--format", "avr", "--max-connections", "2", "--data",
          dir.resolve("d").toString(), address);
      receiver.get(10, TimeUnit.SECONDS);
      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.err()).contains("connected to " + address, "the receiver closed the connection; reconnecting",
          "3 messages, 1 aircraft, 2 positions, 0 rejected frames, 0 damaged; 2 positions stored in 1 batches");
      try (Store store = Store.open(dir.resolve("d"))) {
        assertThat(store.count("positions")).isEqualTo(2);
      }
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aLiveFeedWithDetectionRunsTheDetectorsAtTheEnd() throws Exception {
    Path reference = reference();
    try (ServerSocket server = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> receiver = serve(server, "*8D40621D58C386435CC412692AD6;\n",
          "*8D40621D58C382D690C8AC2863A7;\n*8D40621D58C386435CC412692AD6;\n");
      Cli result = Cli.run("ingest", "tracks", "--format", "avr", "--max-connections", "2", "--detect",
          "--reference-data", reference.toString(), "--data", dir.resolve("d").toString(),
          "tcp://127.0.0.1:" + server.getLocalPort());
      receiver.get(10, TimeUnit.SECONDS);
      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.err()).contains("live detection: 1 flight legs, 0 alerts");
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void decodeLiveSkipsDamageAndKeepsGoing() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> receiver = serve(server,
          "MSG,3,1,1,4840D6,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,38000,,,52.2572,3.9193,,,0,0,0,0\n"
              + "MSG,3,1,1,4840D6,1,2019/04/07,10:15:33.000,2019/04/07,10:15:33.010,,38000,,,522.2572,3.9193,,,0,0,0,0\n"
              + "MSG,3,1,1,4840D6,1,2019/04/07,10:15:34.000,2019/04/07,10:15:34.010,,38000,,,52.2580,3.9200,,,0,0,0,0\n");
      Cli result = Cli.run("decode", "--format", "sbs", "--json", "--max-connections", "1",
          "tcp://127.0.0.1:" + server.getLocalPort());
      receiver.get(10, TimeUnit.SECONDS);
      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(jsonLines(result.out())).hasSize(2);
      assertThat(result.err()).contains("line 2 of the connection: skipped: latitude 522.2572 is outside -90..90",
          "2 messages, 1 aircraft, 2 positions, 1 damaged (malformed line 1)");
    }
  }

  private static List<JsonNode> points(String sample) throws Exception {
    Path reference = Path.of(System.getProperty("tailwatch.referenceData", "../../shared/data"));
    Path file = reference.resolve("adsb-samples/" + sample + ".json.gz");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), "no " + file + "; skipping");
    return Recordings.points(file);
  }

  /** A receiver that sends each part on its own connection, closing it after. */
  private static CompletableFuture<Void> serve(ServerSocket server, String... parts) {
    return CompletableFuture.runAsync(() -> {
      try {
        for (String part : parts) {
          try (Socket client = server.accept(); OutputStream out = client.getOutputStream()) {
            out.write(part.getBytes(StandardCharsets.US_ASCII));
          }
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
