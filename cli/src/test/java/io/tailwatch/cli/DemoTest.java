package io.tailwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed story end to end, as a user runs it: the expected alerts, with evidence, and none on background. */
class DemoTest {
  static Path dir;
  static List<JsonNode> alerts = new ArrayList<>();

  @BeforeAll
  static void runDemo() throws Exception {
    DemoRun demo = DemoRun.get();
    dir = demo.dir;
    Cli result = demo.result;
    assertThat(result.exitCode()).as(result.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    alerts.clear();
    for (String line : result.out().split("\n")) {
      if (!line.isBlank()) {
        alerts.add(json.readTree(line));
      }
    }
  }

  List<String> detectors() {
    return alerts.stream().map(a -> a.get("detector").asText()).sorted().toList();
  }

  JsonNode alert(String detector) {
    return alerts.stream().filter(a -> a.get("detector").asText().equals(detector)).findFirst().orElseThrow();
  }

  @Test
  void findsEveryPatternOfTheSeedStoryAndNothingElse() {
    assertThat(detectors()).containsExactly("airframe-past", "crew-anomaly", "crew-match", "incident-proximity",
        "route-opened", "sanctioned-flight", "sanctioned-flight", "stopover", "watched-area");
  }

  @Test
  void theDamascusStopoverServiceIsOneAlertWithACount() {
    JsonNode stopover = alert("stopover");
    assertThat(stopover.get("title").asText()).contains("OIIE-OSDI-SVMI");
    assertThat(stopover.get("count").asInt()).isEqualTo(5);
    assertThat(stopover.get("time").asText()).startsWith("2008-03-05");
    assertThat(stopover.get("last_time").asText()).startsWith("2009-07-01");
  }

  @Test
  void theFlightBansOfFranceAndGermanyDoNotBindAFlightThatNeverTouchesThem() {
    JsonNode mahan = alerts.stream().filter(a -> a.get("title").asText().contains("IRM")
        && a.get("detector").asText().equals("sanctioned-flight")).findFirst().orElseThrow();
    assertThat(mahan.toString()).doesNotContain("banned");
  }

  @Test
  void theEmtrasurCrewAndTheIncidentAreReported() {
    assertThat(alert("crew-anomaly").get("title").asText()).contains("18 crew on cargo aircraft", "watched nationality IR");
    JsonNode incident = alert("incident-proximity");
    assertThat(incident.get("title").asText()).contains("3 days after", "Pecci");
  }

  @Test
  void theMahanAirFlightToCaracasRaisesSanctionedFlightAndRouteReopening() {
    JsonNode route = alert("route-opened");
    assertThat(route.get("title").asText()).contains("IR-VE re-opened", "OIIE-SVMI", "2009");
    JsonNode mahan = alerts.stream().filter(a -> a.get("title").asText().contains("IRM")
        && a.get("detector").asText().equals("sanctioned-flight")).findFirst().orElseThrow();
    assertThat(mahan.get("time").asText()).startsWith("2019-04-07");
    assertThat(mahan.get("case_id").asText()).isEqualTo(route.get("case_id").asText());
  }

  @Test
  void theEmtrasur747AlertsCiteTheArticlesAndTheList() {
    JsonNode past = alert("airframe-past");
    assertThat(past.get("title").asText()).contains("SVMI-SGES");
    assertThat(past.toString()).contains("EP-MND", "Mahan Air");
    JsonNode crew = alert("crew-match");
    assertThat(crew.get("subject_id").asText()).isEqualTo("demo-ghasemi");
    assertThat(crew.toString()).contains("QASEMI/GHOLAM REZA MR", "Qeshm Fars Air", "Mystery Cargo",
        "Specially Designated Nationals");
    JsonNode area = alert("watched-area");
    assertThat(area.get("title").asText()).contains("Tri-Border Area");
    for (JsonNode a : alerts) {
      for (JsonNode link : a.get("evidence")) {
        assertThat(link.get("source").get("citation").asText()).as(link.toString()).isNotBlank();
      }
    }
  }

  @Test
  void explainPrintsTheEvidenceChain() {
    Cli result = Cli.run("explain", "--data", dir.toString(), alert("crew-match").get("id").asText());
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Evidence:", " 1. Observed flight", "sits on the board of", "source:");
  }

  @Test
  void theEmptyCargoFlightIsPartOfTheCrewAnomaly() {
    assertThat(alert("crew-anomaly").get("title").asText()).contains("18 crew", "declared no cargo");
  }

  @Test
  void analystsDecideOnAlertsFromTheCommandLineAndTheDecisionIsKept(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    Path store = DemoRun.get().copy(tmp.resolve("store"));
    String id = alert("watched-area").get("id").asText();
    Cli noReason = Cli.run("alerts", "dismiss", "--data", store.toString(), id);
    assertThat(noReason.exitCode()).isNotZero();
    assertThat(noReason.err()).contains("needs --reason").doesNotContain("Exception");
    Cli unknown = Cli.run("alerts", "ack", "--data", store.toString(), "no-such-alert");
    assertThat(unknown.err()).contains("no alert with id 'no-such-alert'");

    Cli dismiss = Cli.run("alerts", "dismiss", "--data", store.toString(), "--by", "maria", "--reason",
        "known charter", id);
    assertThat(dismiss.exitCode()).as(dismiss.err()).isZero();
    assertThat(dismiss.out()).contains(id + ": dismissed by maria", "known charter");
    Cli escalate = Cli.run("alerts", "escalate", "--data", store.toString(), alert("crew-match").get("id").asText());
    assertThat(escalate.exitCode()).as(escalate.err()).isZero();

    // Detection again: the same findings keep their decisions.
    Cli detect = Cli.run("detect", "--data", store.toString(), "--reference-data", DemoRun.reference().toString());
    assertThat(detect.exitCode()).as(detect.err()).isZero();
    Cli dismissed = Cli.run("alerts", "--data", store.toString(), "--status", "dismissed", "--json");
    assertThat(dismissed.out().lines().toList()).singleElement()
        .satisfies(l -> assertThat(l).contains(id, "known charter", "maria"));
    Cli open = Cli.run("alerts", "--data", store.toString(), "--status", "open");
    assertThat(open.out()).doesNotContain(id).contains("sanctioned-flight");
    Cli badStatus = Cli.run("alerts", "--data", store.toString(), "--status", "closed");
    assertThat(badStatus.err()).contains("unknown alert status 'closed'");
  }

  @Test
  void entityPathAndExportWorkOnTheDemoStore() throws Exception {
    Cli entity = Cli.run("entity", "--data", dir.toString(), "--json", "Gholam Reza Qasemi");
    assertThat(entity.exitCode()).as(entity.err()).isZero();
    assertThat(entity.out()).contains("\"id\":\"demo-ghasemi\"", "Qeshm Fars Air", "Mystery Cargo");
    Cli byOldRegistration = Cli.run("entity", "--data", dir.toString(), "EP-MND", "--as-of", "2022-05-13");
    assertThat(byOldRegistration.out()).contains("YV3531", "Emtrasur owns").doesNotContain("Mahan Air owned")
        .contains("Sanctions in force on 2022-05-13", "US Office of Foreign Assets Control SDGT");
    Cli path = Cli.run("path", "--data", dir.toString(), "Gholamreza Ghasemi", "Mahan Air");
    assertThat(path.exitCode()).as(path.err()).isZero();
    assertThat(path.out()).contains("2 steps", "Qeshm Fars Air Linked To Mahan Air", "Details.aspx?id=26344");
    Cli export = Cli.run("export", "ftm", "--data", dir.toString());
    assertThat(export.out().lines().count()).isGreaterThan(39_000);
    // The analyst's facts and the list's statements of one airframe come out as one entity.
    assertThat(export.out().lines().filter(l -> l.startsWith("{\"id\":\"ofac-15460\"")).toList()).singleElement()
        .satisfies(l -> assertThat(l).contains("YV3531", "EP-MND", "23413", "\"modeS\":[\"0d8a31\"]"));
  }
}
