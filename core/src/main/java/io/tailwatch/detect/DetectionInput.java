package io.tailwatch.detect;

import io.tailwatch.flights.AirportIndex;
import io.tailwatch.flights.Journey;
import io.tailwatch.flights.Leg;
import io.tailwatch.geo.WatchedArea;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.surveillance.AddressAllocation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything detectors look at: the flights, what is known about who flies them, the watched areas and
 * manifests, and the rules. {@code observedSince} is the start of the surveillance history, which decides
 * whether a route can be called new. {@code addresses} (ICAO's allocation of Mode S address blocks to states) may be
 * null when the reference data lacks it.
 */
public record DetectionInput(
    List<Leg> legs,
    EntityGraph graph,
    AirportIndex airports,
    List<WatchedArea> areas,
    List<ManifestEntry> manifests,
    DetectionRules rules,
    Instant observedSince,
    AddressAllocation addresses) {

  /** Without the address allocation table: the address-state check is skipped. */
  public DetectionInput(List<Leg> legs, EntityGraph graph, AirportIndex airports, List<WatchedArea> areas,
      List<ManifestEntry> manifests, DetectionRules rules, Instant observedSince) {
    this(legs, graph, airports, areas, manifests, rules, observedSince, null);
  }

  public List<Journey> journeys() {
    return Journey.of(legs, Duration.ofHours(rules.maxStopoverHours()).toSeconds());
  }
}
