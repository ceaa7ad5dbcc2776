package io.tailwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data update} against a local HTTP server on loopback: good files replace, bad ones are refused. */
class DataUpdateTest {
  @TempDir
  Path dir;

  @Test
  void replacesAFileOnlyWhenTheNewCopyLooksRight() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ourairports/airports.csv", ex -> {
      byte[] body = "\"id\",\"ident\",\"type\"\n1,\"SGES\",\"large_airport\"\n".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.createContext("/ourairports/runways.csv", ex -> {
      byte[] body = "<!DOCTYPE html><html>rate limited</html>".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    try {
      Path ref = dir.resolve("ref");
      Files.createDirectories(ref.resolve("ourairports"));
      Files.writeString(ref.resolve("ourairports/runways.csv"), "previous copy");
      Cli result = Cli.run("data", "update", "--only", "ourairports", "--reference-data", ref.toString(),
          "--mirror", "http://127.0.0.1:" + server.getAddress().getPort());
      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(Files.readString(ref.resolve("ourairports/airports.csv"))).contains("SGES");
      assertThat(Files.readString(ref.resolve("ourairports/runways.csv"))).isEqualTo("previous copy");
      assertThat(result.err()).contains("kept the previous ourairports/runways.csv");
      assertThat(Files.list(ref.resolve("ourairports"))).noneMatch(p -> p.toString().endsWith(".part"));
    } finally {
      server.stop(0);
    }
  }
}
