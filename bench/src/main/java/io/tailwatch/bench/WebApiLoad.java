package io.tailwatch.bench;

import io.tailwatch.detect.Alert;
import io.tailwatch.detect.EvidenceLink;
import io.tailwatch.detect.Severity;
import io.tailwatch.flights.Leg;
import io.tailwatch.formats.ReferenceData;
import io.tailwatch.knowledge.Source;
import io.tailwatch.store.Role;
import io.tailwatch.store.Store;
import io.tailwatch.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The web API under load on loopback: a server over a store of synthetic alerts, and a load generator in the same
 * JVM (so both share the machine's cores; on the 2-core build machine the figures are a floor). For each endpoint,
 * in one run:
 *
 * <ul>
 *   <li>closed loop: {@code concurrency} clients, each sending its next request when the last answered, for
 *       {@code seconds}: the most requests per second, with latency percentiles;
 *   <li>open loop at a fixed rate (default 1,000 requests/s): requests start on schedule whether or not earlier
 *       ones answered, and latency counts from the scheduled start, so a stall shows in the percentiles instead
 *       of slowing the load down (no coordinated omission).
 * </ul>
 *
 * The baseline is a static file ({@code /app.css}, read from the jar): the server's floor, the same Javalin and
 * Jetty path and security headers, without the token lookup (the page's files are public) or any JSON. The alert
 * list is the queue's first page (50 of 5,000 alerts, most severe first) and a filtered page (one detector, one
 * operator).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.tailwatch.bench.WebApiLoad [seconds] [concurrency]
 * [rate] [alerts]}
 */
public final class WebApiLoad {
  private WebApiLoad() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    int alertCount = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
    Path dir = Files.createTempDirectory("tailwatch-load");
    try (Store store = Store.open(dir)) {
      fill(store, alertCount);
      String token = store.users().add("load", Role.ANALYST).token();
      WebServer server = WebServer.start(store, WebServer.Settings.of(ReferenceData.locate(dir.resolve("none"))),
          "127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + server.port();
        HttpClient http = client();
        List<String[]> endpoints = List.of(
            new String[] {"static file /app.css (baseline)", base + "/app.css"},
            new String[] {"alert list, first page", base + "/api/alerts?limit=50"},
            new String[] {"alert list, filtered", base + "/api/alerts?limit=50&detector=crew-match&operator=Airline%207"});
        System.out.printf(Locale.ROOT, "%d alerts; %d s per phase; %d cores; JDK %s%n", alertCount, seconds,
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (String[] e : endpoints) {
          HttpRequest request = HttpRequest.newBuilder(URI.create(e[1])).header("Authorization", "Bearer " + token)
              .timeout(Duration.ofSeconds(30)).build();
          check(http, request);
          closedLoop(request, concurrency, 3); // warm-up: JIT, connections
          Result closed = closedLoop(request, concurrency, seconds);
          Result open = openLoop(request, rate, seconds, concurrency);
          System.out.printf(Locale.ROOT, "| %s | %,.0f req/s, p50 %.1f ms, p99 %.1f ms | %d req/s: p50 %.1f ms, p99 %.1f "
              + "ms, p99.9 %.1f ms, max %.1f ms%s |%n", e[0], closed.perSecond(), closed.ms(0.50), closed.ms(0.99), rate,
              open.ms(0.50), open.ms(0.99), open.ms(0.999), open.ms(1.0),
              open.failures() > 0 ? ", " + open.failures() + " failed" : "");
        }
      } finally {
        server.stop();
      }
    }
  }

  /** Alerts of every detector and severity over 1,000 flights of 50 operators' aircraft. */
  static void fill(Store store, int count) {
    Random random = new Random(7);
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    List<Leg> legs = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      Instant start = t0.plusSeconds(i * 3600L);
      legs.add(new Leg(0x400000 + i, "ABC" + (100 + i), "EGLL", false, "LFPG", false, start, start.plusSeconds(3600),
          start, start.plusSeconds(3600), 51.5, -0.4, 49.0, 2.5, 10_000, 200, List.of()));
    }
    store.replaceLegs(legs);
    String[] detectors = {"sanctioned-flight", "airframe-past", "crew-match", "watched-area", "route-opened",
        "identity-mismatch"};
    List<Alert> alerts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Leg leg = legs.get(random.nextInt(legs.size()));
      String detector = detectors[i % detectors.length];
      Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
      List<EvidenceLink> evidence = List.of(
          new EvidenceLink("Observed flight " + leg.callsign(), "flight", leg.id(),
              new Source("tailwatch surveillance", null, "2024-01-01", List.of("tracks")), leg.departure().toString()),
          new EvidenceLink("Airline " + (i % 50) + " is sanctioned by OFAC (SDGT)", "entity", "airline-" + (i % 50),
              new Source("OFAC", "https://sanctionssearch.ofac.treas.gov/", "2024-01-01", List.of("us_ofac_sdn")), null),
          new EvidenceLink("Aircraft registered to Airline " + (i % 50), "entity", "aircraft-" + (i % 200),
              new Source("registry", null, "2023-12-01", List.of("registry")), null));
      alerts.add(new Alert(detector + ":" + leg.id() + ":" + i, detector, "flight", leg.id(), leg.id(),
          leg.departure(), severity, random.nextDouble(), "Finding " + i + " of " + detector + " on flight "
          + leg.callsign() + " " + leg.origin() + "-" + leg.destination(), evidence));
    }
    store.upsertAlerts(alerts);
    // Operators by callsign designator, so the operator filter has something to match.
    StringBuilder ftm = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      ftm.append("{\"id\":\"airline-").append(i).append("\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Airline ")
          .append(i).append("\"]},\"tailwatch\":{\"icaoDesignator\":[\"").append(i == 7 ? "ABC" : "X" + (10 + i))
          .append("\"]}}\n");
    }
    try {
      Path file = Files.createTempFile("operators", ".json");
      Files.writeString(file, ftm);
      new io.tailwatch.store.Ingest(store).entities(file);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void check(HttpClient http, HttpRequest request) throws Exception {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
    }
    System.out.printf(Locale.ROOT, "%s: %,d bytes%n", request.uri().getPath() + (request.uri().getQuery() == null
        ? "" : "?" + request.uri().getQuery()), r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
  }

  record Result(long[] nanos, int count, double seconds, int failures) {
    double perSecond() {
      return count / seconds;
    }

    double ms(double quantile) {
      if (count == 0) {
        return Double.NaN;
      }
      int at = (int) Math.min(count - 1, Math.ceil(quantile * count) - 1);
      return nanos[Math.max(0, at)] / 1e6;
    }
  }

  /** One client per worker: the JDK's HttpClient runs all I/O of a client on one selector thread. */
  private static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  private static Result closedLoop(HttpRequest request, int clients, int seconds) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ConcurrentLinkedQueue<long[]> all = new ConcurrentLinkedQueue<>();
    AtomicInteger failures = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(clients);
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      Thread t = new Thread(() -> {
        HttpClient http = client();
        long[] mine = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < end) {
          long t1 = System.nanoTime();
          send(http, request, failures);
          if (n == mine.length) {
            mine = Arrays.copyOf(mine, n * 2);
          }
          mine[n++] = System.nanoTime() - t1;
        }
        all.add(Arrays.copyOf(mine, n));
        done.countDown();
      }, "load-" + c);
      t.start();
    }
    done.await();
    return result(all, (System.nanoTime() - started) / 1e9, failures.get());
  }

  private static void send(HttpClient http, HttpRequest request, AtomicInteger failures) {
    try {
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200 && failures.incrementAndGet() == 1) {
        System.out.println("  first failure: status " + r.statusCode());
      }
    } catch (Exception e) {
      if (failures.incrementAndGet() == 1) {
        System.out.println("  first failure: " + e);
      }
    }
  }

  /**
   * Requests scheduled at a fixed rate, served by {@code clients} workers (as a client with a bounded connection
   * pool would); a request waits in the queue while all are busy, and its latency counts from its scheduled
   * start, so when the server falls behind the percentiles say so.
   */
  private static Result openLoop(HttpRequest request, int rate, int seconds, int clients) throws Exception {
    int total = rate * seconds;
    long[] latencies = new long[total];
    AtomicInteger failures = new AtomicInteger();
    java.util.concurrent.BlockingQueue<Integer> due = new java.util.concurrent.LinkedBlockingQueue<>();
    long periodNanos = 1_000_000_000L / rate;
    long start = System.nanoTime() + 10_000_000L;
    CountDownLatch done = new CountDownLatch(total);
    List<Thread> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread t = new Thread(() -> {
        HttpClient http = client();
        try {
          while (true) {
            int i = due.take();
            send(http, request, failures);
            latencies[i] = System.nanoTime() - (start + i * periodNanos);
            done.countDown();
          }
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
        }
      }, "open-" + c);
      t.setDaemon(true);
      t.start();
      workers.add(t);
    }
    AtomicLong next = new AtomicLong();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    ticker.scheduleAtFixedRate(() -> {
      long now = System.nanoTime();
      while (next.get() < total && start + next.get() * periodNanos <= now) {
        due.add((int) next.getAndIncrement());
      }
    }, 0, 200, TimeUnit.MICROSECONDS);
    boolean finished = done.await(seconds + 120L, TimeUnit.SECONDS);
    ticker.shutdownNow();
    workers.forEach(Thread::interrupt);
    long answered = total - done.getCount();
    if (!finished) {
      System.out.println("  open loop: only " + answered + " of " + total + " answered in time");
    }
    long[] copy = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
    return new Result(copy, copy.length, seconds, failures.get() + (int) (total - answered));
  }

  private static Result result(ConcurrentLinkedQueue<long[]> parts, double seconds, int failures) {
    int n = parts.stream().mapToInt(p -> p.length).sum();
    long[] all = new long[n];
    int at = 0;
    for (long[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    Arrays.sort(all);
    return new Result(all, n, seconds, failures);
  }
}
