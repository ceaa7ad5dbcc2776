package io.tailwatch.bench;

import io.tailwatch.flights.Airport;
import io.tailwatch.flights.AirportIndex;
import io.tailwatch.flights.CoverageMap;
import io.tailwatch.flights.FlightTracker;
import io.tailwatch.surveillance.StateVector;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Flight reconstruction on one core: a day of simulated traffic between real airports ({@link FlightTraffic}),
 * every position through {@link FlightTracker} (outlier and order checks, ground and landing logic, stops and gaps
 * judged against the coverage map, airports matched on OurAirports' 85,000 fields and their runways). Baseline in
 * the same run: what a user would otherwise write, a gaps-and-islands query in DuckDB over the same positions
 * (in memory, loaded with the appender, one thread) that splits legs at on-ground reports and at silences of five
 * minutes and matches each leg's first and last position to the nearest airport through a grid join.
 *
 * <p>One invocation rebuilds every leg of the day; {@code @OperationsPerInvocation} is set per trial so that JMH
 * reports positions per second. Run: {@code java -Dtailwatch.referenceData=../shared/data -jar
 * bench/target/benchmarks.jar FlightReconstruction -f 1 -wi 2 -i 3 -w 2s -r 2s -jvmArgs -Xmx4g}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FlightReconstructionBenchmark {
  @Param("2000")
  int flights;

  /** Mean seconds between an aircraft's reports: 5 is between a receiver's own feed (1-2) and OpenSky's (5-10). */
  @Param("5")
  int intervalS;

  List<StateVector> positions;
  StateVector[] stream;
  AirportIndex airports;
  CoverageMap coverage;
  Connection duck;

  static final String GAPS_AND_ISLANDS = """
      WITH ordered AS (
        SELECT icao24, time_ms, lat, lon,
               on_ground OR (velocity < 15 AND coalesce(altitude, 0) < 150) AS ground,
               time_ms - lag(time_ms) OVER w AS silence,
               lag(on_ground OR (velocity < 15 AND coalesce(altitude, 0) < 150)) OVER w AS was_ground
        FROM positions WINDOW w AS (PARTITION BY icao24 ORDER BY time_ms)),
      airborne AS (
        SELECT *, CASE WHEN silence IS NULL OR silence > 300000 OR was_ground THEN 1 ELSE 0 END AS starts
        FROM ordered WHERE NOT ground),
      islands AS (
        SELECT *, sum(starts) OVER (PARTITION BY icao24 ORDER BY time_ms) AS leg FROM airborne),
      legs AS (
        SELECT icao24, leg, min(time_ms) AS first_seen, max(time_ms) AS last_seen, count(*) AS positions,
               arg_min(lat, time_ms) AS lat0, arg_min(lon, time_ms) AS lon0,
               arg_max(lat, time_ms) AS lat1, arg_max(lon, time_ms) AS lon1
        FROM islands GROUP BY icao24, leg),
      ends AS (
        SELECT icao24, leg, 0 AS side, lat0 AS lat, lon0 AS lon FROM legs
        UNION ALL SELECT icao24, leg, 1, lat1, lon1 FROM legs),
      near AS (
        SELECT e.icao24, e.leg, e.side, a.ident,
               2 * 6371 * asin(sqrt(pow(sin(radians(a.lat - e.lat) / 2), 2) + cos(radians(e.lat))
                 * cos(radians(a.lat)) * pow(sin(radians(a.lon - e.lon) / 2), 2))) AS km
        FROM ends e, (SELECT unnest([-1, 0, 1]) AS dr) r, (SELECT unnest([-1, 0, 1]) AS dc) c, airports a
        WHERE a.row = floor((e.lat + 90) * 2) + r.dr AND a.col = floor((e.lon + 180) * 2) + c.dc),
      matched AS (
        SELECT icao24, leg, side, arg_min(ident, km) AS ident FROM near WHERE km < 12 GROUP BY icao24, leg, side)
      SELECT l.icao24, l.leg, l.first_seen, l.last_seen, l.positions, o.ident AS origin, d.ident AS destination
      FROM legs l
      LEFT JOIN matched o ON o.icao24 = l.icao24 AND o.leg = l.leg AND o.side = 0
      LEFT JOIN matched d ON d.icao24 = l.icao24 AND d.leg = l.leg AND d.side = 1
      """;

  @Setup(Level.Trial)
  public void build() throws Exception {
    List<Airport> all = FlightTraffic.airports();
    airports = FlightTraffic.index(all);
    positions = FlightTraffic.positions(all, flights, intervalS * 1000L, 42);
    stream = positions.toArray(new StateVector[0]);
    coverage = new CoverageMap(5);
    for (StateVector s : stream) {
      coverage.record(s.lat(), s.lon(), s.altitude(), s.icao24());
    }
    System.err.printf("bench: %d flights, %d positions, a report every %d s%n", flights, stream.length, intervalS);
    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement st = duck.createStatement()) {
      st.execute("SET threads = 1"); // one core, as the tracker
      st.execute("CREATE TABLE positions (icao24 INTEGER, time_ms BIGINT, lat DOUBLE, lon DOUBLE, velocity DOUBLE, "
          + "altitude DOUBLE, on_ground BOOLEAN)");
      st.execute("CREATE TABLE airports (ident VARCHAR, lat DOUBLE, lon DOUBLE, row INTEGER, col INTEGER)");
    }
    try (DuckDBAppender p = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "positions");
         DuckDBAppender a = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "airports")) {
      for (StateVector s : stream) {
        p.beginRow();
        p.append(s.icao24());
        p.append(s.timeMs());
        p.append(s.lat());
        p.append(s.lon());
        appendNullable(p, s.velocity());
        appendNullable(p, s.altitude());
        p.append(s.onGround());
        p.endRow();
      }
      for (Airport airport : all) {
        if (airport.isClosed()) {
          continue;
        }
        a.beginRow();
        a.append(airport.ident());
        a.append(airport.lat());
        a.append(airport.lon());
        a.append((int) Math.floor((airport.lat() + 90) * 2));
        a.append((int) Math.floor((airport.lon() + 180) * 2));
        a.endRow();
      }
    }
  }

  private static void appendNullable(DuckDBAppender appender, double value) throws java.sql.SQLException {
    if (Double.isNaN(value)) {
      appender.append((String) null);
    } else {
      appender.append(value);
    }
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    duck.close();
  }

  /** Every position of the day through a fresh tracker; returns the number of legs. */
  @Benchmark
  public int tailwatchTracker() {
    int[] legs = {0};
    FlightTracker tracker = new FlightTracker(airports, FlightTracker.Settings.defaults(), coverage, l -> legs[0]++);
    for (StateVector s : stream) {
      tracker.accept(s);
    }
    tracker.flush();
    return legs[0];
  }

  /** The same positions split into legs and matched to airports by DuckDB SQL. */
  @Benchmark
  public int duckdbGapsAndIslands() throws Exception {
    int legs = 0;
    try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery(GAPS_AND_ISLANDS)) {
      while (rs.next()) {
        legs++;
      }
    }
    return legs;
  }
}
