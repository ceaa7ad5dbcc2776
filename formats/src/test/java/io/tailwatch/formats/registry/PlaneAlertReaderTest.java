package io.tailwatch.formats.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.formats.SharedData;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Source;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** On the real plane-alert-db snapshot in the shared reference data (plane-alert-db/README.md there). */
class PlaneAlertReaderTest {
  @Test
  void readsTheCuratedListWithItsAttribution() throws Exception {
    RegistryEntities read = PlaneAlertReader.read(SharedData.require("plane-alert-db/plane-alert-db.csv"),
        LocalDate.of(2026, 8, 22));
    assertThat(read.rows()).isEqualTo(17_198);
    assertThat(read.skipped()).isEqualTo(2); // "10166" and "10177" are not 24-bit addresses
    assertThat(read.entities().stream().filter(e -> e.schema().equals("Airplane"))).hasSize(17_196);
    assertThat(read.entities()).noneMatch(e -> e.schema().equals("Sanction"));

    EntityGraph graph = new EntityGraph(read.entities());
    Entity faa = graph.airplanesByModeS("731821").get(0);
    assertThat(faa.values("registrationNumber")).containsExactly("EP-FAA");
    assertThat(faa.values("icaoCode")).containsExactly("B742");
    assertThat(faa.values("notes")).contains("plane-alert-db tags: Iran / Revolutionary Guard / Sanctions");
    assertThat(graph.relations(faa.id())).singleElement().satisfies(r -> {
      assertThat(r.label()).isEqualTo("operator");
      assertThat(graph.find(r.sourceId()).orElseThrow().values("name")).containsExactly("Qeshm Fars Air");
    });
    assertThat(Source.of(faa).citation()).startsWith(
        "plane-alert-db by SDR-Enthusiasts, Ramon F. Kolb (kx1t) and contributors, ODbL 1.0");
    Entity conviasa = graph.airplanesByRegistration("YV1004").get(0);
    assertThat(conviasa.extension("modeS")).containsExactly("0d80ae");
    assertThat(RegistryReader.read(SharedData.require("plane-alert-db/plane-alert-db.csv"), LocalDate.of(2026, 8, 22))
        .rows()).isEqualTo(17_198);
  }
}
