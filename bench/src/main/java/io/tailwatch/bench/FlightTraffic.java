package io.tailwatch.bench;

import io.tailwatch.flights.Airport;
import io.tailwatch.flights.AirportIndex;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.airports.OurAirportsReader;
import io.tailwatch.geo.Geo;
import io.tailwatch.sim.FlightPlan;
import io.tailwatch.sim.TrackSimulator;
import io.tailwatch.surveillance.StateVector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A day of traffic for the flight benchmarks: flights between real large airports (OurAirports) 300 to 3,000 km
 * apart, simulated by {@link TrackSimulator} (taxi, climb, cruise, descent, landing; a report every few seconds
 * where receivers hear it, none over a band of coverage holes one degree wide every ten), departures spread over six hours so that
 * thousands of aircraft are in the air at once, merged into one time-ordered stream. Deterministic for a seed.
 */
final class FlightTraffic {
  private FlightTraffic() {}

  static List<Airport> airports() throws IOException {
    Path dir = SyntheticGraph.referenceData().resolve("ourairports");
    if (!Files.exists(dir.resolve("airports.csv"))) {
      throw new IOException("no OurAirports data at " + dir + " (set -Dtailwatch.referenceData)");
    }
    try {
      return OurAirportsReader.read(dir.resolve("airports.csv"), dir.resolve("runways.csv"));
    } catch (InputFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * @param intervalMs mean time between an aircraft's reports (uniform from half to one and a half times it)
   */
  static List<StateVector> positions(List<Airport> all, int flights, long intervalMs, long seed) {
    List<Airport> large = all.stream().filter(a -> "large_airport".equals(a.type())).toList();
    SplittableRandom random = new SplittableRandom(seed);
    long start = Instant.parse("2024-06-01T04:00:00Z").toEpochMilli();
    List<StateVector> out = new ArrayList<>();
    // Coverage holes: a band of longitude every ten degrees, as oceans and deserts cut the receivers' map.
    TrackSimulator simulator = new TrackSimulator(seed, (lat, lon) -> Math.floorMod((int) Math.floor(lon), 10) != 7,
        intervalMs / 2, intervalMs * 3 / 2);
    for (int i = 0; i < flights; i++) {
      Airport from;
      Airport to;
      double km;
      do {
        from = large.get(random.nextInt(large.size()));
        to = large.get(random.nextInt(large.size()));
        km = Geo.distanceKm(from.lat(), from.lon(), to.lat(), to.lon());
      } while (km < 300 || km > 3_000);
      int icao24 = 0x100000 + i;
      String callsign = String.format("%c%c%c%d", 'A' + random.nextInt(26), 'A' + random.nextInt(26),
          'A' + random.nextInt(26), 100 + random.nextInt(900));
      FlightPlan plan = new FlightPlan(icao24, callsign, from.lat(), from.lon(), to.lat(), to.lon(),
          Instant.ofEpochMilli(start + random.nextLong(6 * 3_600_000L)), 9_000 + random.nextInt(3_000),
          210 + random.nextInt(40));
      out.addAll(simulator.simulate(plan));
    }
    out.sort(Comparator.comparingLong(StateVector::timeMs));
    // Copied in stream order, so that reports lie in memory in the order they arrive, as a reader allocates them
    // (sorting objects allocated flight by flight would make every report a cache miss, which no real feed does).
    List<StateVector> inOrder = new ArrayList<>(out.size());
    for (StateVector s : out) {
      inOrder.add(new StateVector(s.timeMs(), s.icao24(), s.lat(), s.lon(), s.velocity(), s.heading(), s.vertRate(),
          s.callsign(), s.onGround(), s.squawk(), s.baroAltitude(), s.geoAltitude()));
    }
    return inOrder;
  }

  static AirportIndex index(List<Airport> airports) {
    return new AirportIndex(airports);
  }
}
