package io.tailwatch.cli;

import io.tailwatch.detect.Alert;
import io.tailwatch.flights.Airport;
import io.tailwatch.flights.AirportIndex;
import io.tailwatch.flights.Leg;
import io.tailwatch.store.Analysis;
import io.tailwatch.store.Ingest;
import io.tailwatch.store.IngestResult;
import io.tailwatch.store.Role;
import io.tailwatch.store.Store;
import io.tailwatch.web.JsonViews;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tailwatch demo}: runs the seed story through the whole pipeline (simulated tracks, the story's facts,
 * the crew manifest; ingest, flights, detection) into a store of its own, and prints what it found.
 */
@Command(name = "demo", description = "Run the seed story (Mahan Air 2019, Emtrasur 747 2022) end to end.",
    mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  static final String MARKER = ".tailwatch-demo";
  static final String DEMO_USER = "demo-analyst";

  @Mixin
  CommonOptions options;

  @Option(names = "--json", description = "Print the alerts as JSON Lines on stdout.")
  boolean json;

  @Option(names = "--serve", description = "Then serve the web page over the demo store.")
  boolean serve;

  @Option(names = "--port", defaultValue = "8080", description = "Port for --serve (default ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws Exception {
    Path dir = options.data != null ? options.data : options.dataDir().resolveSibling("demo");
    resetDemoStore(dir);
    List<Airport> airportList = options.airportList();
    AirportIndex airports = new AirportIndex(airportList);
    Progress.log("simulating the seed story's tracks into " + dir.resolve("input"));
    List<Path> inputs = new DemoScenario(airportList).write(dir.resolve("input"));
    List<Alert> alerts;
    List<Leg> legs;
    Store store = Store.open(dir);
    try {
      Ingest ingest = new Ingest(store);
      for (Map.Entry<Path, java.time.LocalDate> snapshot : ofacSnapshots(options.reference()).entrySet()) {
        report(ListIngest.ofac(store, snapshot.getKey(), snapshot.getValue()));
      }
      report(ingest.tracks(inputs.get(0)));
      report(ingest.entities(inputs.get(1)));
      report(ingest.manifest(inputs.get(2)));
      Analysis analysis = new Analysis(store, airports, options.watchedAreas(), options.rules(),
          options.addressAllocation());
      legs = analysis.rebuildFlights();
      alerts = analysis.detect(legs);
      if (json) {
        for (Alert a : alerts) {
          JsonOut.line(JsonViews.alert(store.alert(a.id()).orElseThrow()));
        }
      } else {
        summary(System.out, legs, alerts, dir);
      }
      if (serve) {
        // The demo store is its own and reset every run: a fresh analyst token each time, printed in a link that
        // signs the page in (the token travels in the URL fragment, which browsers never send to the server).
        String token = store.users().add(DEMO_USER, Role.ANALYST).token();
        ServeCommand.serve(store, options, "127.0.0.1", port, token);
      } else {
        Progress.log("to browse the alerts: ./tailwatch demo --serve, or ./tailwatch serve --data " + dir);
      }
    } finally {
      store.close();
    }
    return 0;
  }

  /**
   * Every OFAC SDN snapshot in the reference data, oldest first: {@code ofac/sdn.csv} (as {@code data update}
   * leaves it, dated by the file), or dated copies in {@code ofac/sdn-csv-YYYY-MM[-DD]/}. The demo's facts enrich
   * entries of this list, so it is required.
   */
  static java.util.SortedMap<java.time.LocalDate, Path> ofacByDate(io.tailwatch.formats.ReferenceData reference)
      throws IOException, io.tailwatch.formats.ReferenceData.MissingReferenceDataException {
    java.util.SortedMap<java.time.LocalDate, Path> found = new java.util.TreeMap<>();
    Path ofac = reference.root().resolve("ofac");
    if (Files.isRegularFile(ofac.resolve("sdn.csv"))) {
      found.put(ListIngest.snapshotDate(ofac.resolve("sdn.csv"), null), ofac);
    }
    if (Files.isDirectory(ofac)) {
      try (var dirs = Files.list(ofac)) {
        for (Path d : dirs.filter(Files::isDirectory).toList()) {
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("sdn-csv-(\\d{4})-(\\d{2})(?:-(\\d{2}))?")
              .matcher(d.getFileName().toString());
          Path sdn = d.resolve("sdn.csv");
          if (m.matches() && Files.isRegularFile(sdn)) {
            java.time.LocalDate date = java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
            // A folder holding only sdn.csv is read alone, so side files of another date never mix in.
            found.put(date, d);
          }
        }
      }
    }
    if (found.isEmpty()) {
      reference.require("ofac/sdn.csv");
    }
    return found;
  }

  private static Map<Path, java.time.LocalDate> ofacSnapshots(io.tailwatch.formats.ReferenceData reference)
      throws IOException, io.tailwatch.formats.ReferenceData.MissingReferenceDataException {
    Map<Path, java.time.LocalDate> ordered = new java.util.LinkedHashMap<>();
    ofacByDate(reference).forEach((date, path) -> ordered.put(path, date));
    return ordered;
  }

  /** The demo owns its directory: it starts from an empty store every run, but never touches another store. */
  private static void resetDemoStore(Path dir) throws IOException, UserException {
    Path store = dir.resolve(Store.FILE_NAME);
    if (Files.exists(store) && !Files.exists(dir.resolve(MARKER))) {
      throw new UserException(dir + " holds a store that is not the demo's; the demo will not overwrite it. "
          + "Give the demo its own --data directory.");
    }
    Files.createDirectories(dir);
    Files.deleteIfExists(store);
    Files.deleteIfExists(dir.resolve(Store.FILE_NAME + ".wal"));
    Files.writeString(dir.resolve(MARKER), "This directory is tailwatch demo's; every demo run resets it.\n");
  }

  private static void report(IngestResult r) {
    Progress.log("ingested " + r.added() + " " + r.kind() + " records from " + r.path());
  }

  private static void summary(PrintStream out, List<Leg> legs, List<Alert> alerts, Path dir) {
    out.println("tailwatch demo: the seed story, end to end");
    out.println("Simulated tracks; facts from the two seed articles and the OFAC SDN list (see docs/demo.md).");
    out.println();
    out.println("Flights: " + legs.size() + " legs rebuilt from simulated positions.");
    java.util.Set<String> flagged = new java.util.HashSet<>();
    alerts.forEach(a -> flagged.add(a.caseId()));
    for (Leg leg : legs) {
      if (flagged.contains(leg.id())) {
        out.println("  ! " + Printer.leg(leg));
      }
    }
    out.println("  (" + (legs.size() - legs.stream().filter(l -> flagged.contains(l.id())).count())
        + " ordinary legs raised no alert)");
    out.println();
    out.println("Alerts: " + alerts.size() + ", in " + Printer.byCase(alerts).size() + " cases");
    for (Map.Entry<String, List<Alert>> c : Printer.byCase(alerts).entrySet()) {
      out.println();
      out.println("Case " + c.getKey() + ":");
      for (Alert a : c.getValue()) {
        Printer.alertSummary(out, a);
      }
    }
    out.println();
    out.println("Read an alert's evidence chain: ./tailwatch explain --data " + dir + " ALERT_ID");
  }
}
