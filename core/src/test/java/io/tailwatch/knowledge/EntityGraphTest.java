package io.tailwatch.knowledge;

import static io.tailwatch.knowledge.Ftm.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityGraphTest {
  static final EntityGraph GRAPH = Ftm.graph(
      entity("mahan", "Company", "name=Mahan Air", "tw:icaoDesignator=IRM"),
      entity("mahan-ofac", "Sanction", "entity=mahan", "authority=OFAC", "startDate=2011-10-12"),
      entity("old-airline", "Company", "name=Old Airline"),
      entity("old-sanction", "Sanction", "entity=old-airline", "startDate=2012", "endDate=2016-01-16"),
      entity("qeshm", "Company", "name=Qeshm Fars Air"),
      entity("qeshm-ofac", "Sanction", "entity=qeshm", "startDate=2019-01-24"),
      entity("ghasemi", "Person", "name=Gholamreza Ghasemi"),
      entity("board", "Directorship", "director=ghasemi", "organization=qeshm"),
      entity("plane", "Airplane", "registrationNumber=YV3531", "serialNumber=23413", "tw:modeS=0d8a31",
          "tw:previousRegistration=EP-MND"),
      entity("owned", "Ownership", "owner=mahan", "asset=plane", "endDate=2021-10"));

  @Test
  void aSanctionHoldsFromItsStartAndNotBefore() {
    assertThat(GRAPH.isSanctionedOn("mahan", LocalDate.of(2011, 10, 12))).isTrue();
    assertThat(GRAPH.isSanctionedOn("mahan", LocalDate.of(2011, 10, 11))).isFalse();
  }

  @Test
  void aDelistingEndsASanctionWithoutErasingIt() {
    assertThat(GRAPH.isSanctionedOn("old-airline", LocalDate.of(2015, 6, 1))).isTrue();
    assertThat(GRAPH.isSanctionedOn("old-airline", LocalDate.of(2016, 1, 17))).isFalse();
    assertThat(GRAPH.sanctions("old-airline")).hasSize(1);
  }

  @Test
  void anAirframeIsFoundByAnyOfItsIdentities() {
    assertThat(GRAPH.airplanesByRegistration("yv-3531")).extracting(Entity::id).containsExactly("plane");
    assertThat(GRAPH.airplanesByRegistration("EP-MND")).extracting(Entity::id).containsExactly("plane");
    assertThat(GRAPH.airplanesBySerial("23413")).extracting(Entity::id).containsExactly("plane");
    assertThat(GRAPH.airplanesByModeS("0D8A31")).extracting(Entity::id).containsExactly("plane");
    assertThat(GRAPH.operatorsByDesignator("IRM")).extracting(Entity::id).containsExactly("mahan");
  }

  @Test
  void pathToSanctionedRespectsTheDayOfTheQuestion() {
    assertThat(GRAPH.pathToSanctioned("ghasemi", LocalDate.of(2022, 5, 13), 2))
        .hasValueSatisfying(path -> assertThat(path).extracting(Relation::targetId).containsExactly("qeshm"));
    assertThat(GRAPH.pathToSanctioned("ghasemi", LocalDate.of(2018, 5, 13), 2)).isEmpty();
  }

  @Test
  void relationsCarryTheirDatesAtTheEndOfTheirPeriod() {
    List<Relation> owned = GRAPH.relations("plane");
    assertThat(owned).singleElement().satisfies(r -> {
      assertThat(r.end()).isEqualTo(LocalDate.of(2021, 10, 31));
      assertThat(r.heldOn(LocalDate.of(2021, 10, 31))).isTrue();
      assertThat(r.endedBefore(LocalDate.of(2022, 5, 13))).isTrue();
    });
  }

  @Test
  void partialDatesCoverTheirWholePeriod() {
    assertThat(FtmDate.start("2011")).isEqualTo(LocalDate.of(2011, 1, 1));
    assertThat(FtmDate.end("2011-02")).isEqualTo(LocalDate.of(2011, 2, 28));
    assertThat(FtmDate.start("2011-10-12T08:00:00")).isEqualTo(LocalDate.of(2011, 10, 12));
    assertThat(FtmDate.start("not a date")).isNull();
  }

  @Test
  void shortestEvidencePathsRunThroughBoardSeatsAndOwnership() {
    List<List<Relation>> paths = GRAPH.shortestPaths("ghasemi", "qeshm", 3);
    assertThat(paths).singleElement().satisfies(p -> assertThat(p).extracting(Relation::label).containsExactly("directs"));
    assertThat(GRAPH.shortestPaths("ghasemi", "plane", 5)).isEmpty();
    assertThat(GRAPH.shortestPaths("mahan", "mahan", 2)).containsExactly(List.of());
  }
}
