package io.tailwatch.bench;

import io.tailwatch.flights.AirportIndex;
import io.tailwatch.flights.CoverageMap;
import io.tailwatch.flights.FlightTracker;
import io.tailwatch.surveillance.StateVector;
import java.util.List;

/**
 * Memory of the flight tracker per aircraft in flight: {@code N} aircraft (default 20,000, about the world's peak)
 * each with an open leg after a climb-out and an hour of cruise reports, one transponder gap and a callsign change
 * each, measured as retained heap after full collections, minus the same tracker empty. The coverage map is shared
 * by all aircraft and bounded by the cells visited, so it is reported apart.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.tailwatch.bench.FlightTrackerMemory 20000}
 */
public final class FlightTrackerMemory {
  private FlightTrackerMemory() {}

  public static void main(String[] args) throws Exception {
    int aircraft = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    AirportIndex airports = new AirportIndex(List.of());
    CoverageMap coverage = new CoverageMap(5);
    long base = usedAfterGc();
    FlightTracker tracker = new FlightTracker(airports, FlightTracker.Settings.defaults(), coverage, leg -> { });
    long t0 = 1_717_200_000_000L;
    for (int minute = 0; minute < 60; minute++) {
      for (int a = 0; a < aircraft; a++) {
        double lat = -60 + 120.0 * a / aircraft;
        double lon = -170 + minute * 0.12 + (a % 100) * 3.0;
        String callsign = minute < 30 ? "ABC" + (a % 1000) : "XYZ" + (a % 1000);
        if (minute == 20) {
          continue; // a minute dark for every aircraft: one more report a minute later is a silence, not a gap
        }
        long t = t0 + minute * 60_000L + (minute > 40 ? 6 * 60_000L : 0); // a six-minute gap at minute 41
        tracker.accept(new StateVector(t, 0x100000 + a, lat, lon, 230, 90, 0, callsign, false, null, 10_000,
            10_050));
      }
    }
    long withCoverage = usedAfterGc();
    long coverageOnly;
    {
      CoverageMap copy = new CoverageMap(5);
      long before = usedAfterGc();
      for (int minute = 0; minute < 60; minute++) {
        for (int a = 0; a < aircraft; a++) {
          copy.record(-60 + 120.0 * a / aircraft, -170 + minute * 0.12 + (a % 100) * 3.0, 10_000, 0x100000 + a);
        }
      }
      coverageOnly = usedAfterGc() - before;
      if (copy.cells() < 0) {
        System.out.println(copy.cells());
      }
    }
    long perAircraft = (withCoverage - base - coverageOnly) / aircraft;
    System.out.printf("%d aircraft in flight: %d bytes each (%.1f MB), coverage map %.1f MB for %d cells%n",
        tracker.activeAircraft(), perAircraft, perAircraft * (double) aircraft / 1e6, coverageOnly / 1e6,
        coverage.cells());
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
