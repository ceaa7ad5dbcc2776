package io.tailwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detectors' scenario suite: for each detector a scenario that must fire and one that must not, each a folder
 * under {@code scenarios/} in the formats a user ingests: {@code tracks.csv} (OpenSky state vectors, written from
 * {@code plans.txt} by {@link ScenarioTracks}), {@code facts.ftm.jsonl}, {@code manifest.csv}, {@code areas.geojson}.
 * {@code expect.txt} names the detectors that must fire; no other may. Each runs as a user would: ingest, then
 * {@code detect --json}.
 */
class ScenarioSuiteTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path stores;

  @TestFactory
  Stream<DynamicTest> everyScenarioRaisesExactlyItsExpectedAlerts() throws IOException, URISyntaxException {
    Path reference = DemoRun.reference();
    Assumptions.assumeTrue(Files.exists(reference.resolve("ourairports/airports.csv")),
        "reference data not found at " + reference.toAbsolutePath() + "; skipping the scenario suite");
    Path root = Path.of(ScenarioSuiteTest.class.getResource("/scenarios").toURI());
    List<Path> scenarios;
    try (Stream<Path> dirs = Files.list(root)) {
      scenarios = dirs.filter(d -> Files.exists(d.resolve("expect.txt"))).sorted().toList();
    }
    assertThat(scenarios).hasSizeGreaterThanOrEqualTo(20);
    return scenarios.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
        () -> assertThat(run(dir, reference)).as(about(dir)).isEqualTo(expected(dir))));
  }

  private static TreeSet<String> run(Path scenario, Path reference) throws IOException {
    String data = stores.resolve(scenario.getFileName().toString()).toString();
    ingest(scenario.resolve("facts.ftm.jsonl"), "ftm", data);
    ingest(scenario.resolve("tracks.csv"), "tracks", data, "--format", "opensky");
    ingest(scenario.resolve("manifest.csv"), "manifest", data);
    List<String> detect = new ArrayList<>(List.of("detect", "--json", "--data", data, "--reference-data",
        reference.toString()));
    if (Files.exists(scenario.resolve("areas.geojson"))) {
      detect.addAll(List.of("--areas", scenario.resolve("areas.geojson").toString()));
    }
    Cli result = Cli.run(detect.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    TreeSet<String> fired = new TreeSet<>();
    for (String line : result.out().split("\n")) {
      if (!line.isBlank()) {
        fired.add(JSON.readTree(line).get("detector").asText());
      }
    }
    return fired;
  }

  private static void ingest(Path file, String kind, String data, String... options) {
    if (!Files.exists(file)) {
      return;
    }
    List<String> args = new ArrayList<>(List.of("ingest", kind, "--data", data));
    args.addAll(List.of(options));
    args.add(file.toString());
    Cli result = Cli.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(file + ": " + result.err()).isZero();
  }

  private static TreeSet<String> expected(Path scenario) throws IOException {
    TreeSet<String> out = new TreeSet<>();
    for (String line : Files.readAllLines(scenario.resolve("expect.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line.trim());
      }
    }
    return out;
  }

  private static String about(Path scenario) throws IOException {
    return scenario.getFileName() + ": " + Files.readAllLines(scenario.resolve("plans.txt")).get(0);
  }
}
