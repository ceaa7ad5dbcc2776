package io.tailwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.store.Store;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** decode and ingest tracks on a receiver's AVR output, from a file and live over loopback TCP. */
class ReceiverCommandsTest {
  /** KLM1023's identification and an airborne even/odd pair of 40621d (The 1090 MHz Riddle's examples). */
  static final String AVR = """
      *8D4840D6202CC371C32CE0576098;
      *8D40621D58C386435CC412692AD6;
      *8D40621D58C382D690C8AC2863A7;
      *8D40621D58C382D690C8AC2863A6;
      not a frame
      """;

  @TempDir
  Path dir;

  @Test
  void decodePrintsOneJsonObjectPerMessageAndCountsWhatItRejected() throws Exception {
    Path file = Files.writeString(dir.resolve("capture.avr"), AVR);
    Cli result = Cli.run("decode", "--format", "avr", "--json", file.toString());
    assertThat(result.exitCode()).isZero();
    String[] lines = result.out().strip().split("\n");
    assertThat(lines).hasSize(4); // the frame with a wrong last digit is repaired (single-bit error)
    assertThat(lines[0]).contains("\"raw\":\"8d4840d6202cc371c32ce0576098\"", "\"icao24\":\"4840d6\"", "\"df\":17",
        "\"tc\":4", "\"callsign\":\"KLM1023\"", "\"time\":\"");
    assertThat(lines[2]).contains("\"icao24\":\"40621d\"", "\"altitude\":38000", "\"lat\":52.257", "\"lon\":3.919");
    assertThat(result.err()).contains("line 5: skipped: an AVR frame ends with ';'", "4 messages", "1 garbled");
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
  void ingestTracksFromAFileStoresPositions() throws Exception {
    Path file = Files.writeString(dir.resolve("capture.avr"), AVR);
    Cli result = Cli.run("ingest", "tracks", "--format", "avr", "--data", dir.resolve("d").toString(),
        file.toString());
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("2 tracks records added");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aLiveFeedReconnectsWhenTheReceiverDropsAndKeepsWhatItGot() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
      // The receiver: sends half the capture, drops the connection, then sends the rest on the next one.
      CompletableFuture<Void> receiver = CompletableFuture.runAsync(() -> {
        try {
          for (String part : new String[] {"*8D40621D58C386435CC412692AD6;\n", "*8D40621D58C382D690C8AC2863A7;\n"
              + "*8D40621D58C386435CC412692AD6;\n"}) {
            try (Socket client = server.accept(); OutputStream out = client.getOutputStream()) {
              out.write(part.getBytes(StandardCharsets.US_ASCII));
            }
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      String address = "tcp://127.0.0.1:" + server.getLocalPort();
      Path reference = Path.of(System.getProperty("tailwatch.referenceData", "../../shared/data"));
      org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(reference.resolve("ourairports/airports.csv")),
          "reference data not found at " + reference.toAbsolutePath() + "; skipping");
      Cli result = Cli.run("ingest", "tracks", "--format", "avr", "--max-connections", "2", "--detect",
          "--reference-data", reference.toString(), "--data", dir.resolve("d").toString(), address);
      receiver.get(10, TimeUnit.SECONDS);
      assertThat(result.exitCode()).isZero();
      assertThat(result.err()).contains("connected to " + address, "the receiver closed the connection; reconnecting",
          "3 messages", "2 positions", "live detection: 1 flight legs, 0 alerts");
      try (Store store = Store.open(dir.resolve("d"))) {
        assertThat(store.count("positions")).isEqualTo(2);
      }
    }
  }
}
