package io.tailwatch.knowledge.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.Extensions;
import io.tailwatch.knowledge.resolution.Judgement.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateFinderTest {
  private static final Entity SDN_MAHAN = Entity.builder("ofac-12927", "Company").add("name", "MAHAN AIR")
      .add("country", "ir").dataset("us_ofac_sdn").build();
  private static final Entity DPL_MAHAN = Entity.builder("csl-dpl-1", "LegalEntity").add("name", "MAHAN AIRWAYS")
      .add("country", "ir").dataset("us_trade_csl").build();
  private static final Entity MAHAN_TRAVEL = Entity.builder("ofac-24706", "Organization")
      .add("name", "MAHAN TRAVEL AND TOURISM SDN BHD").dataset("us_ofac_sdn").build();
  private static final Entity IRAN_AIR = Entity.builder("ofac-1", "Company").add("name", "IRAN AIR")
      .dataset("us_ofac_sdn").build();

  @Test
  void anAirlineUnderAnotherGenericWordIsACandidateWithItsReason() {
    List<Candidate> found = CandidateFinder.find(List.of(SDN_MAHAN, DPL_MAHAN, MAHAN_TRAVEL, IRAN_AIR),
        Resolver.none(), 0.8);
    assertThat(found).hasSize(1);
    Candidate c = found.get(0);
    assertThat(List.of(c.left().id(), c.right().id())).containsExactlyInAnyOrder("ofac-12927", "csl-dpl-1");
    // The name matcher weighs generic words (Air, Airways) little, so the name alone carries the pair.
    assertThat(c.score()).isGreaterThanOrEqualTo(CandidateFinder.GENERIC_ONLY_SCORE);
    assertThat(c.reasons()).anyMatch(r -> r.contains("MAHAN AIR") && r.contains("MAHAN AIRWAYS"));
  }

  @Test
  void entriesOfOneSourceAndJudgedPairsAreLeftOut() {
    Entity otherSdnMahan = Entity.builder("ofac-99", "Company").add("name", "MAHAN AIR").dataset("us_ofac_sdn").build();
    assertThat(CandidateFinder.find(List.of(SDN_MAHAN, otherSdnMahan), Resolver.none(), 0.5)).isEmpty();

    Resolver judged = new Resolver(List.of(new Judgement("ofac-12927", "csl-dpl-1", Verdict.NOT_SAME, "different",
        Instant.parse("2026-11-01T00:00:00Z"))));
    assertThat(CandidateFinder.find(List.of(SDN_MAHAN, DPL_MAHAN), judged, 0.5)).isEmpty();
  }

  @Test
  void aSharedSerialNumberFindsOneAirframeInARegistryAndOnAList() {
    Entity listed = Entity.builder("ofac-15460", "Airplane").add("registrationNumber", "EP-MND")
        .add("serialNumber", "23413").dataset("us_ofac_sdn").build();
    Entity registered = Entity.builder("reg-0d8a31", "Airplane").add("registrationNumber", "YV3531")
        .add("serialNumber", "23413").extension(Extensions.MODE_S, "0d8a31").dataset("opensky_aircraft").build();
    Entity unrelated = Entity.builder("reg-4ca123", "Airplane").add("registrationNumber", "EI-ABC")
        .add("serialNumber", "30001").dataset("opensky_aircraft").build();

    List<Candidate> found = CandidateFinder.find(List.of(listed, registered, unrelated), Resolver.none(), 0.6);
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.score()).isEqualTo(0.65);
      assertThat(c.reasons()).contains("same identifier serialNumber=23413");
    });
  }

  @Test
  void peopleWithTheSameNameButOtherBirthDatesScoreLow() {
    Entity listed = Entity.builder("un-1", "Person").add("name", "Gholamreza Ghasemi").add("birthDate", "1961")
        .dataset("un_sc_sanctions").build();
    Entity sameBirth = Entity.builder("ofac-1", "Person").add("name", "GHASEMI, Gholam Reza").add("birthDate", "1961")
        .dataset("us_ofac_sdn").build();
    Entity otherBirth = Entity.builder("ofac-2", "Person").add("name", "Gholamreza QASEMI").add("birthDate", "1990")
        .dataset("us_ofac_sdn").build();

    assertThat(CandidateFinder.score(listed, sameBirth).score()).isGreaterThan(0.9);
    Candidate other = CandidateFinder.score(listed, otherBirth);
    assertThat(other.score()).isLessThan(0.5);
    assertThat(other.reasons()).anyMatch(r -> r.startsWith("birth dates differ"));
  }
}
