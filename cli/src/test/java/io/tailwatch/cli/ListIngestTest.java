package io.tailwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two real OFAC snapshots through the command line: the newer one ends, and does not erase, delistings. */
class ListIngestTest {
  @TempDir
  Path dir;

  @Test
  void aNewerSnapshotEndsTheSanctionsOfEntriesItNoLongerLists() throws Exception {
    Path ofac = Path.of(System.getProperty("tailwatch.referenceData", "../../shared/data")).resolve("ofac");
    Assumptions.assumeTrue(Files.isDirectory(ofac), "OFAC copies not found at " + ofac + "; skipping");
    String data = dir.toString();
    Cli first = Cli.run("ingest", "ofac", "--data", data, "--date", "2021-07-07", ofac.resolve("sdn-csv-2021-07").toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    Cli second = Cli.run("ingest", "ofac", "--data", data, "--date", "2024-07-02",
        ofac.resolve("sdn-csv-2024-07-02/sdn.csv").toString());
    assertThat(second.err()).contains("927 sanctions ended");
    // EP-MND (MSN 23413, the later Emtrasur 747) is on the 2021 list and gone from the 2024 one.
    Cli ep = Cli.run("entity", "--data", data, "EP-MND");
    assertThat(ep.out()).contains("serialNumber: 23413", "to 2024-07-02", "MAHAN AIR operator EP-MND");
    Cli asOf2022 = Cli.run("entity", "--data", data, "EP-MND", "--as-of", "2022-05-13");
    assertThat(asOf2022.out()).contains("Sanctions in force on 2022-05-13:");
    Cli again = Cli.run("ingest", "ofac", "--data", data, "--date", "2021-07-07", ofac.resolve("sdn-csv-2021-07").toString());
    assertThat(again.out()).contains("already ingested");
  }
}
