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
 * Flights rebuilt from real recorded trajectories against ground truth established by looking at them. See
 * {@code firefighting_calfire-truth.csv} beside this class for how that truth was established.
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
  void fortyFiveFirefightingAircraftMatchTheirGroundTruth() throws Exception {
    List<Truth> truth = truth("firefighting_calfire-truth.csv");
    List<Leg> legs = legs("firefighting_calfire");
    List<String> problems = compare(truth, legs);
    assertThat(problems).as("%d legs rebuilt, %d in the truth", legs.size(), truth.size()).isEmpty();
  }
}
