package io.tailwatch.cli;

import io.tailwatch.detect.DetectionRules;
import io.tailwatch.flights.Journey;
import io.tailwatch.flights.Leg;
import io.tailwatch.flights.RouteTable;
import io.tailwatch.store.Analysis;
import io.tailwatch.store.Store;
import io.tailwatch.web.JsonViews;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tailwatch routes [--journeys] [--json]}: origin-destination pairs per operator, or journeys with stops. */
@Command(name = "routes", mixinStandardHelpOptions = true,
    description = "Routes flown per operator (first and last flown, flights, longest pause, new or re-opened after "
        + "the rules' route_pause_days), or with --journeys the legs joined through short ground stops (Tehran - "
        + "Damascus - Caracas).")
final class RoutesCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Option(names = "--json", description = "One JSON object per route or journey.")
  boolean json;

  @Option(names = "--journeys", description = "Journeys instead of routes.")
  boolean journeys;

  @Option(names = "--max-stop-hours", paramLabel = "H",
      description = "Longest ground stop inside a journey (default: the rules' max_stopover_hours).")
  Integer maxStopHours;

  @Override
  public Integer call() throws Exception {
    DetectionRules rules = options.rules();
    List<Leg> legs;
    Instant observedSince;
    try (Store store = options.openStore()) {
      legs = new Analysis(store, options.airports(), List.of(), rules, null).rebuildFlights();
      observedSince = store.firstPositionTime().orElse(null);
    }
    if (journeys) {
      long stop = Duration.ofHours(maxStopHours != null ? maxStopHours : rules.maxStopoverHours()).toSeconds();
      for (Journey j : Journey.of(new ArrayList<>(legs), stop)) {
        if (j.legs().size() < 2) {
          continue;
        }
        if (json) {
          JsonOut.line(JsonViews.journey(j));
        } else {
          System.out.println(j.first().icao24Hex() + " " + j.first().callsign() + "  " + j.origin() + " -> "
              + String.join(" -> ", j.stopovers()) + " -> " + j.destination() + "  " + j.departure() + " .. "
              + j.arrival());
        }
      }
      return 0;
    }
    RouteTable table = RouteTable.of(legs, Duration.ofDays(rules.routePauseDays()), observedSince);
    for (RouteTable.Route r : table.routes()) {
      if (json) {
        JsonOut.line(JsonViews.route(r));
      } else {
        double pauseDays = r.longestPause().toHours() / 24.0;
        System.out.printf(Locale.ROOT, "%-6s %s -> %s  %d flights  %s .. %s%s%s%n", r.operator(), r.origin(),
            r.destination(), r.flights(), r.firstFlown(), r.lastFlown(),
            r.flights() > 1 ? String.format(Locale.ROOT, "  longest pause %.0f days, until %s", pauseDays,
                r.reopenedAt()) : "",
            r.status() == null ? "" : "  " + r.status().key().toUpperCase(Locale.ROOT) + " " + r.statusSince());
      }
    }
    return 0;
  }
}
