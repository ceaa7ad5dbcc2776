package io.tailwatch.formats.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.formats.SharedData;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Extensions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** On the two real OFAC SDN CSV snapshots in the shared reference data (see ofac/README.md there). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdnCsvReaderTest {
  static final LocalDate JULY_2021 = LocalDate.of(2021, 7, 7);
  static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 2);

  OfacEntities list2021;
  OfacEntities list2024;

  @BeforeAll
  void read() throws Exception {
    list2021 = SdnCsvReader.read(SharedData.require("ofac/sdn-csv-2021-07"), JULY_2021);
    list2024 = SdnCsvReader.read(SharedData.require("ofac/sdn-csv-2024-07-02"), JULY_2024);
  }

  @Test
  void countsPerEntryTypeMatchTheFiles() {
    assertThat(list2021.entriesByType()).isEqualTo(Map.of(SdnType.INDIVIDUAL, 4620, SdnType.VESSEL, 406,
        SdnType.AIRCRAFT, 277, SdnType.ENTITY, 3673));
    assertThat(list2024.entriesByType()).isEqualTo(Map.of(SdnType.INDIVIDUAL, 6927, SdnType.VESSEL, 872,
        SdnType.AIRCRAFT, 374, SdnType.ENTITY, 7270));
    assertThat(count(list2024, "Airplane")).isEqualTo(374);
    assertThat(count(list2024, "Person")).isEqualTo(6927);
    // Every entry has its Sanction; directive dates add a few more.
    assertThat(list2024.entities().stream().filter(e -> e.id().matches("ofac-\\d+-sanction"))).hasSize(15_443);
  }

  @Test
  void everyAircraftOfMahanAirHasATailAndASerialOrConstructionNumber() {
    for (OfacEntities list : List.of(list2021, list2024)) {
      EntityGraph graph = new EntityGraph(list.entities());
      Entity mahan = byName(list, "MAHAN AIR");
      assertThat(mahan.schema()).isEqualTo("Company"); // it operates listed aircraft
      Set<String> aircraft = graph.relations(mahan.id()).stream()
          .map(r -> r.otherEnd(mahan.id()))
          .map(id -> graph.find(id).orElseThrow())
          .filter(e -> e.is("Airplane"))
          .map(Entity::id)
          .collect(Collectors.toSet());
      // "Linked To: MAHAN AIR" or operated by Mahan Air (four BAe RJ100s are only the latter).
      assertThat(aircraft).hasSize(list == list2024 ? 66 : 67);
      for (String id : aircraft) {
        Entity plane = graph.find(id).orElseThrow();
        assertThat(plane.values("registrationNumber").isEmpty()
            && plane.extension(Extensions.PREVIOUS_REGISTRATION).isEmpty()).as(id + " has a tail").isFalse();
        assertThat(plane.values("serialNumber").isEmpty()
            && plane.extension(Extensions.CONSTRUCTION_NUMBER).isEmpty()).as(id + " has a serial").isFalse();
      }
    }
  }

  @Test
  void msnPlaceholderNamesNeverBecomeRegistrations() {
    Entity msn449 = list2024.entities().stream().filter(e -> e.id().equals("ofac-18151")).findFirst().orElseThrow();
    assertThat(msn449.values("name")).containsExactly("MSN 449");
    assertThat(msn449.values("registrationNumber")).isEmpty();
    assertThat(msn449.values("serialNumber")).containsExactly("449");
    assertThat(msn449.extension(Extensions.PREVIOUS_REGISTRATION)).containsExactly("YI-NAE");
    assertThat(msn449.values("model")).containsExactly("Airbus A340-642");
    assertThat(msn449.values("buildDate")).containsExactly("2002");
    // MSN 391 has a current tail given in Remarks.
    assertThat(entity(list2024, "ofac-18150").values("registrationNumber")).containsExactly("EP-MMH");
    List<String> registrations = list2024.entities().stream().filter(e -> e.is("Airplane"))
        .flatMap(e -> e.values("registrationNumber").stream()).toList();
    assertThat(registrations).noneMatch(r -> r.startsWith("MSN"));
  }

  @Test
  void aircraftFactsAreDistinctAndTyped() {
    Entity mng = entity(list2024, "ofac-15438");
    assertThat(mng.values("registrationNumber")).containsExactly("EP-MNG");
    assertThat(mng.extension(Extensions.CONSTRUCTION_NUMBER)).containsExactly("401");
    assertThat(mng.values("serialNumber")).isEmpty();
    assertThat(mng.values("buildDate")).containsExactly("1987-02-02");
    // Mode S codes are hex, not octal: 1533A5 and 15405B have letters, 154079 a 9; seven of the eight lie in
    // the registering state's block (VP-CSP's 400065 is in the UK range tar1090 gives to Bermuda).
    Entity rf = entity(list2024, "ofac-43162");
    assertThat(rf.extension(Extensions.MODE_S)).containsExactly("154079");
    assertThat(rf.values("serialNumber")).containsExactly("9773054055089");
    assertThat(list2024.entities().stream().filter(e -> !e.extension(Extensions.MODE_S).isEmpty())).hasSize(8);
    Entity hawker = entity(list2024, "ofac-27197");
    assertThat(hawker.values("serialNumber")).containsExactly("258512"); // Aircraft Serial Identification
    assertThat(hawker.values("country")).containsExactly("ru"); // Nationality of Registration
    assertThat(entity(list2024, "ofac-27293").values("country")).containsExactly("im"); // "Man, Isle of"
  }

  @Test
  void anOperatorIsAnOperatorLinkNotAnOwner() {
    String mahan = byName(list2024, "MAHAN AIR").id();
    assertThat(list2024.entities()).anySatisfy(e -> {
      assertThat(e.schema()).isEqualTo("UnknownLink");
      assertThat(e.values("role")).containsExactly("operator");
      assertThat(e.values("subject")).containsExactly(mahan);
      assertThat(e.values("object")).containsExactly("ofac-15438");
    });
    assertThat(list2024.entities()).noneMatch(e -> e.schema().equals("Ownership")
        && e.values("asset").stream().anyMatch(a -> entity(list2024, a).is("Airplane")));
    // An operator not on the list becomes an unlisted company, reported as unresolved.
    Entity syrianair = entity(list2024, "ofac-company-syrianair");
    assertThat(syrianair.values("topics")).isEmpty();
    assertThat(list2024.unresolved()).anyMatch(u -> u.feature().equals("Aircraft Operator")
        && u.name().equals("Syrianair"));
  }

  @Test
  void sanctionsCarryAuthorityAndEachProgram() {
    Entity s = entity(list2024, "ofac-15436-sanction");
    assertThat(s.values("entity")).containsExactly("ofac-15436");
    assertThat(s.values("authority")).containsExactly("US Office of Foreign Assets Control");
    assertThat(s.values("program")).containsExactly("SDGT", "NPWMD", "IFSR");
    assertThat(s.values("summary")).containsExactly("Additional Sanctions Information - Subject to Secondary "
        + "Sanctions");
    assertThat(s.values("startDate")).isEmpty(); // the CSV gives no date
    // Directive dates are their own Sanction, listing date apart from the date it takes effect.
    Entity directive = list2024.entities().stream().filter(e -> e.id().endsWith("-sanction-eo-14024-directive-2"))
        .findFirst().orElseThrow();
    assertThat(directive.values("listingDate")).containsExactly("2022-02-24");
    assertThat(directive.values("startDate")).containsExactly("2022-03-26");
  }

  @Test
  void linksAreResolvedByNameAndMissesReported() {
    EntityGraph graph = new EntityGraph(list2021.entities());
    // 12300's Remarks continue in sdn_comments.csv mid-word: "PROMO RAI" + "Z S.A.S.".
    Entity raiz = byName(list2021, "PROMO RAIZ S.A.S.");
    assertThat(graph.relations("ofac-12300")).anyMatch(r -> r.otherEnd("ofac-12300").equals(raiz.id()));
    assertThat(list2021.unresolved()).anyMatch(u -> u.name().equals("PRESIDENCY OF DEFENSE INDUSTRIES")
        && u.candidates() == 0);
    long linkedTo = list2024.entities().stream().filter(e -> "Linked To".equals(e.first("role"))).count();
    long unresolvedLinks = list2024.unresolved().stream().filter(u -> u.feature().equals("Linked To")).count();
    assertThat(linkedTo).isGreaterThan(6_400);
    assertThat(unresolvedLinks).isLessThan(20);
  }

  @Test
  void personsAliasesAndAddressesComeInTyped() {
    Entity zawahiri = entity(list2024, "ofac-2676");
    assertThat(zawahiri.values("birthDate")).containsExactly("1951-06-19");
    assertThat(zawahiri.values("birthPlace")).containsExactly("Giza, Egypt");
    assertThat(zawahiri.values("passportNumber")).contains("1084010");
    assertThat(zawahiri.values("lastName")).containsExactly("AL ZAWAHIRI");
    // alt.csv (2021 only): aka -> alias; add.csv -> address and country.
    Entity cuba = entity(list2021, "ofac-306");
    assertThat(cuba.values("alias")).contains("NATIONAL BANK OF CUBA");
    assertThat(cuba.values("address")).contains("Zweierstrasse 35, Zurich CH-8022, Switzerland");
    assertThat(cuba.values("country")).contains("ch");
    assertThat(cuba.values("weakAlias")).contains("BNC"); // a.k.a. in Remarks
    assertThat(list2021.entities()).anyMatch(e -> !e.values("previousName").isEmpty()); // fka
  }

  static long count(OfacEntities list, String schema) {
    return list.entities().stream().filter(e -> e.schema().equals(schema)).count();
  }

  static Entity byName(OfacEntities list, String name) {
    return list.entities().stream().filter(e -> e.values("name").contains(name) && e.id().matches("ofac-\\d+"))
        .findFirst().orElseThrow(() -> new AssertionError("no entry named " + name));
  }

  static Entity entity(OfacEntities list, String id) {
    return list.entities().stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + id));
  }
}
