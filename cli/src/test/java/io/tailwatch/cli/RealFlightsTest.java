package io.tailwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Flights rebuilt from real recorded trajectories (reference data {@code adsb-samples/}, the traffic library's
 * samples of OpenSky data). Ground truth, established by reading the first and last records of each file and
 * looking their places up in OurAirports:
 *
 * <table>
 *   <tr><th>sample</th><th>first record</th><th>last record</th><th>truth</th></tr>
 *   <tr><td>ambulances_rega_zh</td><td>47.3665 N 8.5007 E, 1950 ft, 51 kt, just lifted off</td>
 *       <td>47.3969 N 8.6381 E, 1450 ft, 17 kt, landing</td>
 *       <td>REGA1 from the Triemli City Hospital heliport (CH-0011, 47.3665 N 8.4975 E) to Dübendorf (LSMD), the
 *       Rega base; take-off not seen</td></tr>
 *   <tr><td>calibration_munich</td><td>48.351 N 11.797 E, 0 ft, 29 kt (taxiing at EDDM)</td>
 *       <td>48.354 N 11.805 E, 0 ft, 21 kt (taxiing at EDDM)</td><td>FCK211 EDDM to EDDM, one leg, both ends seen</td></tr>
 *   <tr><td>calibration_toulouse</td><td>43.624 N 1.371 E, 225 ft, 119 kt (climbing out of LFBO)</td>
 *       <td>43.618 N 1.387 E, 0 ft, 16 kt (at LFBO)</td><td>CALIBRA LFBO to LFBO, origin inferred, landing seen</td></tr>
 *   <tr><td>calibration_vienna</td><td>48.109 N 16.575 E, 1675 ft, 138 kt (climbing out of LOWW)</td>
 *       <td>48.111 N 16.580 E, 0 ft, 17 kt (at LOWW)</td><td>FCK211 LOWW to LOWW, origin inferred, landing seen</td></tr>
 * </table>
 *
 * The calibration flights fly hours of patterns around the airport (including low approaches) without landing:
 * each must stay one leg.
 */
class RealFlightsTest {
  @ParameterizedTest
  @CsvSource({
      "ambulances_rega_zh,   REGA1,   CH-0011, false, LSMD, false",
      "calibration_munich,   FCK211,  EDDM,    false, EDDM, false",
      "calibration_toulouse, CALIBRA, LFBO,    true,  LFBO, false",
      "calibration_vienna,   FCK211,  LOWW,    true,  LOWW, false"})
  void oneLegWithTheRightAirports(String sample, String callsign, String origin, boolean originInferred,
      String destination, boolean destinationInferred) throws Exception {
    Path reference = Path.of(System.getProperty("tailwatch.referenceData", "../../shared/data"));
    Path file = reference.resolve("adsb-samples/" + sample + ".json.gz");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), "no " + file + "; skipping");
    Cli result = Cli.run("flights", "--reference-data", reference.toString(), "--format", "traffic", "--json",
        file.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<JsonNode> legs = new ArrayList<>();
    for (String line : result.out().split("\n")) {
      if (!line.isBlank()) {
        legs.add(new ObjectMapper().readTree(line));
      }
    }
    assertThat(legs).hasSize(1);
    JsonNode leg = legs.get(0);
    assertThat(leg.path("callsign").asText()).isEqualTo(callsign);
    assertThat(leg.path("origin").asText()).isEqualTo(origin);
    assertThat(leg.path("origin_inferred").asBoolean()).isEqualTo(originInferred);
    assertThat(leg.path("destination").asText()).isEqualTo(destination);
    assertThat(leg.path("destination_inferred").asBoolean()).isEqualTo(destinationInferred);
  }
}
