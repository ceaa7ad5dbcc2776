package io.tailwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code screen} end to end: matches explained in JSON, bad rows named on stderr, the rest still screened. */
class ScreenCommandTest {
  @TempDir
  Path dir;

  @Test
  void screensEveryRowItCanAndNamesTheOthers() throws Exception {
    Path list = Files.writeString(dir.resolve("list.json"), """
        {"id":"ofac-1","schema":"Person","properties":{"name":["GHASEMI, Gholamreza"],"birthDate":["1964-05-12"],"nationality":["ir"]},"datasets":["us_ofac_sdn"]}
        {"id":"ofac-2","schema":"Company","properties":{"name":["FARS AIR QESHM"]},"datasets":["us_ofac_sdn"]}
        """);
    Path manifest = Files.writeString(dir.resolve("crew.csv"), String.join("\n",
        "full_name,role,nationality,date_of_birth",
        "QASEMI/GHOLAM REZA MR,crew,IR,1964-05-12",
        ",crew,,",
        "Q,crew,,",
        "\"" + "B".repeat(10_000) + "\",crew,,",
        "Carlos Alberto Rodriguez,crew,VE,1980-01-02",
        "Gholam Reza قاسمی,crew,,",
        ""));

    Cli run = Cli.run("screen", "--list", list.toString(), manifest.toString(), "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"entity_id\":\"ofac-1\""));
    assertThat(run.out()).contains("\"line\":2", "\"line\":7", "\"feature\":\"birth_date\"", "\"name_parts\":[");
    assertThat(run.err()).contains(manifest + ":3: the name is empty", manifest + ":4: the name 'Q' has fewer than two",
        manifest + ":5: the name is 10,000 characters long", "3 names screened against 2 entities: 2 matches; 3 problems")
        .doesNotContain("\tat ");
  }

  @Test
  void aManifestWithoutANameColumnIsOneClearLine() throws Exception {
    Path list = Files.writeString(dir.resolve("list.json"),
        "{\"id\":\"ofac-2\",\"schema\":\"Company\",\"properties\":{\"name\":[\"FARS AIR QESHM\"]}}\n");
    Path manifest = Files.writeString(dir.resolve("crew.csv"), "surname,given\nGhasemi,Gholamreza\n");
    Cli run = Cli.run("screen", "--list", list.toString(), manifest.toString());
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains(manifest + ":1: no 'full_name' column").doesNotContain("\tat ");
  }
}
