package io.tailwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tailwatch.detect.Alert;
import io.tailwatch.detect.EvidenceLink;
import io.tailwatch.detect.ManifestEntry;
import io.tailwatch.detect.Severity;
import io.tailwatch.flights.Leg;
import io.tailwatch.formats.ReferenceData;
import io.tailwatch.formats.areas.WatchedAreaReader;
import io.tailwatch.knowledge.Source;
import io.tailwatch.store.Ingest;
import io.tailwatch.store.Role;
import io.tailwatch.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A small store told as the seed story (the Emtrasur 747 to Ciudad del Este, its crew member tied to a listed
 * company), three users (viewer, analyst, admin), and the server over it on a free loopback port.
 */
final class Fixture implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String LEG = "0d8a31-1652446800";
  static final String SANCTIONED = "sanctioned-flight:" + LEG;
  static final String CREW = "crew-match:" + LEG + ":ghasemi";
  static final Instant T0 = Instant.ofEpochSecond(1652446800);

  static final String FACTS = """
      {"id":"qeshm","schema":"Company","properties":{"name":["Qeshm Fars Air"],"publisher":["OFAC"]},"datasets":["us_ofac_sdn"]}
      {"id":"qeshm-s","schema":"Sanction","properties":{"entity":["qeshm"],"authority":["OFAC"],"program":["SDGT"],"startDate":["2019-01-24"],"publisher":["OFAC"],"sourceUrl":["https://sanctionssearch.ofac.treas.gov/Details.aspx?id=26344"]},"datasets":["us_ofac_sdn"]}
      {"id":"mahan","schema":"Company","properties":{"name":["Mahan Air"],"alias":["Mahan Airlines"],"publisher":["OFAC"]},"datasets":["us_ofac_sdn"],"tailwatch":{"icaoDesignator":["IRM"]}}
      {"id":"mahan-s","schema":"Sanction","properties":{"entity":["mahan"],"authority":["OFAC"],"program":["SDGT"],"startDate":["2011-10-12"],"publisher":["OFAC"]},"datasets":["us_ofac_sdn"]}
      {"id":"emtrasur","schema":"Company","properties":{"name":["Emtrasur"],"publisher":["FDD"]},"datasets":["analyst"]}
      {"id":"plane","schema":"Airplane","properties":{"registrationNumber":["YV3531","EP-MND"],"serialNumber":["23413"],"model":["B747-3B3"],"publisher":["OFAC"]},"datasets":["us_ofac_sdn"],"tailwatch":{"modeS":["0d8a31"],"previousRegistration":["EP-MND"]}}
      {"id":"own-mahan","schema":"Ownership","properties":{"owner":["mahan"],"asset":["plane"],"role":["owned and operated"],"startDate":["2011"],"endDate":["2021-10-31"],"publisher":["US DOJ"]},"datasets":["analyst"]}
      {"id":"op-emtrasur","schema":"Ownership","properties":{"owner":["emtrasur"],"asset":["plane"],"role":["operates"],"startDate":["2021-11-01"],"publisher":["US DOJ"]},"datasets":["analyst"]}
      {"id":"lessor","schema":"Company","properties":{"name":["Aerolease Holdings"],"publisher":["analyst"]},"datasets":["analyst"]}
      {"id":"lease","schema":"Ownership","properties":{"owner":["lessor"],"asset":["plane"],"startDate":["1986"],"endDate":["2005"],"publisher":["analyst"]},"datasets":["analyst"]}
      {"id":"ghasemi","schema":"Person","properties":{"name":["Gholamreza Ghasemi"],"nationality":["ir"],"publisher":["FDD"]},"datasets":["analyst"]}
      {"id":"board","schema":"Directorship","properties":{"director":["ghasemi"],"organization":["qeshm"],"role":["sits on the board of"],"publisher":["FDD"],"sourceUrl":["https://www.fdd.org/analysis/2022/07/06/mystery-cargo/"]},"datasets":["analyst"]}
      """;

  final Path dir;
  final Store store;
  final WebServer server;
  final String viewer;
  final String analyst;
  final String admin;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Fixture(Path dir, Store store, WebServer server, String viewer, String analyst, String admin) {
    this.dir = dir;
    this.store = store;
    this.server = server;
    this.viewer = viewer;
    this.analyst = analyst;
    this.admin = admin;
  }

  static Fixture start(Path dir) throws Exception {
    Path facts = Files.writeString(dir.resolve("facts.ftm.json"), FACTS);
    StringBuilder track = new StringBuilder("time,icao24,lat,lon,velocity,heading,vertrate,callsign,onground,alert,"
        + "spi,squawk,baroaltitude,geoaltitude,lastposupdate,lastcontact\n");
    for (int i = 0; i <= 20; i++) {
      double f = i / 20.0;
      track.append(T0.getEpochSecond() + i * 900).append(",0d8a31,").append(10.6 + f * (-25.45 - 10.6)).append(',')
          .append(-66.99 + f * (-54.84 + 66.99)).append(",250,170,0,YV3531,false,false,false,,10000,10050,,\n");
    }
    // Another aircraft in the same hours, no alert.
    for (int i = 0; i <= 10; i++) {
      track.append(T0.getEpochSecond() + i * 600).append(",4ca123,").append(40 + i * 0.1).append(",-3.5,220,90,0,"
          + "IBE123,false,false,false,,11000,11050,,\n");
    }
    Path tracks = Files.writeString(dir.resolve("tracks.csv"), track.toString());
    Store store = Store.open(dir.resolve("data"));
    Ingest ingest = new Ingest(store);
    ingest.entities(facts);
    ingest.tracks(tracks);
    Leg leg = new Leg(0x0d8a31, "YV3531", "SVMI", false, "SGES", false, T0, T0.plusSeconds(18_000), T0,
        T0.plusSeconds(18_000), 10.6, -66.99, -25.45, -54.84, 10_000, 21, List.of());
    Leg other = new Leg(0x4ca123, "IBE123", null, false, null, false, null, null, T0, T0.plusSeconds(6000), 40, -3.5,
        41, -3.5, 11_000, 11, List.of());
    store.replaceLegs(List.of(leg, other));
    store.ingestManifest("crew.csv", "crew-sha", List.of(
        new ManifestEntry(LocalDate.of(2022, 5, 13), "YV3531", null, "QASEMI/GHOLAM REZA MR", "crew", "IR", null,
            "crew.csv", 2),
        new ManifestEntry(LocalDate.of(2022, 5, 13), "YV3531", null, "Kourosh Farahbakhsh", "crew", "IR", null,
            "crew.csv", 3),
        new ManifestEntry(LocalDate.of(2022, 5, 13), "EC-MXV", null, "Someone Else", "crew", "ES", null,
            "crew.csv", 4)));
    Source ofac = new Source("OFAC", "https://sanctionssearch.ofac.treas.gov/", "2021-07-09", List.of("us_ofac_sdn"));
    Source fdd = new Source("FDD", null, "2022-07-06", List.of("analyst"));
    store.upsertAlerts(List.of(
        new Alert(SANCTIONED, "sanctioned-flight", "flight", LEG, LEG, T0, Severity.CRITICAL, 0.95,
            "Listed aircraft flew: flight YV3531 SVMI-SGES", List.of(
                new EvidenceLink("Observed flight YV3531", "flight", LEG, new Source("tailwatch surveillance", null,
                    "2022-05-13", List.of("tracks")), T0.toString()),
                new EvidenceLink("Mode S 0d8a31 belongs to YV3531, listed as EP-MND", "entity", "plane", ofac, null),
                new EvidenceLink("Mahan Air owned and operated YV3531 until 2021-10-31", "entity", "own-mahan", ofac,
                    null))),
        new Alert(CREW, "crew-match", "person", "ghasemi", LEG, T0, Severity.HIGH, 0.9,
            "Manifest of flight YV3531 lists QASEMI/GHOLAM REZA MR, tied to sanctioned Qeshm Fars Air", List.of(
                new EvidenceLink("Manifest lists QASEMI/GHOLAM REZA MR as crew", "manifest", "crew.csv:2",
                    new Source("crew.csv", null, null, List.of("manifests")), "2022-05-13"),
                new EvidenceLink("Name matches Gholamreza Ghasemi", "entity", "ghasemi", fdd, null),
                new EvidenceLink("Ghasemi sits on the board of Qeshm Fars Air", "entity", "board", fdd, null),
                new EvidenceLink("Qeshm Fars Air is sanctioned by OFAC", "entity", "qeshm-s", ofac, "2019-01-24")))));
    String viewer = store.users().add("vera", Role.VIEWER).token();
    String analyst = store.users().add("ana", Role.ANALYST).token();
    String admin = store.users().add("root", Role.ADMIN).token();
    Path reference = Path.of(System.getProperty("tailwatch.referenceData", "../../shared/data"));
    WebServer.Settings settings = new WebServer.Settings(ReferenceData.locate(reference), null,
        WatchedAreaReader.defaults(), null);
    WebServer server = WebServer.start(store, settings, "127.0.0.1", 0);
    return new Fixture(dir, store, server, viewer, analyst, admin);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body, String token, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Override
  public void close() {
    server.stop();
    store.close();
  }
}
