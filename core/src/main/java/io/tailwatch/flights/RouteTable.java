package io.tailwatch.flights;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Origin-destination pairs flown per operator, built leg by leg in event-time order: when each was first and last
 * flown, how often, and its longest pause, so that a route re-opened after years (Mahan Air's Tehran-Caracas in
 * 2019) stands out. The operator is the callsign's ICAO designator (three letters and a digit: IRM5072), or the
 * aircraft's address for private flights. Legs without a known origin or destination are not routes and are left
 * out.
 *
 * <p>Status, with a pause (the rules' {@code route_pause_days}) and the start of surveillance history:
 * <ul>
 *   <li><b>new</b>: first flown at least a pause after history began (before that, a route first seen is not new,
 *       tailwatch simply had not looked);
 *   <li><b>re-opened</b>: flown again after a silence of at least a pause; the status dates from the flight that
 *       ended the most recent such silence, and wins over "new".
 * </ul>
 * Incremental: {@link #add} in departure order; cost O(1) per leg, memory one entry per route.
 */
public final class RouteTable {
  /** Default pause: a year, as in the shipped rules. */
  public static final Duration DEFAULT_PAUSE = Duration.ofDays(365);

  public enum Status {
    NEW, REOPENED;

    public String key() {
      return this == NEW ? "new" : "re-opened";
    }
  }

  /**
   * One route as flown so far. {@code longestPause} ends at {@code reopenedAt}, the first flight after it;
   * {@code status} is null for a route that is neither new nor re-opened.
   */
  public record Route(String operator, String origin, String destination, Instant firstFlown, Instant lastFlown,
      int flights, Duration longestPause, Instant reopenedAt, Status status, Instant statusSince,
      List<String> legIds) {

    public Route {
      legIds = List.copyOf(legIds);
    }
  }

  private final Map<String, Builder> routes = new LinkedHashMap<>();
  private final Duration pause;
  private final Instant observedSince;
  private Instant since;

  /**
   * @param pause         silence after which a route flown again is re-opened, and history needed to call one new
   * @param observedSince when surveillance history began (null: at the first leg added)
   */
  public RouteTable(Duration pause, Instant observedSince) {
    this.pause = pause;
    this.observedSince = observedSince;
  }

  public RouteTable() {
    this(DEFAULT_PAUSE, null);
  }

  public void add(Leg leg) {
    if (since == null) {
      since = observedSince != null ? observedSince : leg.departure();
    }
    if (leg.origin() == null || leg.destination() == null || leg.origin().equals(leg.destination())) {
      return;
    }
    String operator = operator(leg);
    String key = operator + ' ' + leg.origin() + ' ' + leg.destination();
    routes.computeIfAbsent(key, k -> new Builder(operator, leg.origin(), leg.destination())).add(leg);
  }

  /** The operator a leg is flown for: its callsign's airline designator, else its address. */
  public static String operator(Leg leg) {
    String designator = Callsigns.designator(leg.callsign());
    return designator != null ? designator : leg.icao24Hex().toLowerCase(Locale.ROOT);
  }

  public static RouteTable of(List<Leg> legs) {
    return of(legs, DEFAULT_PAUSE, null);
  }

  public static RouteTable of(List<Leg> legs, Duration pause, Instant observedSince) {
    RouteTable table = new RouteTable(pause, observedSince);
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

  private final class Builder {
    final String operator;
    final String origin;
    final String destination;
    final List<String> legIds = new ArrayList<>();
    Instant first;
    Instant last;
    int flights;
    Duration longestPause = Duration.ZERO;
    Instant reopenedAt;
    Instant lastReopening;

    Builder(String operator, String origin, String destination) {
      this.operator = operator;
      this.origin = origin;
      this.destination = destination;
    }

    void add(Leg leg) {
      Instant departure = leg.departure();
      if (first == null) {
        first = departure;
      } else {
        Duration gap = Duration.between(last, departure);
        if (gap.compareTo(longestPause) > 0) {
          longestPause = gap;
          reopenedAt = departure;
        }
        if (gap.compareTo(pause) >= 0) {
          lastReopening = departure;
        }
      }
      last = departure;
      flights++;
      legIds.add(leg.id());
    }

    Route build() {
      Status status = null;
      Instant statusSince = null;
      if (lastReopening != null) {
        status = Status.REOPENED;
        statusSince = lastReopening;
      } else if (Duration.between(since, first).compareTo(pause) >= 0) {
        status = Status.NEW;
        statusSince = first;
      }
      return new Route(operator, origin, destination, first, last, flights, longestPause, reopenedAt, status,
          statusSince, legIds);
    }
  }
}
