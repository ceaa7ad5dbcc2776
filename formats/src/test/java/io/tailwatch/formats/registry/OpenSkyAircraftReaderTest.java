package io.tailwatch.formats.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.ofac.SdnToFtm;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Extensions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On registry files written in both of the OpenSky aircraft database's published layouts (no copy of the
 * database is in the reference data). Registrations, types and serials are the OFAC-listed Mahan Air A300
 * EP-MNG and the A340 MSN 391 (EP-MMH); their 24-bit addresses here are made up inside Iran's block.
 */
class OpenSkyAircraftReaderTest {
  static final LocalDate DATE = LocalDate.of(2024, 7, 1);
  static final String OLD_LAYOUT = "\"icao24\",\"registration\",\"manufacturericao\",\"manufacturername\",\"model\","
      + "\"typecode\",\"serialnumber\",\"linenumber\",\"icaoaircrafttype\",\"operator\",\"operatorcallsign\","
      + "\"operatoricao\",\"operatoriata\",\"owner\",\"testreg\",\"registered\",\"reguntil\",\"status\",\"built\","
      + "\"firstflightdate\",\"seatconfiguration\",\"engines\",\"modes\",\"adsb\",\"acars\",\"notes\","
      + "\"categoryDescription\"\n"
      + "\"730a01\",\"EP-MNG\",\"AIRBUS\",\"Airbus\",\"A300B4-603\",\"A306\",\"401\",\"\",\"L2J\",\"Mahan Air\","
      + "\"MAHAN AIR\",\"IRM\",\"W5\",\"Mahan Air\",\"\",\"\",\"\",\"\",\"1987-02-02\",\"\",\"\",\"\",\"false\","
      + "\"false\",\"false\",\"\",\"\"\n"
      + "\"730a02\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\","
      + "\"\",\"\",\"false\",\"false\",\"false\",\"\",\"\"\n"
      + "\"zz\",\"X-XXX\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\","
      + "\"\",\"\",\"false\",\"false\",\"false\",\"\",\"\"\n";
  static final String NEW_LAYOUT = "'icao24','timestamp','acars','adsb','built','categoryDescription','country',"
      + "'engines','firstFlightDate','firstSeen','icaoAircraftClass','lineNumber','manufacturerIcao',"
      + "'manufacturerName','model','modes','nextReg','notes','operator','operatorCallsign','operatorIata',"
      + "'operatorIcao','owner','prevReg','regUntil','registered','registration','selCal','serialNumber','status',"
      + "'typecode','vdl'\n"
      + "'730a1c','2024-06-01 00:00:00',0,0,'2002-01-01','','Iran','','','','L4J','','AIRBUS','Airbus',"
      + "'A340-642',0,'','','Mahan Air','MAHAN AIR','W5','IRM','','YI-NAE','','','EP-MMH','','391','','A346',0\n";

  @TempDir
  Path dir;

  @Test
  void readsTheOlderLayout() throws Exception {
    Path f = Files.writeString(dir.resolve("aircraftDatabase.csv"), OLD_LAYOUT);
    RegistryEntities read = OpenSkyAircraftReader.read(f, DATE);
    assertThat(read.rows()).isEqualTo(3);
    assertThat(read.skipped()).isEqualTo(1);
    assertThat(read.skippedExamples()).singleElement().asString().startsWith("line 4: ICAO 24-bit address");
    EntityGraph graph = new EntityGraph(read.entities());
    Entity plane = graph.find("opensky-730a01").orElseThrow();
    assertThat(plane.values("registrationNumber")).containsExactly("EP-MNG");
    assertThat(plane.values("serialNumber")).containsExactly("401");
    assertThat(plane.values("manufacturer")).containsExactly("Airbus");
    assertThat(plane.values("icaoCode")).containsExactly("A306");
    assertThat(plane.values("buildDate")).containsExactly("1987-02-02");
    assertThat(plane.extension(Extensions.MODE_S)).containsExactly("730a01");
    assertThat(graph.airplanesByModeS("730A01")).containsExactly(plane);
    // The operator is a company known by its ICAO designator, linked as operator; the owner by Ownership.
    assertThat(graph.operatorsByDesignator("IRM")).singleElement()
        .satisfies(c -> assertThat(c.values("name")).containsExactly("Mahan Air"));
    assertThat(graph.relations(plane.id())).extracting(r -> r.label())
        .containsExactlyInAnyOrder("operator", "owns");
    assertThat(graph.find("opensky-730a02")).isEmpty(); // a placeholder row: nothing but the address
    assertThat(RegistryReader.read(f, DATE).entities()).isEqualTo(read.entities());
  }

  @Test
  void readsTheNewerLayoutWithSingleQuotesAndCamelCase() throws Exception {
    Path f = Files.writeString(dir.resolve("aircraft-database-complete-2024-06.csv"), NEW_LAYOUT);
    RegistryEntities read = OpenSkyAircraftReader.read(f, DATE);
    Entity plane = read.entities().stream().filter(e -> e.id().equals("opensky-730a1c")).findFirst().orElseThrow();
    assertThat(plane.values("registrationNumber")).containsExactly("EP-MMH");
    assertThat(plane.values("serialNumber")).containsExactly("391");
    assertThat(plane.values("country")).containsExactly("ir");
    assertThat(plane.extension(Extensions.PREVIOUS_REGISTRATION)).containsExactly("YI-NAE");
    assertThat(plane.extension(Extensions.CONSTRUCTION_NUMBER)).isEmpty();
    assertThat(read.entities()).anyMatch(e -> e.id().equals("opensky-operator-irm"));
  }

  @Test
  void brokenFilesAreRefused() throws Exception {
    Path noAddress = Files.writeString(dir.resolve("a.csv"), "registration,model\nEP-MNG,A300\n");
    assertThatThrownBy(() -> OpenSkyAircraftReader.read(noAddress, DATE)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("missing column 'icao24'");
    Path cut = Files.writeString(dir.resolve("b.csv"), OLD_LAYOUT.substring(0, OLD_LAYOUT.indexOf("Mahan") + 3));
    assertThatThrownBy(() -> OpenSkyAircraftReader.read(cut, DATE)).hasMessageContaining("truncated");
  }
}
