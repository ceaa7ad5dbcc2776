package io.tailwatch.cli;

import io.tailwatch.formats.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tailwatch data update}: fetches fresh reference data from the official addresses. */
@Command(name = "data", description = "Manage reference data.", mixinStandardHelpOptions = true,
    subcommands = {DataCommand.Update.class})
final class DataCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** One file of one public source: where it lives in the reference directory and where it is published. */
  record RemoteFile(String folder, String name, String url, String mustStartWith) {
    String relative() {
      return folder + "/" + name;
    }
  }

  static final List<RemoteFile> SOURCES = List.of(
      new RemoteFile("ourairports", "airports.csv", "https://davidmegginson.github.io/ourairports-data/airports.csv", "\"id\",\"ident\""),
      new RemoteFile("ourairports", "runways.csv", "https://davidmegginson.github.io/ourairports-data/runways.csv", "\"id\",\"airport_ref\""),
      new RemoteFile("ourairports", "countries.csv", "https://davidmegginson.github.io/ourairports-data/countries.csv", "\"id\",\"code\""),
      new RemoteFile("naturalearth", "ne_110m_admin_0_countries.json",
          "https://raw.githubusercontent.com/martynafford/natural-earth-geojson/master/110m/cultural/ne_110m_admin_0_countries.json", "{"),
      new RemoteFile("ofac", "sdn.csv", "https://www.treasury.gov/ofac/downloads/sdn.csv", ""),
      new RemoteFile("ofac", "add.csv", "https://www.treasury.gov/ofac/downloads/add.csv", ""),
      new RemoteFile("ofac", "alt.csv", "https://www.treasury.gov/ofac/downloads/alt.csv", ""),
      new RemoteFile("ofac", "sdn_comments.csv", "https://www.treasury.gov/ofac/downloads/sdn_comments.csv", ""),
      new RemoteFile("un", "consolidated.xml", "https://scsanctions.un.org/resources/xml/en/consolidated.xml", "<"),
      new RemoteFile("us-csl", "consolidated.csv",
          "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv", ""),
      new RemoteFile("plane-alert-db", "plane-alert-db.csv",
          "https://raw.githubusercontent.com/sdr-enthusiasts/plane-alert-db/main/plane-alert-db.csv", "$ICAO"));

  @Command(name = "update", description = "Fetch each public source from its official address into the reference "
      + "directory. A file is replaced only once its new copy arrived whole and looks right.",
      mixinStandardHelpOptions = true)
  static final class Update implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--mirror", paramLabel = "URL",
        description = "Fetch FOLDER/FILE under this base address instead of the official ones (offline mirrors).")
    String mirror;

    @Option(names = "--only", paramLabel = "FOLDER", description = "Only this source (e.g. ourairports, ofac).")
    String only;

    @Override
    public Integer call() throws Exception {
      Path root = options.reference().root();
      HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(20)).build();
      int failures = 0;
      for (RemoteFile file : SOURCES) {
        if (only != null && !only.equals(file.folder())) {
          continue;
        }
        String url = mirror != null ? mirror.replaceAll("/+$", "") + "/" + file.relative() : file.url();
        try {
          long bytes = fetch(http, url, root.resolve(file.relative()), file.mustStartWith());
          Progress.log("updated " + file.relative() + " (" + bytes + " bytes) from " + url);
        } catch (IOException e) {
          failures++;
          Progress.log("kept the previous " + file.relative() + ": " + e.getMessage());
        }
      }
      return failures == 0 ? 0 : 1;
    }

    static long fetch(HttpClient http, String url, Path target, String mustStartWith) throws IOException, InterruptedException {
      Files.createDirectories(target.getParent());
      Path part = target.resolveSibling(target.getFileName() + ".part");
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).GET().build();
      HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() != 200) {
          throw new IOException(url + " answered HTTP " + response.statusCode());
        }
        long total = 0;
        long nextReport = 8 << 20;
        try (OutputStream out = Files.newOutputStream(part)) {
          byte[] buffer = new byte[1 << 16];
          for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            total += n;
            if (total >= nextReport) {
              Progress.log("  " + target.getFileName() + ": " + (total >> 20) + " MiB");
              nextReport += 8 << 20;
            }
          }
        }
        check(part, mustStartWith, url);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return total;
      } finally {
        Files.deleteIfExists(part);
      }
    }

    /** A download that is empty or is not what the source publishes (an HTML error page) is refused. */
    private static void check(Path part, String mustStartWith, String url) throws IOException {
      if (Files.size(part) == 0) {
        throw new IOException(url + " sent an empty file");
      }
      byte[] head = new byte[256];
      int n;
      try (InputStream in = Files.newInputStream(part)) {
        n = in.readNBytes(head, 0, head.length);
      }
      String start = new String(head, 0, n, StandardCharsets.UTF_8).stripLeading();
      if (start.startsWith("\uFEFF")) {
        start = start.substring(1);
      }
      if (!start.startsWith(mustStartWith) || start.toLowerCase(java.util.Locale.ROOT).startsWith("<!doctype html")) {
        throw new IOException(url + " did not send the expected file (it starts with '"
            + start.substring(0, Math.min(40, start.length())).replaceAll("\\s+", " ") + "')");
      }
    }
  }
}
