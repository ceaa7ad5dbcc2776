package io.tailwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's mistake gets one clear line and exit code 2, never a stack trace. */
class ErrorsTest {
  @TempDir
  Path dir;

  @Test
  void aMalformedTrackFileNamesFileAndLine() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "time,icao24,lat,lon\n1652446800,0d8a31,north,-66\n");
    Cli result = Cli.run("ingest", "tracks", "--data", dir.resolve("d").toString(), bad.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("tailwatch: error: " + bad + ":2: 'lat' is not a number").doesNotContain("\tat ");
  }

  @Test
  void aMissingFileAndAnUnknownSchemaAreClear() throws Exception {
    Cli missing = Cli.run("ingest", "ftm", "--data", dir.resolve("d").toString(), dir.resolve("nope.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.json: no such file");
    Path ftm = Files.writeString(dir.resolve("x.json"), "{\"id\":\"x\",\"schema\":\"Spaceship\",\"properties\":{}}\n");
    Cli schema = Cli.run("ingest", "ftm", "--data", dir.resolve("d").toString(), ftm.toString());
    assertThat(schema.err()).contains(":1: entity x has unknown schema 'Spaceship'");
  }

  @Test
  void missingReferenceDataSaysWhereItLookedAndWhatToDo() {
    Cli result = Cli.run("flights", "--data", dir.resolve("d").toString(), "--reference-data",
        dir.resolve("empty").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("ourairports/airports.csv not found", "tailwatch data update",
        "--reference-data");
  }

  @Test
  void ingestTwiceReportsNothingAdded() throws Exception {
    Path track = Files.writeString(dir.resolve("t.csv"), "time,icao24,lat,lon\n1652446800,0d8a31,10,-66\n");
    Cli first = Cli.run("ingest", "tracks", "--data", dir.resolve("d").toString(), track.toString());
    Cli second = Cli.run("ingest", "tracks", "--data", dir.resolve("d").toString(), "--json", track.toString());
    assertThat(first.out()).contains("1 tracks records added");
    assertThat(second.out()).contains("\"duplicate\":true");
  }
}
