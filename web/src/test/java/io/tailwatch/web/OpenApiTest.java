package io.tailwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document and the routes the server really has are the same set, with the same roles. */
class OpenApiTest {
  /** The page's own files: served, but not part of the API. */
  static final List<String> PAGE = List.of("GET / public", "GET /app.css public", "GET /js/{file} public");

  @TempDir
  Path dir;

  @Test
  void everyRouteIsDocumentedWithItsRoleAndNothingElseIs() throws Exception {
    try (Fixture f = Fixture.start(dir)) {
      JsonNode doc = Fixture.json(f.get("/api/openapi.json", null));
      assertThat(doc.path("openapi").asText()).startsWith("3.");
      List<String> documented = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
        Map.Entry<String, JsonNode> path = paths.next();
        for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
          Map.Entry<String, JsonNode> op = ops.next();
          JsonNode operation = op.getValue();
          String role = operation.path("x-tailwatch-role").asText("missing");
          documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + role);
          assertThat(operation.path("summary").asText()).as(path.getKey()).isNotBlank();
          assertThat(operation.path("responses").fieldNames()).as(path.getKey()).toIterable().isNotEmpty();
          if (!role.equals("public")) {
            assertThat(operation.path("responses").has("401")).as(path.getKey() + " documents 401").isTrue();
          }
          if (role.equals("analyst") || role.equals("admin")) {
            assertThat(operation.path("responses").has("403")).as(path.getKey() + " documents 403").isTrue();
          }
          for (JsonNode p : operation.path("parameters")) {
            if (p.has("$ref")) {
              String name = p.path("$ref").asText().replace("#/components/parameters/", "");
              assertThat(doc.path("components").path("parameters").has(name)).as(p.toString()).isTrue();
            }
          }
        }
      }
      List<String> served = new ArrayList<>(f.server.routeList());
      served.removeAll(PAGE);
      assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
    }
  }
}
