package io.tailwatch.formats.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.SharedData;
import io.tailwatch.formats.ofac.SdnToFtm;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Extensions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** On the real Consolidated Screening List of April 2022 in the shared reference data (us-csl/README.md). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CslReaderTest {
  CslReader.CslEntities csl;
  EntityGraph graph;

  @TempDir
  Path dir;

  @BeforeAll
  void read() throws Exception {
    csl = CslReader.read(SharedData.require("us-csl/consolidated-2022-04.csv.gz"));
    graph = new EntityGraph(csl.entities());
  }

  Entity entity(String id) {
    return graph.find(id).orElseThrow(() -> new AssertionError("no " + id));
  }

  Entity named(String name) {
    return csl.entities().stream().filter(e -> e.values("name").contains(name) && !e.schema().equals("Sanction"))
        .findFirst().orElseThrow(() -> new AssertionError("no " + name));
  }

  @Test
  void everyRowComesInPerSourceList() {
    assertThat(csl.snapshotDate()).isEqualTo(LocalDate.of(2022, 4, 21)); // latest start_date
    Map<String, Integer> rows = csl.rowsBySource();
    assertThat(rows.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(14_160);
    assertThat(rows).containsEntry("Specially Designated Nationals (SDN) - Treasury Department", 10_026)
        .containsEntry("Entity List (EL) - Bureau of Industry and Security", 2_001)
        .containsEntry("Denied Persons List (DPL) - Bureau of Industry and Security", 462)
        .containsEntry("ITAR Debarred (DTC) - State Department", 727);
    assertThat(csl.entities().stream().filter(e -> e.schema().equals("Airplane"))).hasSize(283);
  }

  @Test
  void deniedPersonsAndTemporaryDenialOrdersAreDatedSanctions() {
    Entity mahan = named("MAHAN AIRWAYS");
    List<Entity> sanctions = graph.sanctions(mahan.id());
    assertThat(sanctions).singleElement().satisfies(s -> {
      assertThat(s.values("authority")).containsExactly("Bureau of Industry and Security");
      assertThat(s.values("program")).containsExactly("Denied Persons List (DPL)");
      assertThat(s.values("startDate")).containsExactly("2021-11-17");
      assertThat(s.values("endDate")).containsExactly("2022-05-16");
      assertThat(s.values("provisions")).contains("Standard Order");
    });
    assertThat(graph.isSanctionedOn(mahan.id(), LocalDate.of(2022, 1, 1))).isTrue();
    assertThat(graph.isSanctionedOn(mahan.id(), LocalDate.of(2022, 6, 1))).isFalse();
    Entity aeroflot = named("PJSC AEROFLOT");
    assertThat(graph.sanctions(aeroflot.id())).singleElement()
        .satisfies(s -> assertThat(s.values("endDate")).containsExactly("2022-10-04"));
    assertThat(aeroflot.values("country")).isNotEmpty();
  }

  @Test
  void sdnAircraftRowsCarryTheirFactsInIds() {
    Entity ek = entity("csl-ofac-15445");
    assertThat(ek.values("registrationNumber")).containsExactly("EK-30064");
    assertThat(ek.extension(Extensions.CONSTRUCTION_NUMBER)).containsExactly("464");
    assertThat(ek.values("buildDate")).containsExactly("1988-05-17");
    assertThat(ek.values("model")).containsExactly("A300B4-605R");
    Entity msn = entity("csl-ofac-18151");
    assertThat(msn.values("registrationNumber")).isEmpty();
    assertThat(msn.values("serialNumber")).containsExactly("449");
    assertThat(msn.extension(Extensions.PREVIOUS_REGISTRATION)).containsExactly("YI-NAE");
    String mahanAir = named("MAHAN AIR").id();
    assertThat(graph.relations("csl-ofac-15445")).anyMatch(r -> r.label().equals("operator")
        && r.sourceId().equals(mahanAir));
    assertThat(graph.relations("csl-ofac-15445")).anyMatch(r -> r.label().equals("Linked To")
        && r.targetId().equals(mahanAir));
    long mahanFleet = graph.relations(mahanAir).stream().map(r -> entity(r.otherEnd(mahanAir)))
        .filter(e -> e.is("Airplane")).distinct()
        .peek(p -> assertThat(p.values("registrationNumber").isEmpty()
            && p.extension(Extensions.PREVIOUS_REGISTRATION).isEmpty()).as(p.id()).isFalse())
        .count();
    assertThat(mahanFleet).isGreaterThan(60);
    // Links in "(Linked To: X; Linked To: Y)" resolve like the SDN list's own; what is left names SSI parties.
    assertThat(csl.unresolved()).hasSizeLessThan(20);
  }

  @Test
  void aPartyOnSeveralOfacListsIsOneEntityWithASanctionEach() {
    assertThat(graph.sanctions("csl-ofac-34616")).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void aRowCutShortIsRefused() throws Exception {
    Path f = Files.writeString(dir.resolve("csl.csv"), "_id,source,name,start_date\n1,X - Y,A,2022-01-01\n2,X - Y\n");
    assertThatThrownBy(() -> CslReader.read(f)).isInstanceOf(InputFormatException.class)
        .hasMessage(f + ":3: expected 4 fields, found 2 (truncated?)");
    Path noHeader = Files.writeString(dir.resolve("other.csv"), "a,b\n1,2\n");
    assertThatThrownBy(() -> CslReader.read(noHeader)).hasMessageContaining("missing column '_id'");
  }
}
