package io.tailwatch.flights;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Origin-destination pairs flown per operator, built leg by leg in event-time order: when each was first and last
 * flown, how often, and its longest pause, so that a route re-opened after years (Mahan Air's Tehran-Caracas in
 * 2019) stands out. The operator is the callsign's ICAO designator, or the aircraft's address for private flights.
 * Legs without a known origin or destination are not routes and are left out.
 */
public final class RouteTable {
  private final Map<String, Builder> routes = new LinkedHashMap<>();

  /** One route as flown so far. {@code longestPause} ends at {@code reopenedAt}, the first flight after it. */
  public record Route(String operator, String origin, String destination, Instant firstFlown, Instant lastFlown,
      int flights, Duration longestPause, Instant reopenedAt) {}

  public void add(Leg leg) {
    if (leg.origin() == null || leg.destination() == null || leg.origin().equals(leg.destination())) {
      return;
    }
    String designator = Callsigns.designator(leg.callsign());
    String operator = designator != null ? designator : leg.icao24Hex();
    String key = operator + ' ' + leg.origin() + ' ' + leg.destination();
    routes.computeIfAbsent(key, k -> new Builder(operator, leg.origin(), leg.destination())).add(leg.departure());
  }

  public static RouteTable of(List<Leg> legs) {
    RouteTable table = new RouteTable();
    legs.stream().sorted(Comparator.comparing(Leg::departure)).forEach(table::add);
    return table;
  }

  /** Routes, most recently flown first. */
  public List<Route> routes() {
    List<Route> out = new ArrayList<>();
    routes.values().forEach(b -> out.add(b.build()));
    out.sort(Comparator.comparing(Route::lastFlown).reversed().thenComparing(Route::operator));
    return out;
  }

  private static final class Builder {
    final String operator;
    final String origin;
    final String destination;
    Instant first;
    Instant last;
    int flights;
    Duration longestPause = Duration.ZERO;
    Instant reopenedAt;

    Builder(String operator, String origin, String destination) {
      this.operator = operator;
      this.origin = origin;
      this.destination = destination;
    }

    void add(Instant departure) {
      if (first == null) {
        first = departure;
      } else {
        Duration pause = Duration.between(last, departure);
        if (pause.compareTo(longestPause) > 0) {
          longestPause = pause;
          reopenedAt = departure;
        }
      }
      last = departure;
      flights++;
    }

    Route build() {
      return new Route(operator, origin, destination, first, last, flights, longestPause, reopenedAt);
    }
  }
}
