package io.tailwatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The demo, run once per test JVM and shared by the tests that read it (it takes a minute: every OFAC snapshot is
 * ingested). Tests that change the store work on a copy ({@link #copy}).
 */
final class DemoRun {
  private static DemoRun run;

  final Path reference;
  final Path dir;
  final Cli result;

  private DemoRun(Path reference, Path dir, Cli result) {
    this.reference = reference;
    this.dir = dir;
    this.result = result;
  }

  static Path reference() {
    return Path.of(System.getProperty("tailwatch.referenceData", "../../shared/data"));
  }

  /** The demo's store and its JSON Lines output; skips the calling test when the reference data is absent. */
  static synchronized DemoRun get() throws IOException {
    Path reference = reference();
    Assumptions.assumeTrue(Files.exists(reference.resolve("ourairports/airports.csv")),
        "reference data not found at " + reference.toAbsolutePath() + "; skipping the demo tests");
    if (run == null) {
      Path dir = Files.createTempDirectory("tailwatch-demo-test");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      Cli result = Cli.run("demo", "--json", "--data", dir.toString(), "--reference-data", reference.toString());
      run = new DemoRun(reference, dir, result);
    }
    return run;
  }

  /** A copy of the demo's store in {@code target}, to change without touching the shared one. */
  Path copy(Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, target.resolve(f.getFileName()));
      }
    }
    return target;
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
