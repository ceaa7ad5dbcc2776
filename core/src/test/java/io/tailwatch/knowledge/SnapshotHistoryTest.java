package io.tailwatch.knowledge;

import static io.tailwatch.knowledge.Ftm.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.knowledge.SnapshotHistory.Snapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SnapshotHistoryTest {
  static final LocalDate D1 = LocalDate.of(2021, 7, 7);
  static final LocalDate D2 = LocalDate.of(2022, 1, 1);
  static final LocalDate D3 = LocalDate.of(2024, 7, 2);

  static Entity seen(Entity e, LocalDate d) {
    return new Entity(e.id(), e.schema(), e.properties(), e.datasets(), e.referents(), d.toString(), d.toString(),
        e.extensions());
  }

  static Snapshot snapshot(LocalDate d, Entity... entities) {
    return new Snapshot(d, List.of(entities).stream().map(e -> seen(e, d)).toList());
  }

  static Map<String, Entity> byId(SnapshotHistory.Result r) {
    return r.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
  }

  @Test
  void firstAndLastSeenSpanTheSnapshotsThatHaveTheEntity() {
    Entity a = entity("a", "Company", "name=A");
    Entity a2 = entity("a", "Company", "name=A", "alias=A Ltd");
    SnapshotHistory.Result r = SnapshotHistory.merge(List.of(snapshot(D3, a2), snapshot(D1, a)));
    Entity merged = byId(r).get("a");
    assertThat(merged.firstSeen()).isEqualTo("2021-07-07");
    assertThat(merged.lastSeen()).isEqualTo("2024-07-02");
    assertThat(merged.values("alias")).containsExactly("A Ltd"); // the latest statement
    assertThat(r.endedSanctions()).isEmpty();
  }

  @Test
  void aDelistingEndsTheSanctionWithoutErasingIt() {
    Entity a = entity("a", "Company", "name=A");
    Entity sa = entity("a-sanction", "Sanction", "entity=a", "program=SDGT");
    Entity b = entity("b", "Company", "name=B");
    Entity sb = entity("b-sanction", "Sanction", "entity=b");
    SnapshotHistory.Result r = SnapshotHistory.merge(snapshot(D1, a, sa, b, sb), snapshot(D3, b, sb));
    assertThat(r.endedSanctions()).containsExactly("a-sanction");
    Map<String, Entity> all = byId(r);
    assertThat(all).containsKeys("a", "a-sanction", "b", "b-sanction");
    assertThat(all.get("a").lastSeen()).isEqualTo("2021-07-07");
    assertThat(all.get("a-sanction").values("endDate")).containsExactly("2024-07-02");
    assertThat(all.get("a-sanction").values("summary")).singleElement().asString().startsWith("Delisted by 2024-07-02");
    EntityGraph g = new EntityGraph(r.entities());
    assertThat(g.isSanctionedOn("a", LocalDate.of(2022, 3, 1))).isTrue();
    assertThat(g.isSanctionedOn("a", LocalDate.of(2024, 8, 1))).isFalse();
    assertThat(g.isSanctionedOn("b", LocalDate.of(2024, 8, 1))).isTrue();
  }

  @Test
  void aRelistingKeepsTheEndedPeriodApart() {
    Entity a = entity("a", "Company", "name=A");
    Entity sa = entity("a-sanction", "Sanction", "entity=a");
    SnapshotHistory.Result r = SnapshotHistory.merge(List.of(snapshot(D1, a, sa), snapshot(D2),
        snapshot(D3, a, sa)));
    Map<String, Entity> all = byId(r);
    assertThat(all.get("a-sanction-ended-2022-01-01").values("endDate")).containsExactly("2022-01-01");
    assertThat(all.get("a-sanction").values("endDate")).isEmpty();
    assertThat(all.get("a-sanction").firstSeen()).isEqualTo("2021-07-07");
    assertThat(r.endedSanctions()).containsExactly("a-sanction");
  }
}
