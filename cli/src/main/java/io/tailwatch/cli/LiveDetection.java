package io.tailwatch.cli;

import io.tailwatch.detect.Alert;
import io.tailwatch.detect.DetectionRules;
import io.tailwatch.flights.AirportIndex;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.rules.RulesReader;
import io.tailwatch.geo.WatchedArea;
import io.tailwatch.surveillance.AddressAllocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import io.tailwatch.flights.Leg;
import io.tailwatch.store.Analysis;
import io.tailwatch.store.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Detection while a live feed is ingested: after a committed batch, flights are rebuilt from the store and every
 * detector runs, at most once per {@value #MIN_INTERVAL_MS} ms (detection reads the whole store; a fixed pace keeps
 * the feed ahead of it). Alerts new since the last run, or seen again more often, are printed as they appear;
 * analysts' decisions on alerts are kept by the store across runs.
 *
 * <p>The rules file is read again when it changes: the next run applies it, with the flights, the alerts already
 * printed and the decisions kept. A rules file that no longer reads is reported and the rules before it stay.
 */
final class LiveDetection {
  static final long MIN_INTERVAL_MS = 60_000;

  private final Store store;
  private final CommonOptions options;
  private final Map<String, Integer> seen = new HashMap<>();
  private long lastRun = Long.MIN_VALUE / 2;
  private Analysis analysis;
  private DetectionRules rules;
  private FileTime rulesModified;
  private AirportIndex airports;
  private List<WatchedArea> areas;
  private AddressAllocation addresses;

  LiveDetection(Store store, CommonOptions options) {
    this.store = store;
    this.options = options;
  }

  /** Runs detection when the interval has passed, or now when {@code force} (the feed ended). */
  void maybeRun(boolean force) {
    long now = System.currentTimeMillis();
    if (!force && now - lastRun < MIN_INTERVAL_MS) {
      return;
    }
    lastRun = now;
    try {
      if (analysis == null) {
        airports = options.airports();
        areas = options.watchedAreas();
        addresses = options.addressAllocation();
        rulesModified = modified(options.rulesFile());
        rules = options.rules();
        analysis = new Analysis(store, airports, areas, rules, addresses);
      } else if (rulesChanged()) {
        analysis = new Analysis(store, airports, areas, rules, addresses);
      }
      List<Leg> legs = analysis.rebuildFlights();
      List<Alert> alerts = analysis.detect(legs);
      Progress.log("live detection: " + legs.size() + " flight legs, " + alerts.size() + " alerts");
      for (Alert a : alerts) {
        Integer before = seen.put(a.id(), a.count());
        if (before == null || before < a.count()) {
          Printer.alertSummary(System.out, a);
        }
      }
      System.out.flush();
    } catch (InputFormatException e) {
      Progress.log("live detection: " + e.getMessage());
    } catch (Exception e) {
      // A failed run must not stop the feed; the next batch tries again.
      Progress.log("live detection failed, will retry: " + (e.getMessage() == null ? e : e.getMessage()));
    }
  }

  /** Whether the rules file changed and read well; a file that does not read leaves the rules as they were. */
  private boolean rulesChanged() {
    Path file = options.rulesFile();
    FileTime now = modified(file);
    if (file == null || now == null || now.equals(rulesModified)) {
      return false;
    }
    rulesModified = now;
    try {
      rules = RulesReader.read(file);
      Progress.log("live detection: rules changed, applying " + file);
      return true;
    } catch (IOException | InputFormatException e) {
      Progress.log("live detection: keeping the rules in effect; " + file + " does not read: " + e.getMessage());
      return false;
    }
  }

  private static FileTime modified(Path file) {
    try {
      return file == null ? null : Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return null;
    }
  }
}
