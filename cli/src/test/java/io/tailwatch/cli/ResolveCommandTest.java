package io.tailwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity resolution from the command line: candidates, judgements, and the graph they change. */
class ResolveCommandTest {
  @TempDir
  Path dir;

  private String data;

  @BeforeEach
  void ingestTwoSources() throws Exception {
    data = dir.resolve("d").toString();
    Path sdn = Files.writeString(dir.resolve("sdn.json"), """
        {"id":"ofac-12927","schema":"Company","properties":{"name":["MAHAN AIR"],"country":["ir"]},"datasets":["us_ofac_sdn"]}
        {"id":"ofac-1","schema":"Person","properties":{"name":["Gholamreza Ghasemi"]},"datasets":["us_ofac_sdn"]}
        """);
    Path dpl = Files.writeString(dir.resolve("dpl.json"), """
        {"id":"csl-dpl-1","schema":"LegalEntity","properties":{"name":["MAHAN AIRWAYS"],"country":["ir"]},"datasets":["us_trade_csl"]}
        {"id":"csl-dpl-1-s","schema":"Sanction","properties":{"entity":["csl-dpl-1"],"program":["Temporary Denial Order"]},"datasets":["us_trade_csl"]}
        """);
    assertThat(Cli.run("ingest", "ftm", "--data", data, sdn.toString(), dpl.toString()).exitCode()).isZero();
  }

  @Test
  void aCandidateJudgedSameBecomesOneEntityEverywhere() {
    Cli candidates = Cli.run("resolve", "candidates", "--data", data, "--json");
    assertThat(candidates.exitCode()).isZero();
    assertThat(candidates.out()).contains("\"id\":\"csl-dpl-1\"", "\"id\":\"ofac-12927\"", "name 'MAHAN AIRWAYS' ~ 'MAHAN AIR'");

    Cli same = Cli.run("resolve", "same", "--data", data, "ofac-12927", "csl-dpl-1", "--reason", "same airline");
    assertThat(same.exitCode()).isZero();

    Cli entity = Cli.run("entity", "--data", data, "csl-dpl-1", "--json");
    assertThat(entity.out()).contains("\"id\":\"ofac-12927\"", "MAHAN AIRWAYS", "Temporary Denial Order");
    assertThat(Cli.run("resolve", "candidates", "--data", data, "--json").out()).isEmpty();
    assertThat(Cli.run("resolve", "judgements", "--data", data).out()).contains("same  ofac-12927  csl-dpl-1");
  }

  @Test
  void anImpossibleJudgementIsOneClearLine() {
    Cli wrong = Cli.run("resolve", "same", "--data", data, "ofac-12927", "ofac-1", "--reason", "typo");
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("judgement refused: ofac-12927 is a Company and ofac-1 a Person")
        .doesNotContain("\tat ");
    Cli unknown = Cli.run("resolve", "not-same", "--data", data, "ofac-12927", "nobody", "--reason", "x");
    assertThat(unknown.err()).contains("no entity 'nobody'");
  }
}
