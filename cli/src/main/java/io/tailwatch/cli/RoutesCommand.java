package io.tailwatch.cli;

import io.tailwatch.detect.DetectionRules;
import io.tailwatch.flights.Journey;
import io.tailwatch.flights.Leg;
import io.tailwatch.flights.RouteTable;
import io.tailwatch.store.Analysis;
import io.tailwatch.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tailwatch routes [--journeys] [--json]}: origin-destination pairs per operator, or journeys with stops. */
@Command(name = "routes", mixinStandardHelpOptions = true,
    description = "Routes flown per operator (first and last flown, flights, longest pause), or with --journeys the "
        + "legs joined through short ground stops (Tehran - Damascus - Caracas).")
final class RoutesCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Option(names = "--json", description = "One JSON object per route or journey.")
  boolean json;

  @Option(names = "--journeys", description = "Journeys instead of routes.")
  boolean journeys;

  @Option(names = "--max-stop-hours", paramLabel = "H",
      description = "Longest ground stop inside a journey (default: the rules' maxStopoverHours).")
  Integer maxStopHours;

  @Override
  public Integer call() throws Exception {
    DetectionRules rules = options.rules();
    List<Leg> legs;
    try (Store store = options.openStore()) {
      legs = new Analysis(store, options.airports(), List.of(), rules, null).rebuildFlights();
    }
    if (journeys) {
      long stop = Duration.ofHours(maxStopHours != null ? maxStopHours : rules.maxStopoverHours()).toSeconds();
      for (Journey j : Journey.of(new ArrayList<>(legs), stop)) {
        if (j.legs().size() < 2) {
          continue;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("icao24", j.first().icao24Hex());
        m.put("callsign", j.first().callsign());
        m.put("origin", j.origin());
        m.put("stopovers", j.stopovers());
        m.put("destination", j.destination());
        m.put("departure", j.departure().toString());
        m.put("arrival", j.arrival().toString());
        m.put("legs", j.legs().stream().map(Leg::id).toList());
        if (json) {
          JsonOut.line(m);
        } else {
          System.out.println(m.get("icao24") + " " + m.get("callsign") + "  " + j.origin() + " -> "
              + String.join(" -> ", j.stopovers()) + " -> " + j.destination() + "  " + j.departure() + " .. "
              + j.arrival());
        }
      }
      return 0;
    }
    for (RouteTable.Route r : RouteTable.of(legs).routes()) {
      double pauseDays = r.longestPause().toHours() / 24.0;
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("operator", r.operator());
        m.put("origin", r.origin());
        m.put("destination", r.destination());
        m.put("first_flown", r.firstFlown().toString());
        m.put("last_flown", r.lastFlown().toString());
        m.put("flights", r.flights());
        m.put("longest_pause_days", Math.round(pauseDays * 10) / 10.0);
        m.put("reopened_at", r.reopenedAt() == null ? null : r.reopenedAt().toString());
        JsonOut.line(m);
      } else {
        System.out.printf(Locale.ROOT, "%-6s %s -> %s  %d flights  %s .. %s%s%n", r.operator(), r.origin(),
            r.destination(), r.flights(), r.firstFlown(), r.lastFlown(),
            r.flights() > 1 ? String.format(Locale.ROOT, "  longest pause %.0f days, until %s", pauseDays,
                r.reopenedAt()) : "");
      }
    }
    return 0;
  }
}
