package io.tailwatch.cli;

import io.tailwatch.flights.Airport;
import io.tailwatch.formats.airports.OurAirportsReader;
import io.tailwatch.formats.opensky.OpenSkyCsvWriter;
import io.tailwatch.sim.FlightPlan;
import io.tailwatch.sim.TrackSimulator;
import io.tailwatch.surveillance.StateVector;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the {@code tracks.csv} (OpenSky state vectors) of every scenario from its {@code plans.txt}, so that a
 * scenario's flights are readable as a plan and testable as the data a user ingests. Run it after changing a plan:
 *
 * <pre>java -cp ... io.tailwatch.cli.ScenarioTracks cli/src/test/resources/scenarios ../shared/data</pre>
 *
 * <p>A plan line: {@code ICAO24 CALLSIGN FROM TO DEPARTURE [off=A-B]}: a flight between two airports (OurAirports
 * idents) departing at an ISO-8601 time, at 10,500 m and 230 m/s, reported every 10 to 60 s everywhere, except
 * from minute A to minute B after departure when {@code off} says its transponder was off. Lines starting with
 * {@code #} are comments.
 */
final class ScenarioTracks {
  private ScenarioTracks() {}

  public static void main(String[] args) throws Exception {
    Path scenarios = Path.of(args[0]);
    Path reference = Path.of(args[1]);
    Map<String, Airport> airports = new HashMap<>();
    for (Airport a : OurAirportsReader.read(reference.resolve("ourairports/airports.csv"),
        reference.resolve("ourairports/runways.csv"))) {
      airports.put(a.ident(), a);
    }
    try (Stream<Path> dirs = Files.list(scenarios)) {
      for (Path dir : dirs.filter(d -> Files.exists(d.resolve("plans.txt"))).sorted().toList()) {
        write(dir, airports);
      }
    }
  }

  static void write(Path dir, Map<String, Airport> airports) throws IOException {
    List<StateVector> positions = new ArrayList<>();
    TrackSimulator simulator = new TrackSimulator(dir.getFileName().toString().hashCode(), (lat, lon) -> true);
    for (String line : Files.readAllLines(dir.resolve("plans.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.trim().split("\\s+");
      Airport from = airport(airports, f[2]);
      Airport to = airport(airports, f[3]);
      Instant departure = Instant.parse(f[4]);
      FlightPlan plan = new FlightPlan(Integer.parseInt(f[0], 16), f[1], from.lat(), from.lon(), to.lat(), to.lon(),
          departure, 10_500, 230);
      long offFrom = Long.MAX_VALUE;
      long offTo = Long.MIN_VALUE;
      if (f.length > 5 && f[5].startsWith("off=")) {
        String[] range = f[5].substring(4).split("-");
        offFrom = departure.toEpochMilli() + Long.parseLong(range[0]) * 60_000;
        offTo = departure.toEpochMilli() + Long.parseLong(range[1]) * 60_000;
      }
      for (StateVector v : simulator.simulate(plan)) {
        if (v.timeMs() < offFrom || v.timeMs() > offTo) {
          positions.add(v);
        }
      }
    }
    positions.sort(Comparator.comparingLong(StateVector::timeMs));
    try (Writer w = Files.newBufferedWriter(dir.resolve("tracks.csv"), StandardCharsets.UTF_8);
        OpenSkyCsvWriter csv = new OpenSkyCsvWriter(w)) {
      for (StateVector v : positions) {
        csv.write(v);
      }
    }
  }

  private static Airport airport(Map<String, Airport> airports, String ident) {
    Airport a = airports.get(ident);
    if (a == null) {
      throw new IllegalArgumentException("no airport " + ident + " in OurAirports");
    }
    return a;
  }
}
