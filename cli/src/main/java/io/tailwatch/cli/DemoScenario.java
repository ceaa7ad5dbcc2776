package io.tailwatch.cli;

import io.tailwatch.flights.Airport;
import io.tailwatch.formats.opensky.OpenSkyCsvWriter;
import io.tailwatch.geo.Geo;
import io.tailwatch.sim.FlightPlan;
import io.tailwatch.sim.TrackSimulator;
import io.tailwatch.surveillance.StateVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the seed story's input files: simulated tracks (OpenSky CSV), the story's facts (FtM JSON Lines)
 * and the 747's crew manifest (CSV). Everything simulated is labelled so in {@code demo/README.md}.
 *
 * <p>The story, as the articles tell it:
 * <ul>
 *   <li>2008-2009 (simulated schedule): Iran operates Tehran-Damascus-Caracas with a stop in Damascus.
 *   <li>2019-04-07/08: Mahan Air re-opens Tehran (OIIE) to Caracas (SVMI), landing 8 April.
 *   <li>2022-05-13: the Emtrasur 747 YV3531, ex Mahan Air EP-MND, flies Caracas to Ciudad del Este (SGES),
 *       three days after the murder of prosecutor Marcelo Pecci, with an 18-member crew.
 * </ul>
 * Around them, ordinary scheduled traffic in the same regions and weeks, which must raise no alert. Fixed seeds
 * make every run identical.
 */
final class DemoScenario {
  static final String TRACKS = "demo-tracks.csv";
  static final String FACTS = "seed-facts.ftm.jsonl";
  static final String MANIFEST = "seed-manifest.csv";

  private static final double RECEIVER_RANGE_KM = 450;
  private static final long SEED = 20190408L;

  private final Map<String, Airport> airports = new HashMap<>();
  private final List<double[]> receivers = new ArrayList<>();

  DemoScenario(List<Airport> all) {
    for (Airport a : all) {
      airports.put(a.ident(), a);
      // Receivers sit where the big airports are: coverage over land, holes over the oceans.
      if ("large_airport".equals(a.type())) {
        receivers.add(new double[] {a.lat(), a.lon()});
      }
    }
  }

  /** Writes the three input files into {@code dir} and returns their paths: tracks, facts, manifest. */
  List<Path> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<StateVector> positions = new ArrayList<>();
    TrackSimulator simulator = new TrackSimulator(SEED, this::covered);
    for (FlightPlan plan : plans()) {
      positions.addAll(simulator.simulate(plan));
    }
    positions.sort((a, b) -> Long.compare(a.timeMs(), b.timeMs()));
    Path tracks = dir.resolve(TRACKS);
    try (Writer w = Files.newBufferedWriter(tracks, StandardCharsets.UTF_8);
        OpenSkyCsvWriter csv = new OpenSkyCsvWriter(w)) {
      for (StateVector v : positions) {
        csv.write(v);
      }
    }
    return List.of(tracks, copyResource(FACTS, dir), copyResource(MANIFEST, dir));
  }

  private static Path copyResource(String name, Path dir) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = DemoScenario.class.getResourceAsStream("demo/" + name)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  private boolean covered(double lat, double lon) {
    for (double[] r : receivers) {
      if (Math.abs(r[0] - lat) < 5 && Geo.distanceKm(lat, lon, r[0], r[1]) <= RECEIVER_RANGE_KM) {
        return true;
      }
    }
    return false;
  }

  List<FlightPlan> plans() {
    List<FlightPlan> plans = new ArrayList<>();
    // 2008-2009: Tehran-Damascus-Caracas with a ground stop in Damascus (simulated schedule and aircraft).
    for (String day : List.of("2008-03-05", "2008-07-02", "2008-11-05", "2009-03-04", "2009-07-01")) {
      Instant out = Instant.parse(day + "T04:00:00Z");
      plans.add(plan(0x730b22, "IRA744", "OIIE", "OSDI", out, 11_000, 240));
      plans.add(plan(0x730b22, "IRA744", "OSDI", "SVMI", out.plus(Duration.ofHours(4)), 11_600, 245));
    }
    // 2019-04-07: Mahan Air's Tehran-Caracas flight, landing in Caracas on 8 April.
    plans.add(plan(0x730a1c, "IRM5072", "OIIE", "SVMI", Instant.parse("2019-04-07T21:30:00Z"), 11_300, 250));
    // 2022-05-13: the Emtrasur 747 from Caracas to Ciudad del Este.
    plans.add(plan(0x0d8a31, "YV3531", "SVMI", "SGES", Instant.parse("2022-05-13T13:00:00Z"), 10_400, 245));
    plans.addAll(background(Instant.parse("2019-04-05T06:00:00Z"), 1));
    plans.addAll(background(Instant.parse("2022-05-11T06:00:00Z"), 2));
    return plans;
  }

  /** Ordinary scheduled traffic: 30 flights over three days per period, none tied to anything listed. */
  private List<FlightPlan> background(Instant start, int period) {
    String[][] routes = {
      {"SBGR", "SBFI", "GLO", "e48"}, {"SBFI", "SBGR", "GLO", "e48"}, {"SAEZ", "SARI", "ARG", "e08"},
      {"SARI", "SAEZ", "ARG", "e08"}, {"SGAS", "SBGR", "LAP", "e88"}, {"SBGR", "SAEZ", "TAM", "e49"},
      {"SCEL", "SBGR", "LAN", "e80"}, {"SKBO", "SVMI", "AVA", "0ac"}, {"SVMI", "SKBO", "AVA", "0ac"},
      {"MPTO", "SVMI", "CMP", "0c2"}, {"SVMI", "MPTO", "CMP", "0c2"}, {"SPIM", "SKBO", "LAN", "e8c"},
      {"SEQM", "SKBO", "AVA", "e84"}, {"SUMU", "SAEZ", "ARG", "e90"}, {"SBGL", "SBBR", "AZU", "e4a"},
      {"SBBR", "SBGR", "GLO", "e4b"}, {"OIIE", "OMDB", "IRA", "731"}, {"OMDB", "OIIE", "UAE", "896"},
      {"OIIE", "LTFM", "THY", "4b8"}, {"LTFM", "OIIE", "THY", "4b9"}, {"OTHH", "OIIE", "QTR", "06a"},
      {"OIIE", "OTHH", "QTR", "06a"}, {"OMDB", "OTHH", "UAE", "896"}, {"SBGR", "SBGL", "TAM", "e4c"},
      {"SKBO", "MPTO", "CMP", "0c2"}, {"SAEZ", "SCEL", "LAN", "e80"}, {"SBFI", "SBGL", "AZU", "e4d"},
      {"SGAS", "SAEZ", "ARG", "e09"}, {"SVMI", "SPIM", "LAN", "e8d"}, {"SKBO", "SEQM", "AVA", "0ad"}
    };
    Random random = new Random(SEED + period);
    List<FlightPlan> plans = new ArrayList<>();
    for (int i = 0; i < routes.length; i++) {
      String[] r = routes[i];
      int address = Integer.parseInt(r[3], 16) << 12 | (0x100 + i * 37 + period * 0x400);
      Instant departure = start.plus(Duration.ofMinutes(i * 137L + random.nextInt(60)));
      String callsign = r[2] + (1000 + random.nextInt(8000));
      plans.add(plan(address, callsign, r[0], r[1], departure, 9_500 + random.nextInt(2_500), 215 + random.nextInt(30)));
    }
    return plans;
  }

  private FlightPlan plan(int icao24, String callsign, String from, String to, Instant departure, double altitude,
      double speed) {
    Airport a = airport(from);
    Airport b = airport(to);
    return new FlightPlan(icao24, callsign, a.lat(), a.lon(), b.lat(), b.lon(), departure, altitude, speed);
  }

  private Airport airport(String ident) {
    Airport a = airports.get(ident);
    if (a == null) {
      throw new IllegalStateException("airport " + ident + " missing from the reference data's airports.csv");
    }
    return a;
  }
}
