package io.tailwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.detect.Alert;
import io.tailwatch.detect.EvidenceLink;
import io.tailwatch.detect.Severity;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Source;
import io.tailwatch.knowledge.resolution.Judgement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  static final String TRACK = "time,icao24,lat,lon,velocity,heading,vertrate,callsign,onground,alert,spi,squawk,"
      + "baroaltitude,geoaltitude,lastposupdate,lastcontact\n"
      + "1652446800,0d8a31,10.6,-66.99,120,175,10,YV3531,false,false,false,,3048,3100,,\n"
      + "1652446810,0d8a31,10.59,-66.99,121,175,10,YV3531,false,false,false,,3100,3150,,\n";

  @TempDir
  Path dir;

  @Test
  void theSameFileTwiceAddsNothing() throws Exception {
    Path file = Files.writeString(dir.resolve("t.csv"), TRACK);
    try (Store store = Store.open(dir.resolve("data"))) {
      Ingest ingest = new Ingest(store);
      assertThat(ingest.tracks(file).added()).isEqualTo(2);
      IngestResult again = ingest.tracks(file);
      assertThat(again.duplicate()).isTrue();
      assertThat(store.count("positions")).isEqualTo(2);
    }
  }

  @Test
  void aBadFileIsRefusedWholeAndWhatWasStoredStays() throws Exception {
    Path good = Files.writeString(dir.resolve("good.csv"), TRACK);
    Path bad = Files.writeString(dir.resolve("bad.csv"), TRACK.replace("10.59", "north"));
    try (Store store = Store.open(dir.resolve("data"))) {
      Ingest ingest = new Ingest(store);
      ingest.tracks(good);
      assertThatThrownBy(() -> ingest.tracks(bad)).isInstanceOf(InputFormatException.class)
          .hasMessageContaining("bad.csv:3:");
      assertThat(store.count("positions")).isEqualTo(2);
      assertThat(store.count("ingests")).isEqualTo(1);
    }
    // And it survives a reopen.
    try (Store store = Store.open(dir.resolve("data"))) {
      assertThat(store.count("positions")).isEqualTo(2);
    }
  }

  @Test
  void entitiesAreReplacedByIdAndReadBack() throws Exception {
    Path v1 = Files.writeString(dir.resolve("v1.json"),
        "{\"id\":\"e1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Mahan Air\"]}}\n");
    Path v2 = Files.writeString(dir.resolve("v2.json"),
        "{\"id\":\"e1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Mahan Air\"],\"alias\":[\"Mahan Airlines\"]}}\n");
    try (Store store = Store.open(dir.resolve("data"))) {
      Ingest ingest = new Ingest(store);
      ingest.entities(v1);
      ingest.entities(v2);
      assertThat(store.entities()).singleElement()
          .satisfies(e -> assertThat(e.values("alias")).containsExactly("Mahan Airlines"));
    }
  }

  @Test
  void anAnalystsDecisionOutlivesReDetection() {
    Alert alert = new Alert("d:1", "d", "flight", "leg-1", "leg-1", Instant.parse("2022-05-13T13:00:00Z"),
        Severity.HIGH, 0.9, "title", List.of(new EvidenceLink("claim", "entity", "e1",
            new Source("OFAC", null, "2021", List.of("d")), null)));
    try (Store store = Store.open(dir.resolve("data"))) {
      store.upsertAlerts(List.of(alert));
      assertThat(store.decide("d:1", AlertStatus.DISMISSED, "known charter")).isTrue();
      store.upsertAlerts(List.of(alert));
      StoredAlert stored = store.alert("d:1").orElseThrow();
      assertThat(stored.status()).isEqualTo(AlertStatus.DISMISSED);
      assertThat(stored.statusReason()).isEqualTo("known charter");
      assertThat(stored.alert()).isEqualTo(alert);
      assertThat(store.decide("nope", AlertStatus.ESCALATED, null)).isFalse();
    }
  }

  @Test
  void statementsOfOneIdFromSeveralSourcesMergeAndConflictsAreRefused() throws Exception {
    Path list = Files.writeString(dir.resolve("list.json"), "{\"id\":\"ofac-15460\",\"schema\":\"Airplane\","
        + "\"properties\":{\"registrationNumber\":[\"EP-MND\"],\"serialNumber\":[\"23413\"]},\"datasets\":[\"us_ofac_sdn\"]}\n");
    Path analyst = Files.writeString(dir.resolve("analyst.json"), "{\"id\":\"ofac-15460\",\"schema\":\"Airplane\","
        + "\"properties\":{\"registrationNumber\":[\"YV3531\"]},\"datasets\":[\"analyst\"],"
        + "\"tailwatch\":{\"modeS\":[\"0d8a31\"]}}\n");
    Path wrong = Files.writeString(dir.resolve("wrong.json"), "{\"id\":\"ofac-15460\",\"schema\":\"Person\","
        + "\"properties\":{\"name\":[\"x\"]},\"datasets\":[\"other\"]}\n");
    try (Store store = Store.open(dir.resolve("data"))) {
      Ingest ingest = new Ingest(store);
      ingest.entities(list);
      ingest.entities(analyst);
      assertThat(store.entity("ofac-15460")).hasValueSatisfying(e -> {
        assertThat(e.values("registrationNumber")).containsExactly("YV3531", "EP-MND");
        assertThat(e.values("serialNumber")).containsExactly("23413");
        assertThat(e.extension("modeS")).containsExactly("0d8a31");
        assertThat(e.datasets()).containsExactlyInAnyOrder("us_ofac_sdn", "analyst");
      });
      assertThatThrownBy(() -> ingest.entities(wrong)).isInstanceOf(StoreException.class)
          .hasMessageContaining("is a Person here but a Airplane");
      assertThat(store.entities()).hasSize(1);
    }
  }

  @Test
  void judgementsMergeEntitiesInTheGraphAndContradictionsLeaveTheStoreAsItWas() throws Exception {
    Path sdn = Files.writeString(dir.resolve("sdn.json"), "{\"id\":\"ofac-12927\",\"schema\":\"Company\","
        + "\"properties\":{\"name\":[\"MAHAN AIR\"]},\"datasets\":[\"us_ofac_sdn\"]}\n");
    Path dpl = Files.writeString(dir.resolve("dpl.json"), "{\"id\":\"csl-dpl-1\",\"schema\":\"LegalEntity\","
        + "\"properties\":{\"name\":[\"MAHAN AIRWAYS\"]},\"datasets\":[\"us_trade_csl\"]}\n"
        + "{\"id\":\"csl-dpl-1-s\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"csl-dpl-1\"],"
        + "\"program\":[\"Temporary Denial Order\"]},\"datasets\":[\"us_trade_csl\"]}\n");
    try (Store store = Store.open(dir.resolve("data"))) {
      Ingest ingest = new Ingest(store);
      ingest.entities(sdn);
      ingest.entities(dpl);
      Instant at = Instant.parse("2026-11-01T10:00:00Z");
      store.recordJudgements(List.of(new Judgement("ofac-12927", "csl-dpl-1", Judgement.Verdict.SAME,
          "same address in Tehran, same Temporary Denial Order history", at)));

      EntityGraph graph = store.graph();
      assertThat(graph.find("csl-dpl-1")).hasValueSatisfying(e -> {
        assertThat(e.id()).isEqualTo("ofac-12927");
        assertThat(e.allNames()).containsExactly("MAHAN AIR", "MAHAN AIRWAYS");
      });
      assertThat(graph.sanctions("ofac-12927")).extracting(Entity::id).containsExactly("csl-dpl-1-s");
      assertThat(store.entities()).hasSize(3); // the statements themselves stay as their sources gave them

      assertThatThrownBy(() -> store.recordJudgements(List.of(
          new Judgement("ofac-12927", "csl-dpl-1-s", Judgement.Verdict.SAME, "x", at.plusSeconds(1)),
          new Judgement("ofac-12927", "csl-dpl-1", Judgement.Verdict.NOT_SAME, "y", at.plusSeconds(2)))))
          .isInstanceOf(StoreException.class).hasMessageContaining("judgement refused");
      assertThat(store.judgements()).hasSize(1);
    }
  }

  @Test
  void flightsRebuiltTwiceReplaceEachOther() {
    Instant t = Instant.parse("2022-05-13T12:00:00Z");
    io.tailwatch.flights.Leg leg = new io.tailwatch.flights.Leg(0x0d8a31, "YV3531", "SVMI", false, "SGES", false, t,
        t.plusSeconds(20_000), t, t.plusSeconds(20_000), 10.6, -67.0, -25.5, -54.8, 10_000, 300, List.of());
    try (Store store = Store.open(dir.resolve("data"))) {
      store.replaceLegs(List.of(leg));
      store.replaceLegs(List.of(leg)); // DuckDB refused this while legs had a primary key
      assertThat(store.legs()).hasSize(1);
    }
  }

  @Test
  void legsAndTrafficOfATimeWindow() throws Exception {
    Path file = Files.writeString(dir.resolve("t.csv"), TRACK
        + "1652446900,0d8a31,10.5,-66.98,121,175,10,YV3531,false,false,false,,3200,3250,,\n"
        + "1652446905,4ca123,53.4,-6.2,200,90,0,EIN12,false,false,false,,9000,9050,,\n"
        + "1652446915,4ca123,,,200,90,0,EIN12,false,false,false,,9000,9050,,\n");
    Instant t = Instant.parse("2022-05-13T12:00:00Z");
    io.tailwatch.flights.Leg leg = new io.tailwatch.flights.Leg(0x0d8a31, "YV3531", "SVMI", false, "SGES", false, t,
        t.plusSeconds(20_000), t, t.plusSeconds(20_000), 10.6, -67.0, -25.5, -54.8, 10_000, 300, List.of());
    try (Store store = Store.open(dir.resolve("data"))) {
      new Ingest(store).tracks(file);
      store.replaceLegs(List.of(leg));
      Instant from = Instant.ofEpochSecond(1652446800);
      Instant to = Instant.ofEpochSecond(1652447000);
      // One per aircraft per minute, positions only.
      assertThat(store.traffic(from, to, 60_000, 100)).extracting(v -> v.icao24() + "@" + v.timeMs() / 1000)
          .containsExactly(0x0d8a31 + "@1652446800", 0x0d8a31 + "@1652446900", 0x4ca123 + "@1652446905");
      assertThat(store.traffic(from, to, 1000, 100)).hasSize(4);
      assertThatThrownBy(() -> store.traffic(from, to, 1000, 3)).hasMessageContaining("more than 3 positions");
      assertThat(store.legs("0D8A31", t.plusSeconds(100), t.plusSeconds(200), 10)).hasSize(1);
      assertThat(store.legs(null, t.minusSeconds(100), t.minusSeconds(1), 10)).isEmpty();
      assertThat(store.legs("4ca123", t, t.plusSeconds(100), 10)).isEmpty();
    }
  }
}
