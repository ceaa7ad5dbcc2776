package io.tailwatch.web;

import static io.tailwatch.web.Fixture.CREW;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decision reaches every open stream as an event, each reader seeing what its role may see. */
class AlertStreamTest {
  @TempDir
  Path dir;

  /** Reads a stream until an alert event with data arrives; bounded so a broken stream fails the test. */
  static CompletableFuture<List<String>> nextAlertEvent(Fixture f, String token) throws Exception {
    HttpResponse<Stream<String>> response = f.http.send(HttpRequest.newBuilder(f.uri("/api/alerts/stream"))
        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
        HttpResponse.BodyHandlers.ofLines());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
        assertThat(v).startsWith("text/event-stream"));
    // The server registers a stream before it writes its first comment, but may send the headers before either:
    // wait for the comment, or a decision made now could be broadcast before this stream is listening.
    Iterator<String> lines = response.body().iterator();
    while (lines.hasNext() && !lines.next().startsWith(":")) {
      // headers and blank lines before the greeting
    }
    return CompletableFuture.supplyAsync(() -> {
      List<String> event = new ArrayList<>();
      while (lines.hasNext()) {
        String line = lines.next();
        if (line.startsWith("event: alert")) {
          event.clear();
          event.add(line);
        } else if (!event.isEmpty()) {
          event.add(line);
          if (line.startsWith("data:")) {
            response.body().close();
            return event;
          }
        }
      }
      return event;
    });
  }

  @Test
  void aDecisionIsStreamedToAnalystsAndViewers() throws Exception {
    try (Fixture f = Fixture.start(dir)) {
      CompletableFuture<List<String>> analyst = nextAlertEvent(f, f.analyst);
      CompletableFuture<List<String>> viewer = nextAlertEvent(f, f.viewer);
      assertThat(f.post("/api/alerts/" + CREW + "/decision", "{\"status\":\"escalated\",\"reason\":\"board member\"}",
          f.analyst).statusCode()).isEqualTo(200);
      String forAnalyst = String.join("\n", analyst.get(30, TimeUnit.SECONDS));
      assertThat(forAnalyst).contains("\"id\":\"" + CREW + "\"", "\"status\":\"escalated\"", "QASEMI", "board member");
      String forViewer = String.join("\n", viewer.get(30, TimeUnit.SECONDS));
      assertThat(forViewer).contains("\"status\":\"escalated\"").doesNotContain("QASEMI", "board member");
    }
  }

  @Test
  void streamsNeedAToken() throws Exception {
    try (Fixture f = Fixture.start(dir)) {
      assertThat(f.http.send(HttpRequest.newBuilder(f.uri("/api/alerts/stream")).timeout(Duration.ofSeconds(30))
          .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }
  }
}
