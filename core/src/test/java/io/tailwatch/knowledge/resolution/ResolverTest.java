package io.tailwatch.knowledge.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.resolution.Judgement.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolverTest {
  private static final Entity SDN_MAHAN = Entity.builder("ofac-12927", "Company").add("name", "MAHAN AIR")
      .dataset("us_ofac_sdn").build();
  private static final Entity DPL_MAHAN = Entity.builder("csl-dpl-1", "LegalEntity").add("name", "MAHAN AIRWAYS")
      .add("address", "MAHAN TOWER, NO. 21, AZADEGAN ST., TEHRAN, IR").dataset("us_trade_csl").build();
  private static final Entity DENIAL = Entity.builder("csl-dpl-1-sanction", "Sanction").add("entity", "csl-dpl-1")
      .add("program", "Temporary Denial Order").add("startDate", "2008-03-17").dataset("us_trade_csl").build();
  private static final Entity PERSON = Entity.builder("p-1", "Person").add("name", "MAHAN AIR").build();

  private static Judgement judge(String kept, String other, Verdict verdict, int minute) {
    return new Judgement(kept, other, verdict, "analyst", Instant.parse("2026-11-01T10:00:00Z").plusSeconds(60L * minute));
  }

  @Test
  void sameMergesUnderTheFirstIdAndRewritesReferences() {
    Resolver resolver = new Resolver(List.of(judge("ofac-12927", "csl-dpl-1", Verdict.SAME, 0)));
    List<Entity> resolved = resolver.apply(List.of(SDN_MAHAN, DPL_MAHAN, DENIAL));

    assertThat(resolved).extracting(Entity::id).containsExactly("ofac-12927", "csl-dpl-1-sanction");
    Entity mahan = resolved.get(0);
    assertThat(mahan.schema()).isEqualTo("Company");
    assertThat(mahan.referents()).containsExactly("csl-dpl-1");
    assertThat(mahan.datasets()).containsExactly("us_ofac_sdn", "us_trade_csl");
    assertThat(mahan.allNames()).containsExactly("MAHAN AIR", "MAHAN AIRWAYS");
    assertThat(resolved.get(1).values("entity")).containsExactly("ofac-12927");

    EntityGraph graph = new EntityGraph(resolved);
    assertThat(graph.find("csl-dpl-1")).contains(mahan);
    assertThat(graph.sanctionsOn("ofac-12927", LocalDate.of(2019, 4, 7))).extracting(Entity::id)
        .containsExactly("csl-dpl-1-sanction");
  }

  @Test
  void withoutJudgementsNothingChanges() {
    List<Entity> all = List.of(SDN_MAHAN, DPL_MAHAN, DENIAL);
    assertThat(Resolver.none().apply(all)).isEqualTo(all);
  }

  @Test
  void contradictionsAndImpossibleMergesAreRefusedWithTheReason() {
    Map<String, Entity> byId = Map.of(SDN_MAHAN.id(), SDN_MAHAN, DPL_MAHAN.id(), DPL_MAHAN, PERSON.id(), PERSON);
    Resolver resolver = new Resolver(List.of(judge("ofac-12927", "csl-dpl-1", Verdict.NOT_SAME, 0)));

    assertThat(resolver.check(judge("csl-dpl-1", "ofac-12927", Verdict.SAME, 1), byId)).get().asString()
        .contains("earlier judgement says");
    assertThat(resolver.check(judge("ofac-12927", "p-1", Verdict.SAME, 1), byId)).get().asString()
        .contains("is a Company and p-1 a Person");
    assertThat(resolver.check(judge("ofac-12927", "nobody", Verdict.SAME, 1), byId)).get().asString()
        .contains("no entity 'nobody'");

    Resolver merged = new Resolver(List.of(judge("ofac-12927", "csl-dpl-1", Verdict.SAME, 0)));
    assertThat(merged.check(judge("ofac-12927", "csl-dpl-1", Verdict.NOT_SAME, 1), byId)).get().asString()
        .contains("were judged the same");
  }

  @Test
  void aLaterJudgementOnThePairReplacesAnEarlierOne() {
    Resolver resolver = new Resolver(List.of(
        judge("ofac-12927", "csl-dpl-1", Verdict.SAME, 0),
        judge("csl-dpl-1", "ofac-12927", Verdict.NOT_SAME, 5)));
    assertThat(resolver.same("ofac-12927", "csl-dpl-1")).isFalse();
    assertThat(resolver.judgedDifferent("ofac-12927", "csl-dpl-1")).isTrue();
  }

  @Test
  void clustersChainAndNotSameHoldsForEveryMember() {
    Resolver resolver = new Resolver(List.of(
        judge("a", "b", Verdict.SAME, 0), judge("b", "c", Verdict.SAME, 1), judge("c", "x", Verdict.NOT_SAME, 2)));
    assertThat(resolver.canonical("c")).isEqualTo("a");
    assertThat(resolver.judgedDifferent("a", "x")).isTrue();
    assertThat(resolver.decided("x", "b")).isTrue();
    assertThat(resolver.decided("x", "y")).isFalse();
  }
}
