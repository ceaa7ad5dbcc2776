package io.tailwatch.web;

import static io.tailwatch.web.Fixture.CREW;
import static io.tailwatch.web.Fixture.LEG;
import static io.tailwatch.web.Fixture.SANCTIONED;
import static io.tailwatch.web.Fixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tailwatch.store.AuditLog;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint on loopback over the fixture store: what it answers, and how it refuses bad input. */
class ApiTest {
  @TempDir
  Path dir;
  Fixture f;

  @BeforeEach
  void start() throws Exception {
    f = Fixture.start(dir);
  }

  @AfterEach
  void stop() {
    f.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return f.get(path, f.analyst);
  }

  JsonNode ok(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return json(r);
  }

  void status(int expected, HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.uri() + ": " + r.body()).isEqualTo(expected);
    if (expected >= 400 && r.body() != null && !r.body().isEmpty()) {
      assertThat(json(r).path("error").asText()).isNotBlank();
    }
  }

  static List<String> ids(JsonNode items) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.path("id").asText()));
    return out;
  }

  @Test
  void thePageComesWithSecureHeaders() throws Exception {
    HttpResponse<String> page = f.get("/", null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>tailwatch</title>");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
        assertThat(v).contains("default-src 'self'", "frame-ancestors 'none'"));
    assertThat(f.get("/app.css", null).statusCode()).isEqualTo(200);
    assertThat(f.get("/js/main.js", null).statusCode()).isEqualTo(200);
    status(404, f.get("/js/nope.js", null));
    status(404, f.get("/js/..%2Fapp.css", null));
    assertThat(get("/api/summary").headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void unknownRoutesAndMethodsAnswerJson() throws Exception {
    status(404, get("/api/nothing-here"));
    HttpResponse<String> wrongMethod = f.post("/api/alerts", "{}", f.analyst);
    assertThat(wrongMethod.statusCode()).isIn(404, 405);
    assertThat(json(wrongMethod).path("error").asText()).isNotBlank();
  }

  @Test
  void summaryCountsTheStore() throws Exception {
    JsonNode s = ok("/api/summary");
    assertThat(s.path("flights").asInt()).isEqualTo(2);
    assertThat(s.path("alerts").asInt()).isEqualTo(2);
    assertThat(s.path("positions").asInt()).isEqualTo(32);
    assertThat(s.path("first_position").asText()).isEqualTo("2022-05-13T13:00:00Z");
    assertThat(s.path("alerts_by_status").path("open").asInt()).isEqualTo(2);
  }

  @Test
  void alertListIsMostSevereFirstFilteredAndPaged() throws Exception {
    JsonNode all = ok("/api/alerts");
    assertThat(all.path("total").asInt()).isEqualTo(2);
    assertThat(ids(all.path("items"))).containsExactly(SANCTIONED, CREW);
    JsonNode first = all.path("items").get(0);
    assertThat(first.has("evidence")).isFalse();
    assertThat(first.path("evidence_count").asInt()).isEqualTo(3);
    assertThat(first.path("icao24").asText()).isEqualTo("0d8a31");
    assertThat(first.path("operators").toString()).contains("Emtrasur").doesNotContain("Mahan");

    assertThat(ids(ok("/api/alerts?detector=crew-match").path("items"))).containsExactly(CREW);
    assertThat(ids(ok("/api/alerts?detector=crew-match,sanctioned-flight").path("items"))).hasSize(2);
    assertThat(ok("/api/alerts?status=dismissed").path("total").asInt()).isZero();
    assertThat(ids(ok("/api/alerts?severity=critical").path("items"))).containsExactly(SANCTIONED);
    assertThat(ok("/api/alerts?operator=emtra").path("total").asInt()).isEqualTo(2);
    assertThat(ok("/api/alerts?operator=mahan").path("total").asInt()).isZero();
    assertThat(ok("/api/alerts?case=" + LEG).path("total").asInt()).isEqualTo(2);
    assertThat(ids(ok("/api/alerts?entity=qeshm").path("items"))).containsExactly(CREW);
    assertThat(ids(ok("/api/alerts?entity=mahan").path("items"))).containsExactly(SANCTIONED);
    assertThat(ok("/api/alerts?icao24=0D8A31").path("total").asInt()).isEqualTo(2);
    assertThat(ok("/api/alerts?from=2022-05-14").path("total").asInt()).isZero();
    assertThat(ok("/api/alerts?to=2022-05-13T12:00:00Z").path("total").asInt()).isZero();
    assertThat(ok("/api/alerts?sort=time").path("total").asInt()).isEqualTo(2);
    JsonNode page = ok("/api/alerts?limit=1&offset=1");
    assertThat(page.path("total").asInt()).isEqualTo(2);
    assertThat(ids(page.path("items"))).containsExactly(CREW);
    assertThat(ok("/api/alerts?offset=5").path("items")).isEmpty();

    status(400, get("/api/alerts?limit=0"));
    status(400, get("/api/alerts?limit=ten"));
    status(400, get("/api/alerts?severity=urgent"));
    status(400, get("/api/alerts?status=closed"));
    status(400, get("/api/alerts?sort=random"));
    status(400, get("/api/alerts?from=yesterday"));
    status(400, get("/api/alerts?detector=" + "x".repeat(600)));
  }

  @Test
  void countriesComeFromTheAirportsWhenTheServerHasThem() throws Exception {
    // The fixture has no airports: no countries, and a country filter finds nothing rather than failing.
    assertThat(ok("/api/alerts?country=PY").path("total").asInt()).isZero();
    JsonNode facets = ok("/api/alerts/facets");
    assertThat(facets.path("detector").path("crew-match").asInt()).isEqualTo(1);
    assertThat(facets.path("severity").path("critical").asInt()).isEqualTo(1);
    assertThat(facets.path("operator").path("Emtrasur").asInt()).isEqualTo(2);
  }

  @Test
  void anAlertCarriesItsEvidenceWithTheEntitiesItCites() throws Exception {
    JsonNode a = ok("/api/alerts/" + SANCTIONED);
    assertThat(a.path("evidence")).hasSize(3);
    assertThat(a.path("evidence").get(1).path("source").path("citation").asText()).contains("OFAC");
    assertThat(a.path("refs").path("plane").path("caption").asText()).isEqualTo("YV3531");
    assertThat(a.path("refs").path("own-mahan").path("ends").toString()).contains("Mahan Air", "YV3531");
    assertThat(a.path("decisions")).isEmpty();
    HttpResponse<String> missing = get("/api/alerts/no-such-alert");
    status(404, missing);
    assertThat(json(missing).path("error").asText()).isEqualTo("no alert 'no-such-alert'");
  }

  @Test
  void decisionsAreKeptWithTheirAuthorAndAudited() throws Exception {
    String path = "/api/alerts/" + CREW + "/decision";
    status(400, f.post(path, "{\"status\":\"dismissed\"}", f.analyst));
    status(400, f.post(path, "{\"status\":\"dismissed\",\"reason\":\"  \"}", f.analyst));
    status(400, f.post(path, "{not json", f.analyst));
    status(400, f.post(path, "[\"dismissed\"]", f.analyst));
    status(400, f.post(path, "", f.analyst));
    status(400, f.post(path, "{\"status\":5}", f.analyst));
    status(400, f.post(path, "{\"status\":\"sideways\"}", f.analyst));
    status(400, f.post(path, "{\"status\":\"escalated\",\"reason\":\"" + "x".repeat(2001) + "\"}", f.analyst));
    status(413, f.post(path, "{\"status\":\"escalated\",\"reason\":\"" + "x".repeat(200_000) + "\"}", f.analyst));
    status(404, f.post("/api/alerts/nope/decision", "{\"status\":\"escalated\"}", f.analyst));

    JsonNode decided = json(f.post(path, "{\"status\":\"dismissed\",\"reason\":\"different date of birth\"}",
        f.analyst));
    assertThat(decided.path("status").asText()).isEqualTo("dismissed");
    assertThat(decided.path("status_by").asText()).isEqualTo("ana");
    assertThat(decided.path("decisions").get(0).path("decision").asText())
        .isEqualTo("dismissed: different date of birth");
    assertThat(ids(ok("/api/alerts?status=dismissed").path("items"))).containsExactly(CREW);
    assertThat(f.store.alert(CREW).orElseThrow().statusReason()).isEqualTo("different date of birth");
    assertThat(f.store.audit().list(new AuditLog.Filter("ana", AuditLog.DECIDE_ALERT, "alert", CREW), 10, 0))
        .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("dismissed: different date of birth"));
    // Re-opened, and the history keeps both.
    json(f.post(path, "{\"status\":\"open\"}", f.analyst));
    assertThat(ok("/api/alerts/" + CREW).path("decisions")).hasSize(2);
    // A dismissed alert no longer colours its flight.
    json(f.post("/api/alerts/" + SANCTIONED + "/decision", "{\"status\":\"dismissed\",\"reason\":\"test\"}",
        f.analyst));
    assertThat(ok("/api/flights/" + LEG).path("severity").asText()).isEqualTo("high");
  }

  @Test
  void flightsByAircraftAndWindow() throws Exception {
    assertThat(ids(ok("/api/flights?icao24=0d8a31").path("items"))).containsExactly(LEG);
    assertThat(ids(ok("/api/flights?aircraft=EP-MND").path("items"))).containsExactly(LEG);
    assertThat(ids(ok("/api/flights?aircraft=plane").path("items"))).containsExactly(LEG);
    assertThat(ids(ok("/api/flights?from=2022-05-13T14:00:00Z&to=2022-05-13T14:10:00Z").path("items"))).hasSize(2);
    assertThat(ok("/api/flights?from=2022-05-14").path("items")).isEmpty();
    assertThat(ok("/api/flights?icao24=0d8a31").path("items").get(0).path("severity").asText()).isEqualTo("critical");
    status(404, get("/api/flights?aircraft=N12345"));
    status(400, get("/api/flights?icao24=xyz"));
    status(400, get("/api/flights?limit=5000"));
  }

  @Test
  void aFlightHasItsTrackAircraftOperatorsAndAlerts() throws Exception {
    JsonNode leg = ok("/api/flights/" + LEG);
    assertThat(leg.path("track")).hasSize(21);
    assertThat(leg.path("track").get(0).get(3).asLong()).isEqualTo(Fixture.T0.getEpochSecond());
    assertThat(leg.path("aircraft").get(0).path("caption").asText()).isEqualTo("YV3531");
    assertThat(leg.path("operators").toString()).contains("Emtrasur").doesNotContain("Mahan");
    assertThat(ids(leg.path("alerts"))).containsExactly(SANCTIONED, CREW);
    status(404, get("/api/flights/nope"));
  }

  @Test
  void theManifestOfAFlightIsForAnalystsAndAudited() throws Exception {
    JsonNode m = ok("/api/flights/" + LEG + "/manifest");
    assertThat(m.path("items")).extracting(r -> r.path("full_name").asText())
        .containsExactly("QASEMI/GHOLAM REZA MR", "Kourosh Farahbakhsh");
    assertThat(f.store.audit().count(new AuditLog.Filter("ana", AuditLog.VIEW_MANIFEST, "flight", LEG))).isEqualTo(1);
    status(403, f.get("/api/flights/" + LEG + "/manifest", f.viewer));
    status(404, get("/api/flights/nope/manifest"));
  }

  @Test
  void trafficReplaysEveryAircraftOfAWindow() throws Exception {
    JsonNode t = ok("/api/traffic?from=2022-05-13T13:00:00Z&to=2022-05-13T19:00:00Z&step=60");
    assertThat(t.path("aircraft")).hasSize(2);
    JsonNode yv = t.path("aircraft").get(0);
    assertThat(yv.path("icao24").asText()).isEqualTo("0d8a31");
    assertThat(yv.path("severity").asText()).isEqualTo("critical");
    assertThat(yv.path("legs").get(0).path("id").asText()).isEqualTo(LEG);
    assertThat(yv.path("points")).hasSize(21);
    assertThat(yv.path("points").get(0)).hasSize(4);
    assertThat(t.path("aircraft").get(1).path("severity").isNull()).isTrue();
    // Coarser steps keep fewer points.
    assertThat(ok("/api/traffic?from=2022-05-13T13:00:00Z&to=2022-05-13T19:00:00Z&step=3600").path("aircraft").get(0)
        .path("points").size()).isLessThan(21);
    status(400, get("/api/traffic?from=2022-05-13"));
    status(400, get("/api/traffic?from=2022-05-13&to=2022-05-12"));
    status(400, get("/api/traffic?from=2022-05-01&to=2022-05-13"));
    status(400, get("/api/traffic?from=2022-05-13&to=2022-05-14&step=0"));
  }

  @Test
  void tracksExportAsGeoJsonAndKml() throws Exception {
    JsonNode geo = ok("/api/export/tracks.geojson?flight=" + LEG);
    assertThat(geo.path("type").asText()).isEqualTo("FeatureCollection");
    JsonNode feature = geo.path("features").get(0);
    assertThat(feature.path("geometry").path("type").asText()).isEqualTo("LineString");
    assertThat(feature.path("geometry").path("coordinates")).hasSize(21);
    assertThat(feature.path("geometry").path("coordinates").get(0).get(0).asDouble()).isEqualTo(-66.99); // lon first
    assertThat(feature.path("properties").path("coordTimes")).hasSize(21);
    assertThat(ok("/api/export/tracks.geojson?aircraft=YV3531&from=2022-05-01&to=2022-05-31").path("features"))
        .hasSize(1);
    HttpResponse<String> kml = get("/api/export/tracks.kml?flight=" + LEG);
    assertThat(kml.statusCode()).isEqualTo(200);
    assertThat(kml.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("kml"));
    assertThat(kml.body()).contains("<gx:Track>", "<name>YV3531 SVMI-SGES</name>", "<when>2022-05-13T13:00:00Z</when>");
    assertThat(kml.body().split("<gx:coord>", -1)).hasSize(22);
    status(400, get("/api/export/tracks.kml?icao24=0d8a31"));
    status(400, get("/api/export/tracks.geojson?icao24=0d8a31&from=2022-01-01&to=2022-12-31"));
    status(404, get("/api/export/tracks.geojson?flight=nope"));
  }

  @Test
  void anAircraftPageHasRegistrationsModeSOwnersOperatorsFlightsAndAlerts() throws Exception {
    JsonNode p = ok("/api/entities/plane");
    assertThat(p.path("caption").asText()).isEqualTo("YV3531");
    JsonNode a = p.path("aircraft");
    assertThat(a.path("registrations").toString()).contains("{\"registration\":\"YV3531\",\"current\":true}",
        "{\"registration\":\"EP-MND\",\"current\":false}");
    assertThat(a.path("mode_s").get(0).path("address").asText()).isEqualTo("0d8a31");
    assertThat(a.path("mode_s").get(0).path("flights").asInt()).isEqualTo(1);
    assertThat(a.path("owners")).extracting(o -> o.path("source_caption").asText() + " " + o.path("end").asText())
        .contains("Mahan Air 2021-10-31");
    assertThat(a.path("operators")).extracting(o -> o.path("source_caption").asText()).contains("Emtrasur", "Mahan Air");
    assertThat(ids(a.path("flights"))).containsExactly(LEG);
    assertThat(ids(p.path("alerts"))).containsExactly(SANCTIONED, CREW); // both are about its flight
    assertThat(p.path("entity").path("schema").asText()).isEqualTo("Airplane");

    JsonNode company = ok("/api/entities/qeshm");
    assertThat(company.path("sanctions").get(0).path("program").toString()).contains("SDGT");
    assertThat(company.path("sanctions").get(0).path("source_url").asText()).contains("26344");
    assertThat(company.path("relations").get(0).path("source_caption").asText()).isEqualTo("Gholamreza Ghasemi");
    status(404, get("/api/entities/nope"));
  }

  @Test
  void aPersonIsForAnalystsAndEveryViewIsAudited() throws Exception {
    JsonNode person = ok("/api/entities/ghasemi");
    assertThat(person.path("relations").get(0).path("label").asText()).isEqualTo("sits on the board of");
    assertThat(ids(person.path("alerts"))).containsExactly(CREW);
    ok("/api/entities/ghasemi/graph");
    assertThat(f.store.audit().count(new AuditLog.Filter("ana", AuditLog.VIEW_PERSON, "entity", "ghasemi")))
        .isEqualTo(2);
    status(403, f.get("/api/entities/ghasemi", f.viewer));
    status(403, f.get("/api/entities/board", f.viewer));
    // The company is visible to viewers, without the person on its board.
    HttpResponse<String> company = f.get("/api/entities/qeshm", f.viewer);
    assertThat(company.statusCode()).isEqualTo(200);
    assertThat(company.body()).doesNotContain("Ghasemi");
  }

  @Test
  void theNeighbourhoodGraphHasDatedSourcedEdgesAndSanctions() throws Exception {
    JsonNode g = ok("/api/entities/plane/graph?depth=2");
    assertThat(g.path("center").asText()).isEqualTo("plane");
    assertThat(ids(g.path("nodes"))).contains("plane", "mahan", "emtrasur", "mahan-s");
    JsonNode owned = null;
    for (JsonNode e : g.path("edges")) {
      if (e.path("id").asText().equals("own-mahan")) {
        owned = e;
      }
    }
    assertThat(owned).isNotNull();
    assertThat(owned.path("start").asText()).isEqualTo("2011-01-01");
    assertThat(owned.path("end").asText()).isEqualTo("2021-10-31");
    assertThat(owned.path("source_citation").asText()).contains("US DOJ");
    assertThat(g.path("edges").toString()).contains("\"label\":\"sanctioned\"");
    assertThat(ok("/api/entities/plane/graph?depth=1&max=2").path("truncated").asBoolean()).isTrue();
    // Beyond the entity itself, each hub shows at most per_node new neighbours and counts the others.
    JsonNode fanned = ok("/api/entities/emtrasur/graph?depth=2&per_node=1");
    assertThat(fanned.path("truncated").asBoolean()).isTrue();
    JsonNode plane = null;
    for (JsonNode n : fanned.path("nodes")) {
      if (n.path("id").asText().equals("plane")) {
        plane = n;
      }
    }
    assertThat(plane.path("hidden").asInt()).isEqualTo(1);
    assertThat(ok("/api/entities/emtrasur/graph?depth=2").path("nodes").toString()).contains("lessor", "mahan");
    assertThat(ids(ok("/api/entities/qeshm/graph").path("nodes"))).contains("ghasemi");
    assertThat(f.get("/api/entities/qeshm/graph", f.viewer).body()).doesNotContain("ghasemi");
    status(400, get("/api/entities/plane/graph?depth=9"));
    status(404, get("/api/entities/nope/graph"));
  }

  @Test
  void searchFindsNamesInAnySpellingAndIdentifiers() throws Exception {
    assertThat(ids(ok("/api/search?q=mahan%20airlines").path("items")).get(0)).isEqualTo("mahan");
    assertThat(ids(ok("/api/search?q=mahn%20air").path("items"))).contains("mahan");
    assertThat(ids(ok("/api/search?q=Emtrasr").path("items"))).contains("emtrasur");
    assertThat(ids(ok("/api/search?q=EP-MND").path("items"))).containsExactly("plane");
    assertThat(ok("/api/search?q=EP-MND").path("items").get(0).path("matched").asText()).isEqualTo("registration");
    assertThat(ids(ok("/api/search?q=23413").path("items"))).containsExactly("plane");
    assertThat(ids(ok("/api/search?q=0D8A31").path("items"))).containsExactly("plane");
    assertThat(ids(ok("/api/search?q=IRM").path("items"))).contains("mahan");
    assertThat(ids(ok("/api/search?q=QASEMI/GHOLAM%20REZA%20MR").path("items"))).contains("ghasemi");
    assertThat(ids(json(f.get("/api/search?q=Gholamreza%20Ghasemi", f.viewer)).path("items"))).doesNotContain("ghasemi");
    assertThat(ids(ok("/api/search?q=Qeshm&schema=Airplane").path("items"))).isEmpty();
    assertThat(ok("/api/search?q=mahan").path("items").get(0).path("sanctioned").asBoolean()).isTrue();
    status(400, get("/api/search"));
    status(400, get("/api/search?q=" + "a".repeat(300)));
    status(400, get("/api/search?q=x&schema=Spaceship"));
    status(400, get("/api/search?q=x&limit=100"));
  }

  @Test
  void entitiesExportAsFtmJsonLines() throws Exception {
    HttpResponse<String> one = get("/api/export/entities.ftm.jsonl?id=plane&depth=1");
    assertThat(one.statusCode()).isEqualTo(200);
    List<String> lines = one.body().lines().toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("{\"id\":\"plane\""));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"id\":\"own-mahan\""));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"id\":\"mahan\""));
    for (String l : lines) {
      assertThat(Fixture.JSON.readTree(l).path("schema").asText()).isNotBlank();
    }
    String forViewer = f.get("/api/export/entities.ftm.jsonl", f.viewer).body();
    assertThat(forViewer).contains("\"id\":\"qeshm\"").doesNotContain("\"id\":\"ghasemi\"", "\"id\":\"board\"");
    String forAnalyst = get("/api/export/entities.ftm.jsonl").body();
    assertThat(forAnalyst.lines().count()).isEqualTo(12);
    assertThat(f.store.audit().count(new AuditLog.Filter("ana", AuditLog.EXPORT, "entities", null))).isEqualTo(1);
    status(404, get("/api/export/entities.ftm.jsonl?id=nope"));
    status(400, get("/api/export/entities.ftm.jsonl?id=plane&depth=4"));
  }

  @Test
  void alertsExportAsCsvAndJson() throws Exception {
    HttpResponse<String> csv = get("/api/export/alerts.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    List<String> rows = csv.body().lines().toList();
    assertThat(rows.get(0)).startsWith("id,detector,severity,score,time");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(2)).contains(CREW, "QASEMI/GHOLAM REZA MR", "Qeshm Fars Air is sanctioned by OFAC", "Emtrasur");
    assertThat(f.get("/api/export/alerts.csv", f.viewer).body()).doesNotContain("QASEMI").contains(AlertViews.WITHHELD);
    assertThat(get("/api/export/alerts.csv?detector=crew-match").body().lines().count()).isEqualTo(2);
    JsonNode all = ok("/api/export/alerts.json");
    assertThat(all.isArray()).isTrue();
    assertThat(all.get(0).path("evidence")).hasSize(3);
    status(400, get("/api/export/alerts.json?severity=urgent"));
  }

  @Test
  void spreadsheetFormulasInCellsAreDisarmed() {
    assertThat(AlertApi.cells("=HYPERLINK(\"x\")", "+1", "-2", "@SUM", "plain", null, 0.5))
        .containsExactly("'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM", "plain", "", "0.5");
  }

  @Test
  void aCaseReportHasTheMapTheEvidenceAndItsSources() throws Exception {
    HttpResponse<String> r = get("/api/cases/" + LEG + "/report.html");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
        assertThat(v).contains("default-src 'none'"));
    assertThat(r.body()).contains("<svg", "Case " + LEG, "Listed aircraft flew", "QASEMI/GHOLAM REZA MR",
        "href=\"https://sanctionssearch.ofac.treas.gov/\"", "Entities cited", "Qeshm Fars Air", "@media print")
        .doesNotContain("<script");
    assertThat(f.store.audit().count(new AuditLog.Filter("ana", AuditLog.EXPORT, "case", LEG))).isEqualTo(1);
    status(403, f.get("/api/cases/" + LEG + "/report.html", f.viewer));
    status(404, get("/api/cases/nope/report.html"));
  }

  @Test
  void theBaseMapIsSlimmedNaturalEarth() throws Exception {
    Path reference = Path.of(System.getProperty("tailwatch.referenceData", "../../shared/data"));
    Assumptions.assumeTrue(Files.exists(reference.resolve("naturalearth/ne_110m_admin_0_countries.json")),
        "Natural Earth not in the reference data at " + reference.toAbsolutePath() + "; skipping");
    HttpResponse<String> map = get("/api/basemap");
    assertThat(map.statusCode()).isEqualTo(200);
    JsonNode geo = json(map);
    assertThat(geo.path("features").size()).isEqualTo(177);
    assertThat(geo.path("features").get(0).path("properties").size()).isEqualTo(3);
    assertThat(map.body().length()).isLessThan(725_717);
    assertThat(ok("/api/basemap?scale=50m").path("features").size()).isEqualTo(241);
    status(400, get("/api/basemap?scale=10m"));
  }

  @Test
  void watchedAreasAreGeoJson() throws Exception {
    JsonNode areas = ok("/api/areas");
    assertThat(areas.path("features").get(0).path("properties").path("name").asText()).contains("Tri-Border");
    assertThat(areas.path("features").get(0).path("geometry").path("type").asText()).isEqualTo("MultiPolygon");
  }

  @Test
  void theAuditLogIsForAdmins() throws Exception {
    ok("/api/entities/ghasemi");
    JsonNode audit = json(f.get("/api/audit?action=view-person", f.admin));
    assertThat(audit.path("total").asInt()).isEqualTo(1);
    assertThat(audit.path("items").get(0).path("user").asText()).isEqualTo("ana");
    assertThat(audit.path("items").get(0).path("object_id").asText()).isEqualTo("ghasemi");
    status(403, get("/api/audit"));
    status(403, f.get("/api/audit", f.viewer));
    status(400, f.get("/api/audit?limit=0", f.admin));
  }

  @Test
  void matchScreensLikeYenteForAnalysts() throws Exception {
    String query = "{\"queries\":{\"crew1\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"QASEMI/GHOLAM REZA MR\"],"
        + "\"nationality\":[\"ir\"]}}}}";
    HttpResponse<String> res = f.post("/match/default?limit=3&threshold=0.8", query, f.analyst);
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("\"crew1\"", "\"id\":\"ghasemi\"", "\"match\":true", "\"explanations\"");
    assertThat(f.post("/match/default?exclude_entity_ids=ghasemi", query, f.analyst).body())
        .doesNotContain("\"id\":\"ghasemi\"");
    status(404, f.post("/match/nosuchdataset", query, f.analyst));
    status(400, f.post("/match/default", "{\"queries\":{}}", f.analyst));
    status(400, f.post("/match/default", "not json", f.analyst));
    status(400, f.post("/match/default?limit=0", query, f.analyst));
    status(403, f.post("/match/default", query, f.viewer));
    // yente's clients send "ApiKey".
    assertThat(f.http.send(java.net.http.HttpRequest.newBuilder(f.uri("/match/default"))
        .header("Authorization", "ApiKey " + f.analyst)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(query)).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    assertThat(f.store.audit().count(new AuditLog.Filter("ana", AuditLog.SCREEN, null, null))).isEqualTo(3);
  }
}
