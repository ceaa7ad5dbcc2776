package io.tailwatch.flights;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.surveillance.StateVector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flights written as a few positions; airports as two fields with runways. */
class FlightTrackerTest {
  // Two airports 300 km apart on the equator, each with one east-west runway.
  static final Airport WEST = airport("WWST", 0, 0);
  static final Airport EAST = airport("EEST", 0, 2.7);
  static final AirportIndex AIRPORTS = new AirportIndex(List.of(WEST, EAST));
  static final long T0 = Instant.parse("2022-05-13T12:00:00Z").toEpochMilli();

  static Airport airport(String ident, double lat, double lon) {
    Runway runway = new Runway("09", "27", lat, lon - 0.015, lat, lon + 0.015, 90, 10_000, false);
    return new Airport(ident, "large_airport", ident, lat, lon, 100, "XX", null, null, List.of(runway));
  }

  static StateVector at(long minutes, double lat, double lon, double altitudeM, double speed, boolean ground) {
    return new StateVector(T0 + minutes * 60_000, 0xabc123, lat, lon, speed, 90, 0, "TST123", ground, null,
        ground ? Double.NaN : altitudeM, Double.NaN);
  }

  static List<Leg> legs(List<StateVector> reports) {
    return FlightTracker.legsOf(reports, AIRPORTS, FlightTracker.Settings.defaults());
  }

  @Test
  void takeOffCruiseAndLandingMakeOneLegBetweenTwoAirports() {
    List<StateVector> r = new ArrayList<>();
    r.add(at(0, 0, 0, 0, 5, true));
    r.add(at(1, 0, 0.01, 300, 80, false));
    for (int m = 2; m < 20; m++) {
      r.add(at(m, 0, 0.01 + m * 0.135, 10_000, 230, false));
    }
    r.add(at(21, 0, 2.69, 200, 75, false));
    r.add(at(22, 0, 2.7, 0, 20, true));

    List<Leg> legs = legs(r);

    assertThat(legs).hasSize(1);
    Leg leg = legs.get(0);
    assertThat(leg.origin()).isEqualTo("WWST");
    assertThat(leg.destination()).isEqualTo("EEST");
    assertThat(leg.originInferred()).isFalse();
    assertThat(leg.takeoff()).isEqualTo(Instant.ofEpochMilli(T0 + 60_000));
    assertThat(leg.landing()).isEqualTo(Instant.ofEpochMilli(T0 + 22 * 60_000));
    assertThat(leg.gaps()).isEmpty();
  }

  @Test
  void landingWithoutOnGroundFlagIsSeenFromLowAndSlowReports() {
    List<StateVector> r = new ArrayList<>();
    r.add(at(0, 0, 2.2, 3_000, 150, false));
    r.add(at(3, 0, 2.62, 300, 70, false));
    r.add(at(4, 0, 2.7, 50, 30, false));

    Leg leg = legs(r).get(0);

    assertThat(leg.destination()).isEqualTo("EEST");
    assertThat(leg.landing()).isNotNull();
  }

  @Test
  void silenceAtCruiseThatTheAircraftCouldHaveFlownIsAGapNotANewLeg() {
    List<StateVector> r = new ArrayList<>();
    r.add(at(0, 0, 0.3, 10_000, 230, false));
    r.add(at(1, 0, 0.45, 10_000, 230, false));
    r.add(at(11, 0, 1.7, 10_000, 230, false)); // 10 min dark, ~140 km flown: consistent with 230 m/s
    r.add(at(12, 0, 1.85, 10_000, 230, false));

    List<Leg> legs = legs(r);

    assertThat(legs).hasSize(1);
    assertThat(legs.get(0).gaps()).singleElement().satisfies(g -> {
      assertThat(g.duration().toMinutes()).isEqualTo(10);
      assertThat(g.distanceKm()).isBetween(130.0, 150.0);
    });
  }

  @Test
  void silenceEndingLowAtAnotherPlaceSplitsTheLegAndInfersAirports() {
    List<StateVector> r = new ArrayList<>();
    r.add(at(0, 0, 2.6, 800, 90, false)); // climbing out of EEST, take-off not seen
    r.add(at(1, 0, 2.5, 1_200, 110, false));
    r.add(at(180, 0, 0.05, 600, 80, false)); // three hours later, low near WWST: it landed and flew again
    r.add(at(181, 0, 0.2, 1_400, 110, false));

    List<Leg> legs = legs(r);

    assertThat(legs).hasSize(2);
    assertThat(legs.get(0).origin()).isEqualTo("EEST");
    assertThat(legs.get(0).originInferred()).isTrue();
    assertThat(legs.get(1).origin()).isEqualTo("WWST");
    assertThat(legs.get(1).originInferred()).isTrue();
  }

  @Test
  void aPositionJumpNoAircraftCanFlyIsDropped() {
    FlightTracker tracker = new FlightTracker(AIRPORTS, FlightTracker.Settings.defaults(), leg -> { });
    tracker.accept(at(0, 0, 0.5, 10_000, 230, false));
    tracker.accept(at(1, 10, 0.5, 10_000, 230, false)); // 1,100 km in a minute
    tracker.accept(at(2, 0, 0.77, 10_000, 230, false));

    assertThat(tracker.outliers()).isEqualTo(1);
  }

  @Test
  void reportsOlderThanTheLastAcceptedAreCountedAndDropped() {
    FlightTracker tracker = new FlightTracker(AIRPORTS, FlightTracker.Settings.defaults(), leg -> { });
    tracker.accept(at(5, 0, 0.5, 10_000, 230, false));
    tracker.accept(at(4, 0, 0.4, 10_000, 230, false));

    assertThat(tracker.lateReports()).isEqualTo(1);
  }

  @Test
  void idleAircraftAreClosedOnALiveFeed() {
    List<Leg> out = new ArrayList<>();
    FlightTracker tracker = new FlightTracker(AIRPORTS, FlightTracker.Settings.defaults(), out::add);
    tracker.accept(at(0, 0, 0.5, 10_000, 230, false));
    tracker.closeIdle(T0 + 60 * 60_000);

    assertThat(out).hasSize(1);
    assertThat(tracker.activeAircraft()).isZero();
  }
}
