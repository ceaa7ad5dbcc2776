package io.tailwatch.store;

import io.tailwatch.detect.Alert;
import io.tailwatch.detect.Detection;
import io.tailwatch.detect.DetectionInput;
import io.tailwatch.detect.DetectionRules;
import io.tailwatch.flights.AirportIndex;
import io.tailwatch.flights.CoverageMap;
import io.tailwatch.flights.FlightTracker;
import io.tailwatch.flights.Leg;
import io.tailwatch.geo.WatchedArea;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.surveillance.AddressAllocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the pipeline over what the store holds: positions to flights, then flights, knowledge and manifests to
 * alerts, and writes both back. The same core classes run over a live feed; this is the batch form.
 */
public final class Analysis {
  private final Store store;
  private final AirportIndex airports;
  private final List<WatchedArea> areas;
  private final DetectionRules rules;
  private final AddressAllocation addresses;

  public Analysis(Store store, AirportIndex airports, List<WatchedArea> areas, DetectionRules rules,
      AddressAllocation addresses) {
    this.store = store;
    this.airports = airports;
    this.areas = List.copyOf(areas);
    this.rules = rules;
    this.addresses = addresses;
  }

  /**
   * Rebuilds all flight legs from the stored positions and stores them. Two passes: the first learns where receivers
   * hear aircraft (the {@link CoverageMap} that judges transponder gaps), the second rebuilds the legs.
   */
  public List<Leg> rebuildFlights() {
    CoverageMap coverage = new CoverageMap(5);
    store.forEachPosition(r -> {
      if (r.hasPosition()) {
        coverage.record(r.lat(), r.lon(), r.altitude(), r.icao24());
      }
    });
    List<Leg> legs = new ArrayList<>();
    FlightTracker tracker = new FlightTracker(airports, FlightTracker.Settings.defaults(), coverage, legs::add);
    store.forEachPosition(tracker::accept);
    tracker.flush();
    legs.sort((a, b) -> a.departure().compareTo(b.departure()));
    store.replaceLegs(legs);
    return legs;
  }

  /** Runs every detector over the stored flights, entities and manifests, and stores the alerts. */
  public List<Alert> detect(List<Leg> legs) {
    EntityGraph graph = store.graph();
    DetectionInput input = new DetectionInput(legs, graph, airports, areas, store.manifests(), rules,
        store.firstPositionTime().orElse(null), addresses);
    List<Alert> alerts = Detection.standard().run(input);
    store.upsertAlerts(alerts);
    return alerts;
  }
}
