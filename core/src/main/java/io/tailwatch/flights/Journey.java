package io.tailwatch.flights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive legs of one aircraft joined where it stopped on the ground only briefly at the airport where the
 * next leg began: Tehran-Damascus-Caracas is one journey of two legs with a stopover in Damascus.
 */
public record Journey(List<Leg> legs) {

  public Journey {
    legs = List.copyOf(legs);
  }

  public Leg first() {
    return legs.get(0);
  }

  public Leg last() {
    return legs.get(legs.size() - 1);
  }

  public String origin() {
    return first().origin();
  }

  public String destination() {
    return last().destination();
  }

  public Instant departure() {
    return first().departure();
  }

  public Instant arrival() {
    return last().arrival();
  }

  /** Airports of the intermediate stops, in order. */
  public List<String> stopovers() {
    List<String> stops = new ArrayList<>();
    for (int i = 0; i + 1 < legs.size(); i++) {
      stops.add(legs.get(i).destination());
    }
    return stops;
  }

  /**
   * Joins legs (any order) into journeys. Two legs of one aircraft join when the first landed where the second
   * took off and the ground stop lasted at most {@code maxStopSeconds}.
   */
  public static List<Journey> of(List<Leg> legs, long maxStopSeconds) {
    List<Leg> sorted = new ArrayList<>(legs);
    sorted.sort((a, b) -> a.icao24() != b.icao24()
        ? Integer.compare(a.icao24(), b.icao24())
        : a.departure().compareTo(b.departure()));
    List<Journey> journeys = new ArrayList<>();
    List<Leg> current = new ArrayList<>();
    for (Leg leg : sorted) {
      if (!current.isEmpty()) {
        Leg previous = current.get(current.size() - 1);
        boolean joins = previous.icao24() == leg.icao24()
            && previous.destination() != null
            && previous.destination().equals(leg.origin())
            && leg.departure().getEpochSecond() - previous.arrival().getEpochSecond() <= maxStopSeconds;
        if (!joins) {
          journeys.add(new Journey(current));
          current = new ArrayList<>();
        }
      }
      current.add(leg);
    }
    if (!current.isEmpty()) {
      journeys.add(new Journey(current));
    }
    journeys.sort((a, b) -> a.departure().compareTo(b.departure()));
    return journeys;
  }
}
