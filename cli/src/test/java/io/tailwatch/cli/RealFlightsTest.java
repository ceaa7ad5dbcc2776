package io.tailwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code tailwatch flights --format traffic --json} on the real recorded flights of {@code adsb-samples/}: the JSON
 * shape the issue asks for, with values from the ground truth (established and asserted in full in the formats
 * module's {@code RecordedFlightsTest}).
 */
class RealFlightsTest {
  static Path reference() {
    return Path.of(System.getProperty("tailwatch.referenceData", "../../shared/data"));
  }

  static List<JsonNode> flights(String sample) throws Exception {
    Path file = reference().resolve("adsb-samples/" + sample + ".json.gz");
    Assumptions.assumeTrue(Files.exists(file), "no " + file + "; skipping");
    Cli result = Cli.run("flights", "--reference-data", reference().toString(), "--format", "traffic", "--json",
        file.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<JsonNode> legs = new ArrayList<>();
    for (String line : result.out().split("\n")) {
      if (!line.isBlank()) {
        legs.add(new ObjectMapper().readTree(line));
      }
    }
    return legs;
  }

  @Test
  void aHelicopterLegAsJson() throws Exception {
    List<JsonNode> legs = flights("ambulances_rega_zh");
    assertThat(legs).hasSize(1);
    JsonNode leg = legs.get(0);
    assertThat(leg.fieldNames()).toIterable().contains("icao24", "callsign", "origin", "origin_inferred",
        "destination", "destination_inferred", "takeoff", "landing", "first_seen", "last_seen", "positions", "gaps");
    assertThat(leg.path("icao24").asText()).isEqualTo("4b43ac");
    assertThat(leg.path("callsign").asText()).isEqualTo("REGA1");
    assertThat(leg.path("origin").asText()).isEqualTo("CH-0011");
    assertThat(leg.path("origin_inferred").asBoolean()).isTrue();
    assertThat(leg.path("takeoff").isNull()).isTrue();
    assertThat(leg.path("destination").asText()).isEqualTo("LSMD");
    assertThat(leg.path("destination_inferred").asBoolean()).isFalse();
    assertThat(leg.path("landing").asText()).startsWith("2019-05-24T21:2");
    assertThat(leg.path("first_seen").asText()).isEqualTo("2019-05-24T21:18:39Z");
    assertThat(leg.path("positions").asInt()).isEqualTo(339);
    assertThat(leg.path("gaps").isArray()).isTrue();
  }

  @Test
  void firefightingLegsCarryTheirGapsWithACoverageVerdict() throws Exception {
    List<JsonNode> legs = flights("firefighting_calfire");
    assertThat(legs).hasSizeGreaterThan(300);
    List<JsonNode> gaps = new ArrayList<>();
    legs.forEach(l -> l.path("gaps").forEach(gaps::add));
    assertThat(gaps).isNotEmpty().allSatisfy(g -> {
      assertThat(g.fieldNames()).toIterable().contains("start", "start_lat", "start_lon", "end", "end_lat",
          "end_lon", "duration_s", "distance_km", "suspicious", "reason");
      assertThat(g.path("duration_s").asLong()).isGreaterThanOrEqualTo(300);
    });
  }
}
