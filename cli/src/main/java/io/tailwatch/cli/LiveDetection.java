package io.tailwatch.cli;

import io.tailwatch.detect.Alert;
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
 */
final class LiveDetection {
  static final long MIN_INTERVAL_MS = 60_000;

  private final Store store;
  private final CommonOptions options;
  private final Map<String, Integer> seen = new HashMap<>();
  private long lastRun = Long.MIN_VALUE / 2;
  private Analysis analysis;

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
        analysis = new Analysis(store, options.airports(), options.watchedAreas(), options.rules(),
            options.addressAllocation());
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
    } catch (Exception e) {
      // A failed run must not stop the feed; the next batch tries again.
      Progress.log("live detection failed, will retry: " + (e.getMessage() == null ? e : e.getMessage()));
    }
  }
}
