package io.tailwatch.bench;

import io.tailwatch.detect.Alert;
import io.tailwatch.detect.Detection;
import io.tailwatch.detect.DetectionInput;
import io.tailwatch.detect.ManifestEntry;
import io.tailwatch.flights.Airport;
import io.tailwatch.flights.AirportIndex;
import io.tailwatch.flights.CoverageMap;
import io.tailwatch.flights.FlightTracker;
import io.tailwatch.flights.Leg;
import io.tailwatch.formats.areas.WatchedAreaReader;
import io.tailwatch.formats.icao.AddressBlockReader;
import io.tailwatch.formats.rules.RulesReader;
import io.tailwatch.geo.Geo;
import io.tailwatch.geo.GeoPoint;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Extensions;
import io.tailwatch.surveillance.AddressAllocation;
import io.tailwatch.surveillance.Icao24;
import io.tailwatch.surveillance.StateVector;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * A simulated day of global traffic through flight reconstruction and every detector, end to end, on two threads:
 * one generates the reports in time order, the other consumes them (a receiver feed and the tracker). A program, not
 * a JMH benchmark: one run takes minutes and is its own measurement.
 *
 * <p>The day: a fleet of {@code AIRCRAFT} aircraft (default 25,000) each flying {@code LEGS} legs (default 4, so
 * 100,000 flights) between real large and medium airports (OurAirports) 300 to 5,000 km apart, chained with an hour
 * on the ground, first departures spread over ten hours (so that about 20,000 are in the air at the peak); a report every 10 s (7 to 13) from taxi-out to taxi-in, none
 * in a band of longitude one degree wide every ten (coverage holes, as oceans and deserts cut the receivers' map).
 * Reports are computed on the fly along the great circle (climb, cruise, descent), so the day streams through in
 * constant memory: {@link io.tailwatch.sim.TrackSimulator} builds each flight as a list, which 20,000 flights in the
 * air at once would hold in memory, and would measure the generator's heap rather than the tracker's.
 *
 * <p>The knowledge: the real OFAC SDN list (2024), whose Airplanes with Mode S addresses are given to 200 of the
 * fleet (their flights are sanctioned flights), the shipped watched areas and rules, ICAO address blocks, and crew
 * manifests of 500 flights. Phases, as {@code tailwatch detect} runs them: a pass that learns coverage, a pass that
 * rebuilds flights, then every detector. Baseline in the same run: the same day generated and counted, without
 * tracking or detection, so the reader sees what reconstruction and detection cost on top of reading the positions.
 *
 * <p>Run: {@code java -Xmx8g -Dtailwatch.referenceData=../shared/data -cp bench/target/benchmarks.jar
 * io.tailwatch.bench.DetectionDay [AIRCRAFT] [LEGS]}
 */
public final class DetectionDay {
  private static final long DAY_START = Instant.parse("2024-06-01T00:00:00Z").toEpochMilli();
  private static final long TAXI_OUT_MS = 6 * 60_000;
  private static final long TAXI_IN_MS = 5 * 60_000;
  private static final long TURNAROUND_MS = 60 * 60_000;
  private static final double CLIMB_MPS = 12;
  private static final int BATCH = 4096;
  /** Seconds on the wheel: more than the longest time between two reports of an aircraft (13 s). */
  private static final int WHEEL_SECONDS = 16;
  /** First departures spread over the morning, so that the fleet's peak in the air is near the world's 20,000. */
  private static final long FIRST_DEPARTURES_MS = 10 * 3_600_000L;

  private DetectionDay() {}

  public static void main(String[] args) throws Exception {
    int aircraft = args.length > 0 ? Integer.parseInt(args[0]) : 25_000;
    int legsEach = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    List<Airport> all = FlightTraffic.airports();
    List<Airport> fields = all.stream().filter(a -> "large_airport".equals(a.type())
        || "medium_airport".equals(a.type()) && a.iata() != null).toList();
    AirportIndex airports = new AirportIndex(all);
    List<Entity> ofac = SyntheticGraph.ofac();
    List<Integer> listedAddresses = new ArrayList<>();
    for (Entity e : ofac) {
      for (String hex : e.extension(Extensions.MODE_S)) {
        if (listedAddresses.size() < 200 && hex.matches("[0-9a-fA-F]{6}")) {
          listedAddresses.add(Icao24.parse(hex));
        }
      }
    }
    Day day = new Day(fields, aircraft, legsEach, listedAddresses, 20240601L);
    System.out.printf(Locale.ROOT, "day: %,d aircraft x %d legs = %,d flights between %,d airports; %d aircraft with "
        + "an OFAC-listed Mode S address%n", aircraft, legsEach, aircraft * legsEach, fields.size(),
        listedAddresses.size());

    resetPeaks();
    long t0 = System.nanoTime();
    long[] counted = {0};
    int[] peakAirborne = {0};
    stream(day, batch -> counted[0] += batch.length, peakAirborne);
    double baselineS = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "baseline (generate and count): %,d positions in %.1f s = %,.0f positions/s; "
        + "peak %,d aircraft airborne at once%n", counted[0], baselineS, counted[0] / baselineS, peakAirborne[0]);

    resetPeaks();
    long t1 = System.nanoTime();
    CoverageMap coverage = new CoverageMap(5);
    long coverageBusy = stream(day, batch -> {
      for (StateVector r : batch) {
        coverage.record(r.lat(), r.lon(), r.altitude(), r.icao24());
      }
    }, new int[1]);
    double coverageS = (System.nanoTime() - t1) / 1e9;
    List<Leg> legs = new ArrayList<>();
    FlightTracker tracker = new FlightTracker(airports, FlightTracker.Settings.defaults(), coverage, legs::add);
    long t2 = System.nanoTime();
    long trackBusy = stream(day, batch -> {
      for (StateVector r : batch) {
        tracker.accept(r);
      }
    }, new int[1]);
    tracker.flush();
    double trackS = (System.nanoTime() - t2) / 1e9;
    long trackingPeak = heapPeak();
    System.out.printf(Locale.ROOT, "coverage pass %.1f s (consumer busy %.1f s), flights pass %.1f s (tracker busy "
        + "%.1f s = %,.0f positions/s): %,d legs (%,d outliers dropped); peak heap %,d MB; coverage map %,d cells%n",
        coverageS, coverageBusy / 1e9, trackS, trackBusy / 1e9, counted[0] / (trackBusy / 1e9), legs.size(),
        tracker.outliers(), trackingPeak >> 20, coverage.cells());

    List<ManifestEntry> manifests = manifests(legs, 500);
    AddressAllocation addresses = AddressBlockReader.read(SyntheticGraph.referenceData().resolve(AddressBlockReader.FILE));
    resetPeaks();
    long t3 = System.nanoTime();
    EntityGraph graph = new EntityGraph(ofac);
    double graphS = (System.nanoTime() - t3) / 1e9;
    long t4 = System.nanoTime();
    List<Alert> alerts = Detection.standard().run(new DetectionInput(legs, graph, airports, WatchedAreaReader.defaults(),
        manifests, RulesReader.defaults(), Instant.ofEpochMilli(DAY_START), addresses));
    double detectS = (System.nanoTime() - t4) / 1e9;
    Map<String, Integer> byDetector = new TreeMap<>();
    alerts.forEach(a -> byDetector.merge(a.detector(), 1, Integer::sum));
    long onListed = alerts.stream().filter(a -> aboutListed(a, listedAddresses)).count();
    System.out.printf(Locale.ROOT, "graph of %,d entities built in %.1f s; detection %.1f s: %,d alerts %s, %,d of "
        + "them on the %d listed aircraft, %,d on the background; peak heap %,d MB%n", ofac.size(), graphS, detectS,
        alerts.size(), byDetector, onListed, listedAddresses.size(), alerts.size() - onListed, heapPeak() >> 20);
    Map<String, Integer> background = new TreeMap<>();
    alerts.stream().filter(a -> !aboutListed(a, listedAddresses))
        .forEach(a -> background.merge(a.detector(), 1, Integer::sum));
    System.out.println("background alerts by detector: " + background);
    Map<String, Alert> example = new TreeMap<>();
    alerts.stream().filter(a -> !aboutListed(a, listedAddresses)).forEach(a -> example.putIfAbsent(a.detector(), a));
    example.forEach((detector, a) -> System.out.println("  e.g. " + detector + ": " + a.title() + " :: "
        + a.evidence().get(Math.min(2, a.evidence().size() - 1)).claim()));
    double total = coverageS + trackS + graphS + detectS;
    double work = (coverageBusy + trackBusy) / 1e9 + graphS + detectS;
    System.out.printf(Locale.ROOT, "end to end: %,d positions in %.1f s wall = %,.0f positions/s (%.1f min for the "
        + "day, generating it twice included); the product's own work (coverage, flights, graph, detectors) %.1f s = "
        + "%,.0f positions/s; baseline generating and counting alone %.1f s%n", counted[0], total, counted[0] / total,
        total / 60, work, counted[0] / work, baselineS);
  }

  /**
   * Generates the day on this thread and hands batches to {@code sink} on another, as a feed and a tracker. Returns
   * the consumer's busy time in nanoseconds (the wall time is the generator's when it is the slower of the two).
   */
  private static long stream(Day day, Consumer<StateVector[]> sink, int[] peakAirborne) throws Exception {
    BlockingQueue<StateVector[]> queue = new ArrayBlockingQueue<>(64);
    StateVector[] end = new StateVector[0];
    Throwable[] failed = new Throwable[1];
    long[] busy = {0};
    Thread consumer = new Thread(() -> {
      try {
        for (StateVector[] batch = queue.take(); batch != end; batch = queue.take()) {
          long t = System.nanoTime();
          sink.accept(batch);
          busy[0] += System.nanoTime() - t;
        }
      } catch (Throwable t) {
        failed[0] = t;
      }
    }, "tracker");
    consumer.start();
    day.generate(batch -> {
      try {
        queue.put(batch);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }, peakAirborne);
    queue.put(end);
    consumer.join();
    if (failed[0] != null) {
      throw new IllegalStateException("consumer failed", failed[0]);
    }
    return busy[0];
  }

  /**
   * Crews of {@code flights} flights: five each, with names drawn from the world's commonest given and family names,
   * a date of birth and a nationality, as advance passenger information always carries them. Namesakes of listed
   * people are certain among such names; the birth date and nationality are what tell them apart.
   */
  private static List<ManifestEntry> manifests(List<Leg> legs, int flights) {
    SplittableRandom random = new SplittableRandom(7);
    String[] given = {"Ahmad", "Maria", "John", "Wei", "Olga", "Carlos", "Fatima", "Ivan", "Aisha", "Pierre"};
    String[] family = {"Rahimi", "Garcia", "Smith", "Zhang", "Petrova", "Lopez", "Haddad", "Ivanov", "Bello", "Martin"};
    String[] nationality = {"IR", "ES", "US", "CN", "RU", "MX", "LB", "UA", "NG", "FR"};
    List<ManifestEntry> out = new ArrayList<>();
    for (int i = 0; i < flights && i < legs.size(); i++) {
      Leg leg = legs.get(random.nextInt(legs.size()));
      if (leg.callsign() == null) {
        continue;
      }
      LocalDate date = leg.departure().atZone(ZoneOffset.UTC).toLocalDate();
      for (int c = 0; c < 5; c++) {
        int f = random.nextInt(family.length);
        LocalDate born = LocalDate.of(1955, 1, 1).plusDays(random.nextInt(45 * 365));
        out.add(new ManifestEntry(date, null, leg.callsign(), given[random.nextInt(given.length)] + " " + family[f],
            "crew", nationality[f], born.toString(), "day-manifest.csv", out.size() + 2));
      }
    }
    return out;
  }

  /**
   * Whether an alert is about one of the listed aircraft: its subject (a leg or an aircraft) starts with the
   * aircraft's address. Alerts about a person (a crew match) count as background: the crews are made up.
   */
  private static boolean aboutListed(Alert alert, List<Integer> listedAddresses) {
    String subject = alert.subjectId();
    if (subject.length() >= 6 && subject.substring(0, 6).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      return listedAddresses.contains(Icao24.parse(subject.substring(0, 6)));
    }
    return false;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks since the last reset: an upper bound of the peak heap in use. */
  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The fleet's day, generated report by report in time order. Deterministic: each pass gives the same reports. */
  private static final class Day {
    private final List<Airport> fields;
    private final int aircraft;
    private final int legsEach;
    private final List<Integer> listed;
    private final long seed;

    Day(List<Airport> fields, int aircraft, int legsEach, List<Integer> listed, long seed) {
      this.fields = fields;
      this.aircraft = aircraft;
      this.legsEach = legsEach;
      this.listed = listed;
      this.seed = seed;
    }

    /**
     * Reports in time order by the second (within a second, in any order: the tracker needs each aircraft's
     * reports in order, which they are). Flights in progress wait on a wheel of seconds (each reports again within
     * 13 s); flights not yet off block wait in a queue by departure. A priority queue of every report costs more
     * than the tracker itself.
     */
    void generate(Consumer<StateVector[]> out, int[] peakAirborne) {
      SplittableRandom random = new SplittableRandom(seed);
      PriorityQueue<Flight> waiting = new PriorityQueue<>((a, b) -> Long.compare(a.next, b.next));
      for (int i = 0; i < aircraft; i++) {
        int icao24 = i < listed.size() ? listed.get(i) : 0x200000 + i;
        Airport from = fields.get(random.nextInt(fields.size()));
        long departure = DAY_START + random.nextLong(FIRST_DEPARTURES_MS);
        waiting.add(new Flight(icao24, callsign(random), from, destination(random, from), departure, legsEach,
            random.split()));
      }
      @SuppressWarnings("unchecked")
      List<Flight>[] wheel = new List[WHEEL_SECONDS];
      for (int i = 0; i < wheel.length; i++) {
        wheel[i] = new ArrayList<>();
      }
      StateVector[] batch = new StateVector[BATCH];
      int n = 0;
      int airborne = 0;
      int onWheel = 0;
      long second = waiting.peek().next / 1000;
      while (onWheel > 0 || !waiting.isEmpty()) {
        if (onWheel == 0) {
          second = Math.max(second, waiting.peek().next / 1000);
        }
        while (!waiting.isEmpty() && waiting.peek().next / 1000 <= second) {
          wheel[(int) (second % WHEEL_SECONDS)].add(waiting.poll());
          onWheel++;
        }
        List<Flight> due = wheel[(int) (second % WHEEL_SECONDS)];
        List<Flight> now = new ArrayList<>(due);
        due.clear();
        for (Flight f : now) {
          StateVector r = f.report();
          if (r != null) {
            batch[n++] = r;
            if (n == BATCH) {
              out.accept(batch);
              batch = new StateVector[BATCH];
              n = 0;
            }
          }
          int before = f.inAir ? 1 : 0;
          if (f.advance()) {
            wheel[(int) ((f.next / 1000) % WHEEL_SECONDS)].add(f);
          } else {
            onWheel--;
            if (f.legsLeft > 1) {
              waiting.add(f.nextLeg(destination(f.random, f.to)));
            }
          }
          airborne += (f.inAir ? 1 : 0) - before;
        }
        peakAirborne[0] = Math.max(peakAirborne[0], airborne);
        second++;
      }
      if (n > 0) {
        StateVector[] last = new StateVector[n];
        System.arraycopy(batch, 0, last, 0, n);
        out.accept(last);
      }
    }

    private Airport destination(SplittableRandom random, Airport from) {
      while (true) {
        Airport to = fields.get(random.nextInt(fields.size()));
        double km = Geo.distanceKm(from.lat(), from.lon(), to.lat(), to.lon());
        // Most flights are short: the distance limit is drawn first, so 300-1,500 km routes dominate.
        if (km >= 300 && km <= 1_500 + random.nextInt(3_500)) {
          return to;
        }
      }
    }

    private static String callsign(SplittableRandom random) {
      return String.format(Locale.ROOT, "%c%c%c%d", 'A' + random.nextInt(26), 'A' + random.nextInt(26),
          'A' + random.nextInt(26), 100 + random.nextInt(900));
    }
  }

  /** One aircraft's current leg: taxi, climb, cruise, descent, taxi, one report every 7 to 13 s. */
  private static final class Flight {
    final int icao24;
    final String callsign;
    final Airport from;
    final Airport to;
    final long offBlock;
    final long takeoff;
    final long landing;
    final long onBlock;
    final double km;
    final double speed;
    final double cruise;
    final double course;
    /** The great circle as points every 50 km or so: reports interpolate between them (trigonometry is slow). */
    final double[] routeLat;
    final double[] routeLon;
    final int legsLeft;
    final SplittableRandom random;
    long next;
    boolean inAir;

    Flight(int icao24, String callsign, Airport from, Airport to, long offBlock, int legsLeft, SplittableRandom random) {
      this.icao24 = icao24;
      this.callsign = callsign;
      this.from = from;
      this.to = to;
      this.offBlock = offBlock;
      this.legsLeft = legsLeft;
      this.random = random;
      this.km = Geo.distanceKm(from.lat(), from.lon(), to.lat(), to.lon());
      this.course = Geo.bearing(from.lat(), from.lon(), to.lat(), to.lon());
      int segments = Math.max(8, (int) (km / 50));
      this.routeLat = new double[segments + 1];
      this.routeLon = new double[segments + 1];
      for (int i = 0; i <= segments; i++) {
        GeoPoint p = Geo.interpolate(from.lat(), from.lon(), to.lat(), to.lon(), i / (double) segments);
        routeLat[i] = p.lat();
        routeLon[i] = p.lon();
      }
      this.speed = 220 + random.nextInt(30);
      this.cruise = 9_500 + random.nextInt(2_500);
      this.takeoff = offBlock + TAXI_OUT_MS;
      // The climb and descent at lower speed add about ten minutes to the cruise time.
      this.landing = takeoff + (long) (km * 1000 / speed * 1000) + 10 * 60_000;
      this.onBlock = landing + TAXI_IN_MS;
      this.next = offBlock;
    }

    Flight nextLeg(Airport destination) {
      return new Flight(icao24, callsign, to, destination, onBlock + TURNAROUND_MS, legsLeft - 1, random);
    }

    /** The report at {@link #next}, or null when the aircraft is in a coverage hole. */
    StateVector report() {
      long t = next;
      if (t < takeoff || t > landing) {
        Airport at = t < takeoff ? from : to;
        return new StateVector(t, icao24, at.lat(), at.lon(), 8, 0, 0, callsign, true, null, Double.NaN, Double.NaN);
      }
      double at = (t - takeoff) / (double) (landing - takeoff) * (routeLat.length - 1);
      int i = Math.min((int) at, routeLat.length - 2);
      double frac = at - i;
      double lat = routeLat[i] + frac * (routeLat[i + 1] - routeLat[i]);
      double dLon = routeLon[i + 1] - routeLon[i];
      dLon = dLon > 180 ? dLon - 360 : dLon < -180 ? dLon + 360 : dLon;
      double lon = routeLon[i] + frac * dLon;
      lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
      if (Math.floorMod((int) Math.floor(lon), 10) == 7) {
        return null;
      }
      double sinceTakeoff = (t - takeoff) / 1000.0;
      double untilLanding = (landing - t) / 1000.0;
      double altitude = Math.min(cruise, CLIMB_MPS * Math.min(sinceTakeoff, untilLanding));
      double vertRate = altitude >= cruise ? 0 : sinceTakeoff < untilLanding ? CLIMB_MPS : -CLIMB_MPS;
      double velocity = Math.min(speed, 75 + 0.4 * Math.min(sinceTakeoff, untilLanding));
      double heading = course; // the initial course: a simulator's report needs no more
      return new StateVector(t, icao24, lat, lon, velocity, heading, vertRate, callsign, false, null, altitude,
          altitude + 50);
    }

    /** Moves to the next report time; false when the leg is over. */
    boolean advance() {
      next += 7_000 + random.nextInt(6_001);
      inAir = next >= takeoff && next <= landing;
      return next <= onBlock;
    }
  }
}
