package io.tailwatch.web;

import static io.tailwatch.web.Fixture.CREW;
import static io.tailwatch.web.Fixture.LEG;
import static io.tailwatch.web.Fixture.SANCTIONED;
import static io.tailwatch.web.Fixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may do what: tokens, roles, the page's session cookie and its CSRF guard, and what viewers see. */
class AccessTest {
  static final List<String> READS = List.of("/api/me", "/api/summary", "/api/alerts", "/api/alerts/facets",
      "/api/alerts/" + SANCTIONED, "/api/flights", "/api/flights/" + LEG, "/api/traffic?from=2022-05-13&to=2022-05-14",
      "/api/entities/plane", "/api/entities/plane/graph", "/api/search?q=mahan", "/api/basemap", "/api/areas",
      "/api/export/alerts.csv", "/api/export/alerts.json", "/api/export/tracks.geojson?flight=" + LEG,
      "/api/export/tracks.kml?flight=" + LEG, "/api/export/entities.ftm.jsonl?id=plane", "/api/alerts/stream",
      "/api/flights/" + LEG + "/manifest", "/api/cases/" + LEG + "/report.html", "/api/audit");

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

  HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return f.http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyApiRouteNeedsAValidToken() throws Exception {
    for (String path : READS) {
      HttpResponse<String> none = f.get(path, null);
      assertThat(none.statusCode()).as(path).isEqualTo(401);
      assertThat(json(none).path("error").asText()).as(path).contains("sign in");
      assertThat(none.headers().firstValue("WWW-Authenticate")).as(path).isPresent();
      assertThat(f.get(path, "tw_wrong").statusCode()).as(path).isEqualTo(401);
      assertThat(send(HttpRequest.newBuilder(f.uri(path)).header("Authorization", "Basic YTpi")).statusCode())
          .as(path).isEqualTo(401);
    }
    assertThat(f.post("/api/alerts/" + CREW + "/decision", "{\"status\":\"escalated\"}", null).statusCode())
        .isEqualTo(401);
    assertThat(f.post("/match/default", "{}", null).statusCode()).isEqualTo(401);
    // The page itself, the sign-in and the API description are public.
    assertThat(f.get("/", null).statusCode()).isEqualTo(200);
    assertThat(f.get("/api/openapi.json", null).statusCode()).isEqualTo(200);
  }

  @Test
  void rolesLimitWhatEachUserMayDo() throws Exception {
    String decide = "/api/alerts/" + CREW + "/decision";
    String body = "{\"status\":\"escalated\"}";
    HttpResponse<String> viewerDecides = f.post(decide, body, f.viewer);
    assertThat(viewerDecides.statusCode()).isEqualTo(403);
    assertThat(json(viewerDecides).path("error").asText()).contains("analyst");
    assertThat(f.get("/api/flights/" + LEG + "/manifest", f.viewer).statusCode()).isEqualTo(403);
    assertThat(f.get("/api/cases/" + LEG + "/report.html", f.viewer).statusCode()).isEqualTo(403);
    assertThat(f.get("/api/entities/ghasemi", f.viewer).statusCode()).isEqualTo(403);
    assertThat(f.get("/api/audit", f.viewer).statusCode()).isEqualTo(403);
    assertThat(f.get("/api/audit", f.analyst).statusCode()).isEqualTo(403);
    assertThat(f.post(decide, body, f.analyst).statusCode()).isEqualTo(200);
    assertThat(f.post(decide, body, f.admin).statusCode()).isEqualTo(200);
    assertThat(f.get("/api/audit", f.admin).statusCode()).isEqualTo(200);
    assertThat(json(f.get("/api/me", f.viewer)).path("role").asText()).isEqualTo("viewer");
  }

  @Test
  void viewersSeeAlertsAboutPeopleWithThePersonWithheld() throws Exception {
    JsonNode list = json(f.get("/api/alerts", f.viewer));
    JsonNode crew = list.path("items").get(1);
    assertThat(crew.path("id").asText()).isEqualTo(CREW);
    assertThat(crew.path("personal").asBoolean()).isTrue();
    assertThat(crew.path("title").asText()).doesNotContain("QASEMI").contains("withheld", "YV3531");
    assertThat(crew.path("subject_id").isNull()).isTrue();
    JsonNode detail = json(f.get("/api/alerts/" + CREW, f.viewer));
    // The alert's id stays (it is how the alert is named), though it embeds the subject's entity id.
    ((com.fasterxml.jackson.databind.node.ObjectNode) detail).remove("id");
    assertThat(detail.toString()).doesNotContain("QASEMI", "Ghasemi", "ghasemi", "crew.csv");
    JsonNode evidence = detail.path("evidence");
    assertThat(evidence.get(0).path("withheld").asBoolean()).isTrue(); // the manifest
    assertThat(evidence.get(2).path("withheld").asBoolean()).isTrue(); // the board seat
    assertThat(evidence.get(3).path("claim").asText()).contains("Qeshm Fars Air is sanctioned"); // the company's listing
    // The analyst reads all of it.
    assertThat(f.get("/api/alerts/" + CREW, f.analyst).body()).contains("QASEMI", "ghasemi");
    // Alerts without people read the same for both.
    assertThat(json(f.get("/api/alerts/" + SANCTIONED, f.viewer)).path("evidence").toString())
        .isEqualTo(json(f.get("/api/alerts/" + SANCTIONED, f.analyst)).path("evidence").toString());
  }

  @Test
  void revokedTokensStopWorkingAtOnce() throws Exception {
    assertThat(f.get("/api/me", f.viewer).statusCode()).isEqualTo(200);
    f.store.users().revokeTokens("vera");
    assertThat(f.get("/api/me", f.viewer).statusCode()).isEqualTo(401);
    String fresh = f.store.users().issueToken("vera").token();
    assertThat(f.get("/api/me", fresh).statusCode()).isEqualTo(200);
    f.store.users().remove("vera");
    assertThat(f.get("/api/me", fresh).statusCode()).isEqualTo(401);
  }

  String signIn(String token) throws Exception {
    HttpResponse<String> r = f.post("/api/session", "{\"token\":\"" + token + "\"}", null,
        "X-Tailwatch-Request", "1");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("tailwatch_session=").contains("HttpOnly", "SameSite=Strict", "Path=/");
    return cookie.substring(0, cookie.indexOf(';'));
  }

  @Test
  void thePageSignsInWithATokenAndThenUsesAnHttpOnlyStrictCookie() throws Exception {
    assertThat(f.post("/api/session", "{\"token\":\"" + f.analyst + "\"}", null).statusCode()).isEqualTo(403);
    assertThat(f.post("/api/session", "{\"token\":\"tw_nope\"}", null, "X-Tailwatch-Request", "1").statusCode())
        .isEqualTo(401);
    assertThat(f.post("/api/session", "{\"token\":7}", null, "X-Tailwatch-Request", "1").statusCode()).isEqualTo(400);
    assertThat(f.post("/api/session", "nonsense", null, "X-Tailwatch-Request", "1").statusCode()).isEqualTo(400);
    String cookie = signIn(f.analyst);
    HttpResponse<String> me = send(HttpRequest.newBuilder(f.uri("/api/me")).header("Cookie", cookie));
    assertThat(json(me).path("name").asText()).isEqualTo("ana");
    assertThat(json(me).path("session").asBoolean()).isTrue();
    assertThat(send(HttpRequest.newBuilder(f.uri("/api/me")).header("Cookie", "tailwatch_session=forged"))
        .statusCode()).isEqualTo(401);

    // State changes on the cookie need the CSRF header, and a same-site Origin when one is sent.
    String decide = "/api/alerts/" + SANCTIONED + "/decision";
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString("{\"status\":\"acknowledged\"}");
    assertThat(send(HttpRequest.newBuilder(f.uri(decide)).header("Cookie", cookie).POST(body)).statusCode())
        .isEqualTo(403);
    assertThat(send(HttpRequest.newBuilder(f.uri(decide)).header("Cookie", cookie).header("X-Tailwatch-Request", "1")
        .header("Origin", "https://evil.example").POST(body)).statusCode()).isEqualTo(403);
    assertThat(send(HttpRequest.newBuilder(f.uri(decide)).header("Cookie", cookie).header("X-Tailwatch-Request", "1")
        .header("Origin", "http://127.0.0.1:" + f.server.port()).POST(body)).statusCode()).isEqualTo(200);
    assertThat(send(HttpRequest.newBuilder(f.uri(decide)).header("Cookie", cookie).header("X-Tailwatch-Request", "1")
        .POST(body)).statusCode()).isEqualTo(200);
    // Bearer tokens need no CSRF header: browsers never send them on their own.
    assertThat(f.post(decide, "{\"status\":\"acknowledged\"}", f.analyst).statusCode()).isEqualTo(200);

    // Signing out ends the session.
    assertThat(send(HttpRequest.newBuilder(f.uri("/api/session")).header("Cookie", cookie).DELETE()).statusCode())
        .isEqualTo(403);
    assertThat(send(HttpRequest.newBuilder(f.uri("/api/session")).header("Cookie", cookie)
        .header("X-Tailwatch-Request", "1").DELETE()).statusCode()).isEqualTo(204);
    assertThat(send(HttpRequest.newBuilder(f.uri("/api/me")).header("Cookie", cookie)).statusCode()).isEqualTo(401);
  }

  @Test
  void aSessionEndsWithItsToken() throws Exception {
    String cookie = signIn(f.viewer);
    assertThat(send(HttpRequest.newBuilder(f.uri("/api/me")).header("Cookie", cookie)).statusCode()).isEqualTo(200);
    f.store.users().revokeTokens("vera");
    assertThat(send(HttpRequest.newBuilder(f.uri("/api/me")).header("Cookie", cookie)).statusCode()).isEqualTo(401);
  }

  @Test
  void aWrongTokenIsNeverIgnoredInFavourOfTheCookie() throws Exception {
    String cookie = signIn(f.analyst);
    assertThat(send(HttpRequest.newBuilder(f.uri("/api/me")).header("Cookie", cookie)
        .header("Authorization", "Bearer tw_wrong")).statusCode()).isEqualTo(401);
  }
}
