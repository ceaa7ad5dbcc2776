package io.tailwatch.formats.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.formats.SharedData;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.SnapshotHistory;
import io.tailwatch.knowledge.SnapshotHistory.Snapshot;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** First/last seen and delistings derived from the 2021 and 2024 OFAC snapshots. */
class SnapshotHistoryOnOfacTest {
  @Test
  void delistedEntriesEndTheirSanctionAndStayInTheGraph() throws Exception {
    OfacEntities older = SdnCsvReader.read(SharedData.require("ofac/sdn-csv-2021-07"), SdnCsvReaderTest.JULY_2021);
    OfacEntities newer = SdnCsvReader.read(SharedData.require("ofac/sdn-csv-2024-07-02"),
        SdnCsvReaderTest.JULY_2024);
    SnapshotHistory.Result history = SnapshotHistory.merge(new Snapshot(older.snapshotDate(), older.entities()),
        new Snapshot(newer.snapshotDate(), newer.entities()));

    Set<String> ids2024 = newer.entities().stream().map(Entity::id).collect(Collectors.toSet());
    long delistedEntries = older.entities().stream()
        .filter(e -> e.id().matches("ofac-\\d+") && !ids2024.contains(e.id())).count();
    assertThat(delistedEntries).isPositive();
    assertThat(history.endedSanctions()).hasSize((int) delistedEntries);

    EntityGraph graph = new EntityGraph(history.entities());
    String delisted = history.endedSanctions().get(0).replace("-sanction", "");
    assertThat(graph.isSanctionedOn(delisted, LocalDate.of(2021, 7, 7))).isTrue();
    assertThat(graph.isSanctionedOn(delisted, LocalDate.of(2024, 7, 3))).isFalse();
    Entity ended = graph.find(history.endedSanctions().get(0)).orElseThrow();
    assertThat(ended.values("endDate")).containsExactly("2024-07-02");
    assertThat(ended.lastSeen()).isEqualTo("2021-07-07");

    // Mahan Air is on both lists: first seen 2021, last seen 2024, still sanctioned.
    Entity mahan = SdnCsvReaderTest.byName(newer, "MAHAN AIR");
    Entity merged = graph.find(mahan.id()).orElseThrow();
    assertThat(merged.firstSeen()).isEqualTo("2021-07-07");
    assertThat(merged.lastSeen()).isEqualTo("2024-07-02");
    assertThat(graph.isSanctionedOn(mahan.id(), LocalDate.of(2024, 7, 2))).isTrue();
  }
}
