package io.tailwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.detect.Alert;
import io.tailwatch.detect.EvidenceLink;
import io.tailwatch.detect.Severity;
import io.tailwatch.formats.ReferenceData;
import io.tailwatch.knowledge.Source;
import io.tailwatch.store.Ingest;
import io.tailwatch.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API on loopback over a small store: reads, decisions, and refusals of bad requests. */
class WebServerTest {
  @TempDir
  Path dir;
  WebServer server;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    Path facts = Files.writeString(dir.resolve("f.json"),
        "{\"id\":\"qeshm\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Qeshm Fars Air\"]}}\n"
            + "{\"id\":\"ghasemi\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Gholamreza Ghasemi\"]}}\n"
            + "{\"id\":\"board\",\"schema\":\"Directorship\",\"properties\":{\"director\":[\"ghasemi\"],"
            + "\"organization\":[\"qeshm\"],\"publisher\":[\"FDD\"]}}\n");
    try (Store store = Store.open(dir.resolve("data"))) {
      new Ingest(store).entities(facts);
      store.upsertAlerts(List.of(new Alert("crew-match:x", "crew-match", "person", "ghasemi", "leg-1",
          Instant.parse("2022-05-13T13:00:00Z"), Severity.HIGH, 0.9, "Crew member tied to Qeshm Fars Air",
          List.of(new EvidenceLink("Ghasemi directs Qeshm Fars Air", "entity", "board",
              new Source("FDD", null, "2022-07-06", List.of("d")), null)))));
    }
    server = WebServer.start(dir.resolve("data"), ReferenceData.locate(dir.resolve("ref")), "127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body, boolean csrfHeader) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (csrfHeader) {
      b.header(WebServer.CSRF_HEADER, "1");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesThePageWithSecureHeaders() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>tailwatch</title>");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
  }

  @Test
  void listsAndShowsAlertsAndEntities() throws Exception {
    assertThat(get("/api/alerts").body()).contains("crew-match:x", "\"status\":\"open\"");
    assertThat(get("/api/alerts/crew-match:x").body()).contains("Ghasemi directs Qeshm Fars Air");
    HttpResponse<String> entity = get("/api/entities/ghasemi");
    assertThat(entity.body()).contains("Gholamreza Ghasemi", "directs", "Qeshm Fars Air", "FDD");
  }

  @Test
  void unknownIdsAre404WithAMessage() throws Exception {
    assertThat(get("/api/alerts/nope").statusCode()).isEqualTo(404);
    assertThat(get("/api/entities/nope").body()).contains("no entity 'nope'");
    assertThat(get("/api/flights/nope").statusCode()).isEqualTo(404);
    assertThat(get("/api/basemap").statusCode()).isEqualTo(404);
  }

  @Test
  void decisionsNeedTheCsrfHeaderValidJsonAndAReasonToDismiss() throws Exception {
    assertThat(post("/api/alerts/crew-match:x/decision", "{\"status\":\"escalated\"}", false).statusCode()).isEqualTo(403);
    assertThat(post("/api/alerts/crew-match:x/decision", "{not json", true).statusCode()).isEqualTo(400);
    assertThat(post("/api/alerts/crew-match:x/decision", "{\"status\":\"dismissed\"}", true).statusCode()).isEqualTo(400);
    assertThat(post("/api/alerts/crew-match:x/decision", "{\"status\":\"sideways\"}", true).statusCode()).isEqualTo(400);
    HttpResponse<String> ok = post("/api/alerts/crew-match:x/decision",
        "{\"status\":\"dismissed\",\"reason\":\"different person\"}", true);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(get("/api/alerts?status=dismissed").body()).contains("different person");
    assertThat(post("/api/alerts/nope/decision", "{\"status\":\"escalated\"}", true).statusCode()).isEqualTo(404);
  }

  @Test
  void oversizedBodiesAreRefused() throws Exception {
    String huge = "{\"status\":\"escalated\",\"reason\":\"" + "x".repeat(200_000) + "\"}";
    assertThat(post("/api/alerts/crew-match:x/decision", huge, true).statusCode()).isEqualTo(413);
  }

  @Test
  void matchAnswersLikeYenteAndHonoursNotSameDecisions() throws Exception {
    String query = "{\"queries\":{\"crew1\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"QASEMI/GHOLAM REZA MR\"],"
        + "\"nationality\":[\"ir\"]}}}}";
    HttpResponse<String> res = post("/match/default?limit=3&threshold=0.8", query, false);
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("\"responses\"", "\"crew1\"", "\"id\":\"ghasemi\"", "\"match\":true",
        "\"features\"", "\"explanations\"", "\"total\"");
    assertThat(post("/match/default?exclude_entity_ids=ghasemi", query, false).body()).doesNotContain("\"id\":\"ghasemi\"");
    assertThat(post("/match/nosuchdataset", query, false).statusCode()).isEqualTo(404);
    assertThat(post("/match/default", "{\"queries\":{}}", false).statusCode()).isEqualTo(400);
    assertThat(post("/match/default?limit=0", query, false).statusCode()).isEqualTo(400);
    server.stop();
    try (Store store = Store.open(dir.resolve("data"))) {
      store.recordNotSame("Qasemi Gholam Reza", "ghasemi", "different date of birth on the passport");
    }
    server = WebServer.start(dir.resolve("data"), ReferenceData.locate(dir.resolve("ref")), "127.0.0.1", 0);
    assertThat(post("/match/default", query, false).body()).doesNotContain("\"id\":\"ghasemi\"");
  }
}
