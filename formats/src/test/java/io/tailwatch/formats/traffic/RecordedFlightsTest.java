package io.tailwatch.formats.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.flights.AirportIndex;
import io.tailwatch.flights.FlightTracker;
import io.tailwatch.flights.Leg;
import io.tailwatch.formats.SharedData;
import io.tailwatch.formats.airports.OurAirportsReader;
import io.tailwatch.surveillance.StateVector;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Flights rebuilt from real recorded trajectories (reference data {@code adsb-samples/}: the traffic library's
 * samples of OpenSky data) against ground truth established by looking at them.
 *
 * <p>The helicopter and the three calibration flights were read report by report (altitudes, speeds, positions
 * against OurAirports' runways); what they show:
 *
 * <table>
 *   <tr><th>sample</th><th>what the reports show</th><th>truth</th></tr>
 *   <tr><td>ambulances_rega_zh</td><td>REGA1 first seen 21:18:39 at 1,950 ft, 51 kt, climbing 768 ft/min, 0.24 km
 *       from the Triemli City Hospital heliport (CH-0011); hovers down to 1,425-1,450 ft (Dübendorf, LSMD, elevation
 *       1,470 ft) slowing from 45 to 6 kt from 21:23:40, last seen 21:24:17 at LSMD</td>
 *       <td>one leg CH-0011 (inferred: lift-off not seen) to LSMD, landing observed about 21:24:00</td></tr>
 *   <tr><td>calibration_munich</td><td>FCK211 taxiing at EDDM from 22:55:45 (altitude 0); take-off roll to 105 kt at
 *       23:01:20, 875 ft at 23:01:25; four hours of patterns and 14 low approaches along 08L/26R and 08R/26L at
 *       150-190 kt, never below 1,625 ft (EDDM is at 1,487 ft), so none is a landing; last real airborne report
 *       03:03:50 at 1,700 ft over the 26L threshold, then altitudes interpolated in the file down to 0 at 03:04:15
 *       on 26L at 65 kt, taxiing until 03:10:40 (the take-off's 875 ft at 23:01:25 is interpolated too)</td>
 *       <td>one leg EDDM to EDDM, take-off 23:01:20-23:01:30, landing 03:03:50-03:04:15, no touch-and-go</td></tr>
 *   <tr><td>calibration_toulouse</td><td>CALIBRA first seen 07:18:50 at 225 ft, 119 kt, climbing, 1.2 km from the
 *       32R threshold of LFBO; 3.5 hours of patterns with 15 low approaches on 32L at 120-180 kt, none slower, so
 *       none is a landing; final approach to 32L, altitudes and vertical rates interpolated in the file from
 *       10:38:40 (400 ft) to altitude 0 at 10:39:10 at 56 kt, taxiing until 10:46:25. The file's track field is
 *       rotated by about 100 degrees against the positions (so are Munich's and Vienna's, in parts)</td>
 *       <td>one leg LFBO (inferred) to LFBO, landing 10:38:40-10:39:10</td></tr>
 *   <tr><td>calibration_vienna</td><td>FCK211 first seen 23:34:45 at 1,675 ft, 138 kt, climbing over the 29
 *       threshold of LOWW; low passes along 29 at 600-650 ft (LOWW is at 600 ft) at 145-165 kt; the last 90 seconds
 *       are interpolated in the file (altitude falling 56 ft every 5 s to 0, speed 4 kt every 5 s) onto runway 16,
 *       last seen 03:22:50 at altitude 0, 17 kt</td>
 *       <td>one leg LOWW (inferred) to LOWW, landing between 03:21:25 and 03:22:50</td></tr>
 * </table>
 *
 * <p>The 45 firefighting aircraft are in {@code firefighting_calfire-truth.csv} beside this class, with how that
 * truth was established.
 */
class RecordedFlightsTest {
  static AirportIndex airports;

  @BeforeAll
  static void loadAirports() throws Exception {
    airports = new AirportIndex(OurAirportsReader.read(SharedData.require("ourairports/airports.csv"),
        SharedData.require("ourairports/runways.csv")));
  }

  static List<Leg> legs(String sample) throws Exception {
    List<StateVector> reports = TrafficJsonReader.read(SharedData.require("adsb-samples/" + sample + ".json.gz"));
    return FlightTracker.legsOf(reports, airports, FlightTracker.Settings.defaults());
  }

  /** One leg as the truth file has it. */
  record Truth(String icao24, Instant firstSeen, Instant lastSeen, String origin, String destination,
      List<Instant[]> optionalSplits, String line) {}

  static List<Truth> truth(String resource) throws Exception {
    List<Truth> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(RecordedFlightsTest.class.getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("icao24,")) {
          continue;
        }
        String[] f = line.split(",", -1);
        List<Instant[]> splits = new ArrayList<>();
        if (!f[6].isEmpty()) {
          for (String s : f[6].split(";")) {
            String[] ab = s.split("/");
            splits.add(new Instant[] {Instant.parse(ab[0]), Instant.parse(ab[1])});
          }
        }
        out.add(new Truth(f[0], Instant.parse(f[2]), Instant.parse(f[3]), f[4], f[5], splits, line));
      }
    }
    return out;
  }

  static boolean airportMatches(String expected, String actual) {
    return expected.equals("*") || (expected.equals("?") ? actual == null : expected.equals(actual));
  }

  /** Every disagreement between the rebuilt legs and the truth, one line each. */
  static List<String> compare(List<Truth> truth, List<Leg> legs) {
    Map<String, List<Leg>> byAircraft = new LinkedHashMap<>();
    legs.forEach(l -> byAircraft.computeIfAbsent(l.icao24Hex(), k -> new ArrayList<>()).add(l));
    Map<String, List<Truth>> truthByAircraft = new LinkedHashMap<>();
    truth.forEach(t -> truthByAircraft.computeIfAbsent(t.icao24(), k -> new ArrayList<>()).add(t));
    List<String> problems = new ArrayList<>();
    for (var e : truthByAircraft.entrySet()) {
      List<Leg> rebuilt = new ArrayList<>(byAircraft.getOrDefault(e.getKey(), List.of()));
      for (Truth t : e.getValue()) {
        List<Leg> parts = new ArrayList<>();
        while (!rebuilt.isEmpty() && !rebuilt.get(0).firstSeen().isAfter(t.lastSeen())) {
          parts.add(rebuilt.remove(0));
        }
        if (parts.isEmpty()) {
          problems.add("missing leg: " + t.line());
          continue;
        }
        Leg first = parts.get(0);
        Leg last = parts.get(parts.size() - 1);
        List<String> why = new ArrayList<>();
        if (!first.firstSeen().equals(t.firstSeen())) {
          why.add("starts " + first.firstSeen());
        }
        if (!last.lastSeen().equals(t.lastSeen())) {
          why.add("ends " + last.lastSeen());
        }
        for (int i = 0; i + 1 < parts.size(); i++) {
          Instant a = parts.get(i).lastSeen();
          Instant b = parts.get(i + 1).firstSeen();
          if (t.optionalSplits().stream().noneMatch(s -> s[0].equals(a) && s[1].equals(b))) {
            why.add("split " + a + "/" + b);
          }
        }
        if (!airportMatches(t.origin(), first.origin())) {
          why.add("origin " + first.origin());
        }
        if (!airportMatches(t.destination(), last.destination())) {
          why.add("destination " + last.destination());
        }
        if (!why.isEmpty()) {
          problems.add(t.line() + "  <- " + String.join(", ", why));
        }
      }
      rebuilt.forEach(l -> problems.add("extra leg " + l.icao24Hex() + " " + l.firstSeen() + ".." + l.lastSeen()));
    }
    return problems;
  }

  @Test
  void helicopterFromAHospitalHelipadToItsBase() throws Exception {
    Leg leg = single(legs("ambulances_rega_zh"));
    assertThat(leg.callsign()).isEqualTo("REGA1");
    assertThat(leg.firstSeen()).isEqualTo("2019-05-24T21:18:39Z");
    assertThat(leg.origin()).isEqualTo("CH-0011");
    assertThat(leg.originInferred()).isTrue();
    assertThat(leg.takeoff()).isNull();
    assertThat(leg.destination()).isEqualTo("LSMD");
    assertThat(leg.destinationInferred()).isFalse();
    assertThat(leg.landing()).isBetween(Instant.parse("2019-05-24T21:23:30Z"), Instant.parse("2019-05-24T21:24:30Z"));
  }

  @Test
  void calibrationFlightsStayOneLegThroughTheirLowApproaches() throws Exception {
    Leg munich = single(legs("calibration_munich"));
    assertThat(munich.callsign()).isEqualTo("FCK211");
    assertThat(java.util.Arrays.asList(munich.origin(), munich.destination())).as(munich.toString()).containsExactly("EDDM", "EDDM");
    assertThat(munich.originInferred() || munich.destinationInferred()).isFalse();
    assertThat(munich.takeoff()).isBetween(Instant.parse("2019-03-04T23:01:20Z"), Instant.parse("2019-03-04T23:01:30Z"));
    assertThat(munich.landing()).isBetween(Instant.parse("2019-03-05T03:03:50Z"), Instant.parse("2019-03-05T03:04:15Z"));
    assertThat(munich.touchAndGoes()).isZero();

    Leg toulouse = single(legs("calibration_toulouse"));
    assertThat(toulouse.callsign()).isEqualTo("CALIBRA");
    assertThat(toulouse.firstSeen()).isEqualTo("2017-06-16T07:18:50Z");
    assertThat(java.util.Arrays.asList(toulouse.origin(), toulouse.destination())).as(toulouse.toString()).containsExactly("LFBO", "LFBO");
    assertThat(toulouse.originInferred()).isTrue();
    assertThat(toulouse.landing()).isBetween(Instant.parse("2017-06-16T10:38:40Z"), Instant.parse("2017-06-16T10:39:10Z"));
    assertThat(toulouse.touchAndGoes()).isZero();

    Leg vienna = single(legs("calibration_vienna"));
    assertThat(vienna.firstSeen()).isEqualTo("2018-11-20T23:34:45Z");
    assertThat(java.util.Arrays.asList(vienna.origin(), vienna.destination())).as(vienna.toString()).containsExactly("LOWW", "LOWW");
    assertThat(vienna.originInferred()).isTrue();
    assertThat(vienna.landing()).isBetween(Instant.parse("2018-11-21T03:21:25Z"), Instant.parse("2018-11-21T03:22:50Z"));
    assertThat(vienna.touchAndGoes()).isZero();
  }

  static Leg single(List<Leg> legs) {
    assertThat(legs).hasSize(1);
    return legs.get(0);
  }

  @Test
  void fortyFiveFirefightingAircraftMatchTheirGroundTruth() throws Exception {
    List<Truth> truth = truth("firefighting_calfire-truth.csv");
    List<Leg> legs = legs("firefighting_calfire");
    List<String> problems = compare(truth, legs);
    assertThat(problems).as("%d legs rebuilt, %d in the truth", legs.size(), truth.size()).isEmpty();
  }
}
