package io.tailwatch.cli;

import io.tailwatch.detect.Alert;
import io.tailwatch.flights.Leg;
import io.tailwatch.store.Analysis;
import io.tailwatch.store.Store;
import io.tailwatch.web.JsonViews;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tailwatch detect}: rebuilds flights from the store, runs every detector, stores and prints alerts. */
@Command(name = "detect", description = "Rebuild flights and run every detector over the store.",
    mixinStandardHelpOptions = true)
final class DetectCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Option(names = "--json", description = "One JSON object per alert on stdout.")
  boolean json;

  @Option(names = "--since", paramLabel = "TIME", description = "Only print alerts at or after this ISO-8601 time.")
  Instant since;

  @Override
  public Integer call() throws Exception {
    try (Store store = options.openStore()) {
      Analysis analysis = new Analysis(store, options.airports(), options.watchedAreas(), options.rules(),
          options.addressAllocation());
      List<Leg> legs = analysis.rebuildFlights();
      List<Alert> alerts = analysis.detect(legs);
      Progress.log(legs.size() + " flight legs, " + alerts.size() + " alerts");
      for (Alert a : alerts) {
        if (since != null && a.time().isBefore(since)) {
          continue;
        }
        if (json) {
          JsonOut.line(JsonViews.alert(store.alert(a.id()).orElseThrow()));
        } else {
          Printer.alertSummary(System.out, a);
        }
      }
    }
    return 0;
  }
}
