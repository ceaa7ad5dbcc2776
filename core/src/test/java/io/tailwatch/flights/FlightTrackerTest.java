package io.tailwatch.flights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailwatch.sim.FlightPlan;
import io.tailwatch.sim.TrackSimulator;
import io.tailwatch.surveillance.StateVector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Flights written as a few positions, or simulated; airports as fields with one runway each. */
class FlightTrackerTest {
  // Two airports 300 km apart on the equator, each with one east-west runway, field elevation 100 ft.
  static final Airport WEST = airport("WWST", 0, 0);
  static final Airport EAST = airport("EEST", 0, 2.7);
  static final Airport NORTH = airport("NNTH", 1.2, 1.8); // an alternate north of the route, for diversions
  static final AirportIndex AIRPORTS = new AirportIndex(List.of(WEST, EAST, NORTH));
  static final long T0 = Instant.parse("2022-05-13T12:00:00Z").toEpochMilli();
  static final FlightTracker.Settings SETTINGS = FlightTracker.Settings.defaults();

  static Airport airport(String ident, double lat, double lon) {
    Runway runway = new Runway("09", "27", lat, lon - 0.015, lat, lon + 0.015, 90, 10_000, false);
    return new Airport(ident, "large_airport", ident, lat, lon, 100, "XX", null, null, List.of(runway));
  }

  static StateVector at(double minutes, double lat, double lon, double altitudeM, double speed, double vertRate,
      boolean ground) {
    return new StateVector(T0 + Math.round(minutes * 60_000), 0xabc123, lat, lon, speed, 90, vertRate, "TST123",
        ground, null, ground ? Double.NaN : altitudeM, Double.NaN);
  }

  static StateVector at(double minutes, double lat, double lon, double altitudeM, double speed, boolean ground) {
    return at(minutes, lat, lon, altitudeM, speed, 0, ground);
  }

  static List<Leg> legs(List<StateVector> reports) {
    return FlightTracker.legsOf(reports, AIRPORTS, SETTINGS);
  }

  /** Cruise from WWST toward EEST at 10 km, one report a minute, from minute {@code from} to {@code to}. */
  static void cruise(List<StateVector> r, int from, int to) {
    for (int m = from; m < to; m++) {
      r.add(at(m, 0, 0.01 + m * 0.125, 10_000, 230, false));
    }
  }

  @Test
  void takeOffCruiseAndLandingMakeOneLegBetweenTwoAirports() {
    List<StateVector> r = new ArrayList<>();
    r.add(at(0, 0, 0, 0, 5, true));
    r.add(at(1, 0, 0.01, 300, 80, 10, false));
    cruise(r, 2, 20);
    r.add(at(21, 0, 2.69, 200, 75, -4, false));
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
  void aSimulatedFlightWithoutAnyOnGroundFlagIsTakenOffAndLandedFromAltitudeAndSpeed() {
    FlightPlan plan = new FlightPlan(0xabc123, "TST123", 0, 0, 0, 2.7, Instant.ofEpochMilli(T0), 9_000, 220);
    List<StateVector> flagged = new TrackSimulator(7, (lat, lon) -> true).simulate(plan);
    // A receiver that never sets the flag and reports the field's pressure altitude on the ground instead.
    List<StateVector> unflagged = flagged.stream().map(s -> s.onGround()
        ? new StateVector(s.timeMs(), s.icao24(), s.lat(), s.lon(), s.velocity(), s.heading(), 0, s.callsign(),
            false, null, 30, Double.NaN) : s).toList();

    Leg withFlag = legs(flagged).get(0);
    List<Leg> legs = legs(unflagged);

    assertThat(legs).hasSize(1);
    Leg leg = legs.get(0);
    assertThat(List.of(leg.origin(), leg.destination())).containsExactly("WWST", "EEST");
    assertThat(leg.originInferred() || leg.destinationInferred()).isFalse();
    assertThat(leg.takeoff()).isEqualTo(withFlag.takeoff());
    assertThat(Duration.between(withFlag.landing(), leg.landing()).abs()).isLessThanOrEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aTouchAndGoDoesNotEndTheLegButAFullStopDoes() {
    List<StateVector> r = new ArrayList<>();
    r.add(at(0, 0, 0, 0, 5, true));
    r.add(at(1, 0, 0.01, 300, 80, 10, false));
    cruise(r, 2, 20);
    r.add(at(21, 0, 2.68, 150, 70, -4, false));
    // Wheels on the runway for 20 seconds at landing speed, then up again: a touch-and-go.
    r.add(at(21.3, 0, 2.695, 0, 60, true));
    r.add(at(21.5, 0, 2.705, 0, 62, true));
    r.add(at(21.6, 0, 2.712, 40, 68, 6, false));
    r.add(at(24, 0, 2.76, 300, 75, 0, false));
    r.add(at(28, 0, 2.69, 150, 70, -4, false));
    r.add(at(28.5, 0, 2.698, 0, 60, true));
    r.add(at(29, 0, 2.703, 0, 25, true));
    r.add(at(30, 0, 2.705, 0, 8, true));

    List<Leg> legs = legs(r);

    assertThat(legs).singleElement().satisfies(leg -> {
      assertThat(leg.touchAndGoes()).isEqualTo(1);
      assertThat(leg.destination()).isEqualTo("EEST");
      assertThat(leg.landing()).isEqualTo(Instant.ofEpochMilli(T0 + 28 * 60_000 + 30_000));
    });
  }

  @Test
  void aGoAroundWithoutTouchingDownIsNoLanding() {
    List<StateVector> r = new ArrayList<>();
    r.add(at(0, 0, 0, 0, 5, true));
    r.add(at(1, 0, 0.01, 300, 80, 10, false));
    cruise(r, 2, 20);
    r.add(at(21, 0, 2.66, 120, 70, -4, false));
    r.add(at(21.5, 0, 2.69, 50, 72, -3, false)); // 50 m over the runway, not slowing: the go-around
    r.add(at(22, 0, 2.72, 200, 75, 8, false));
    r.add(at(26, 0, 2.75, 400, 80, 0, false));
    r.add(at(29, 0, 2.68, 150, 70, -4, false));
    r.add(at(29.5, 0, 2.7, 0, 50, true));
    r.add(at(30.5, 0, 2.704, 0, 8, true));

    List<Leg> legs = legs(r);

    assertThat(legs).singleElement().satisfies(leg -> {
      assertThat(leg.touchAndGoes()).isZero();
      assertThat(leg.landing()).isEqualTo(Instant.ofEpochMilli(T0 + 29 * 60_000 + 30_000));
      assertThat(leg.destination()).isEqualTo("EEST");
    });
  }

  @Test
  void aDiversionEndsWhereTheAircraftLandedNotWhereItWasHeaded() {
    List<StateVector> r = new ArrayList<>();
    r.add(at(0, 0, 0, 0, 5, true));
    r.add(at(1, 0, 0.01, 300, 80, 10, false));
    cruise(r, 2, 12); // toward EEST...
    for (int m = 12; m < 20; m++) { // ...then north to the alternate
      r.add(at(m, 0.15 * (m - 11), 1.5 + 0.03 * (m - 11), 6_000 - 650 * (m - 11), 150, -10, false));
    }
    r.add(at(20, 1.19, 1.78, 150, 70, -4, false));
    r.add(at(20.5, 1.2, 1.795, 0, 40, true));
    r.add(at(21.5, 1.2, 1.80, 0, 8, true));

    Leg leg = legs(r).get(0);

    assertThat(leg.origin()).isEqualTo("WWST");
    assertThat(leg.destination()).isEqualTo("NNTH");
    assertThat(leg.destinationInferred()).isFalse();
  }

  @Test
  void aFlightAcrossTheAntimeridianIsOneLegWithItsGapMeasuredTheShortWay() {
    Airport fiji = airport("FIJI", -17.75, 177.44);
    Airport samoa = airport("SAMO", -13.83, -171.99);
    AirportIndex pacific = new AirportIndex(List.of(fiji, samoa));
    FlightPlan plan = new FlightPlan(0x123456, "FJI123", -17.75, 177.44, -13.83, -171.99,
        Instant.ofEpochMilli(T0), 11_000, 240);
    // Receivers near both islands only: open ocean between them.
    List<StateVector> reports = new TrackSimulator(3, (lat, lon) ->
        Math.abs(lon - 177.44) < 2.5 || Math.abs(lon + 171.99) < 2.5).simulate(plan);

    List<Leg> legs = FlightTracker.legsOf(reports, pacific, SETTINGS);

    assertThat(legs).singleElement().satisfies(leg -> {
      assertThat(List.of(leg.origin(), leg.destination())).containsExactly("FIJI", "SAMO");
      assertThat(leg.gaps()).singleElement().satisfies(gap -> {
        assertThat(gap.distanceKm()).isBetween(500.0, 800.0); // not the 39,000 km the long way round
        assertThat(gap.suspicious()).isFalse();
        assertThat(gap.reason()).startsWith("coverage hole");
      });
    });
  }

  @Test
  void twoReceiversWithSkewedClocksGiveTheSameLegAsOne() {
    FlightPlan plan = new FlightPlan(0xabc123, "TST123", 0, 0, 0, 2.7, Instant.ofEpochMilli(T0), 9_000, 220);
    List<StateVector> one = new TrackSimulator(11, (lat, lon) -> true).simulate(plan);
    // The second receiver hears the same messages, its clock 3 s behind, and about half of them.
    Random random = new Random(5);
    List<StateVector> both = new ArrayList<>(one);
    for (StateVector s : one) {
      if (random.nextBoolean()) {
        both.add(new StateVector(s.timeMs() - 3_000, s.icao24(), s.lat(), s.lon(), s.velocity(), s.heading(),
            s.vertRate(), s.callsign(), s.onGround(), null, s.baroAltitude(), s.geoAltitude()));
      }
      if (random.nextInt(4) == 0) { // and sometimes the very same report twice
        both.add(s);
      }
    }
    both.sort(Comparator.comparingLong(StateVector::timeMs));
    List<Leg> merged = new ArrayList<>();
    FlightTracker tracker = new FlightTracker(AIRPORTS, SETTINGS, merged::add);
    both.forEach(tracker::accept);
    tracker.flush();

    Leg alone = legs(one).get(0);
    assertThat(merged).singleElement().satisfies(leg -> {
      assertThat(List.of(leg.origin(), leg.destination())).containsExactly("WWST", "EEST");
      assertThat(Duration.between(alone.takeoff(), leg.takeoff()).abs()).isLessThanOrEqualTo(Duration.ofSeconds(3));
      assertThat(Duration.between(alone.landing(), leg.landing()).abs()).isLessThanOrEqualTo(Duration.ofSeconds(3));
    });
    assertThat(tracker.outliers()).isZero();
    assertThat(tracker.duplicates() + tracker.reordered()).isPositive();
    assertThat(tracker.lateReports()).isZero();
  }

  @Test
  void aCallsignChangedInFlightIsTheSameLegWithBothCallsigns() {
    List<StateVector> r = new ArrayList<>();
    r.add(at(0, 0, 0, 0, 5, true));
    cruise(r, 1, 20);
    for (int i = 10; i < r.size(); i++) {
      StateVector s = r.get(i);
      r.set(i, new StateVector(s.timeMs(), s.icao24(), s.lat(), s.lon(), s.velocity(), s.heading(), s.vertRate(),
          "IRM5072", s.onGround(), null, s.baroAltitude(), s.geoAltitude()));
    }

    assertThat(legs(r)).singleElement().satisfies(leg -> {
      assertThat(leg.callsign()).isEqualTo("TST123");
      assertThat(leg.callsigns()).containsExactly("TST123", "IRM5072");
    });
  }

  @Test
  void aPositionJumpNoAircraftCanFlyIsDropped() {
    FlightTracker tracker = new FlightTracker(AIRPORTS, SETTINGS, leg -> { });
    tracker.accept(at(0, 0, 0.5, 10_000, 230, false));
    tracker.accept(at(1, 10, 0.5, 10_000, 230, false)); // 1,100 km in a minute
    tracker.accept(at(2, 0, 0.77, 10_000, 230, false));

    assertThat(tracker.outliers()).isEqualTo(1);
  }

  @Test
  void anAltitudeSpikeIsDroppedAndDoesNotSplitTheLeg() {
    List<StateVector> r = new ArrayList<>();
    cruise(r, 0, 10);
    r.add(at(4.5, 0, 0.01 + 4.5 * 0.125, 19_000, 230, false)); // 9 km higher for a moment
    List<Leg> out = new ArrayList<>();
    FlightTracker tracker = new FlightTracker(AIRPORTS, SETTINGS, out::add);
    r.stream().sorted(Comparator.comparingLong(StateVector::timeMs)).forEach(tracker::accept);
    tracker.flush();

    assertThat(tracker.outliers()).isEqualTo(1);
    assertThat(out).singleElement().satisfies(leg -> assertThat(leg.maxAltitudeM()).isEqualTo(10_000));
  }

  @Test
  void aBadFirstPositionIsAbandonedOnceLaterReportsAgreeWithEachOther() {
    List<Leg> out = new ArrayList<>();
    FlightTracker tracker = new FlightTracker(AIRPORTS, SETTINGS, out::add);
    tracker.accept(at(0, 40, 0.5, 10_000, 230, false)); // a decoding error 4,400 km away
    for (int m = 1; m < 10; m++) {
      tracker.accept(at(m, 0, 0.01 + m * 0.125, 10_000, 230, false));
    }
    tracker.flush();

    assertThat(tracker.outliers()).isEqualTo(FlightTracker.REANCHOR_AFTER);
    assertThat(out).singleElement().satisfies(leg -> {
      assertThat(leg.firstLat()).isEqualTo(0);
      assertThat(leg.positions()).isEqualTo(10 - FlightTracker.REANCHOR_AFTER);
    });
  }

  @Test
  void anAddressHeardFromTwoPlacesAtOnceIsAConflictOnTheLeg() {
    // The flight cruises east on the equator; a second transmitter with the same address flies 5 degrees north
    // (550 km away), both heard every minute, half a minute apart.
    List<StateVector> r = new ArrayList<>();
    cruise(r, 0, 20);
    for (int m = 5; m < 12; m++) {
      r.add(at(m + 0.5, 5, 1.0 + m * 0.125, 11_000, 230, false));
    }
    List<Leg> out = legs(r);

    assertThat(out).singleElement().satisfies(leg -> {
      assertThat(leg.positions()).isEqualTo(20);
      assertThat(leg.conflicts()).singleElement().satisfies(c -> {
        assertThat(c.time()).isEqualTo(Instant.ofEpochMilli(T0 + Math.round(7.5 * 60_000)));
        assertThat(c.otherLat()).isEqualTo(5);
        assertThat(c.lat()).isEqualTo(0);
        assertThat(c.distanceKm()).isBetween(500.0, 600.0);
        assertThat(c.reports()).isEqualTo(7);
      });
    });
  }

  @Test
  void scatteredBadPositionsAndAReanchoredTrackAreNoConflict() {
    List<StateVector> r = new ArrayList<>();
    cruise(r, 0, 20);
    r.add(at(3.5, 10, 0.5, 10_000, 230, false)); // decoding errors far apart from one another
    r.add(at(6.5, -20, 30, 10_000, 230, false));
    r.add(at(9.5, 40, -60, 10_000, 230, false));
    r.add(at(12.5, 5, 50, 10_000, 230, false));
    assertThat(legs(r)).singleElement().satisfies(leg -> assertThat(leg.conflicts()).isEmpty());

    List<Leg> out = new ArrayList<>();
    FlightTracker tracker = new FlightTracker(AIRPORTS, SETTINGS, out::add);
    tracker.accept(at(0, 40, 0.5, 10_000, 230, false)); // one bad first position, then the real track
    for (int m = 1; m < 10; m++) {
      tracker.accept(at(m, 0, 0.01 + m * 0.125, 10_000, 230, false));
    }
    tracker.flush();
    assertThat(out).allSatisfy(leg -> assertThat(leg.conflicts()).isEmpty());
  }

  @Test
  void reportsOlderThanTheLastAcceptedAreCountedAndDropped() {
    FlightTracker tracker = new FlightTracker(AIRPORTS, SETTINGS, leg -> { });
    tracker.accept(at(5, 0, 0.5, 10_000, 230, false));
    tracker.accept(at(4, 0, 0.4, 10_000, 230, false));
    tracker.accept(at(5, 0, 0.5, 10_000, 230, false));

    assertThat(tracker.lateReports()).isEqualTo(1);
    assertThat(tracker.duplicates()).isEqualTo(1);
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
  void aLongSilenceEndingInAClimbOutOfAnotherFieldSplitsTheLegAndInfersAirports() {
    List<StateVector> r = new ArrayList<>();
    r.add(at(0, 0, 2.68, 250, 90, 8, false)); // climbing out of EEST, take-off not seen
    r.add(at(1, 0, 2.6, 700, 110, 8, false));
    r.add(at(180, 0, 0.02, 200, 80, 8, false)); // three hours later climbing out of WWST: it landed and flew again
    r.add(at(181, 0, 0.1, 600, 100, 8, false));

    List<Leg> legs = legs(r);

    assertThat(legs).hasSize(2);
    assertThat(legs.get(0).origin()).isEqualTo("EEST");
    assertThat(legs.get(0).originInferred()).isTrue();
    assertThat(legs.get(0).destination()).isNull();
    assertThat(legs.get(1).origin()).isEqualTo("WWST");
    assertThat(legs.get(1).originInferred()).isTrue();
  }

  @Test
  void aReloadStopSeenOnlyAsASilenceBetweenApproachAndClimbOutSplitsTheLegAtTheField() {
    List<StateVector> r = new ArrayList<>();
    r.add(at(0, 0, 1.5, 3_000, 120, 0, false));
    r.add(at(8, 0, 2.66, 250, 65, -5, false)); // on final into EEST, lost by the receivers below 250 m
    r.add(at(18, 0, 2.76, 400, 75, 7, false)); // ten minutes later climbing out of EEST
    r.add(at(25, 0, 1.9, 3_000, 120, 0, false));

    List<Leg> legs = legs(r);

    assertThat(legs).hasSize(2);
    assertThat(legs.get(0).destination()).isEqualTo("EEST");
    assertThat(legs.get(0).destinationInferred()).isTrue();
    assertThat(legs.get(0).landing()).isNull();
    assertThat(legs.get(1).origin()).isEqualTo("EEST");
  }

  @Test
  void aSilenceInCoveredAirspaceIsSuspiciousAndOneOverAnOceanIsNot() {
    CoverageMap coverage = new CoverageMap(5);
    // Twenty other aircraft heard all along the route over land (longitudes 0 to 1.6), none further east.
    for (int a = 0; a < 20; a++) {
      for (double lon = 0; lon <= 1.6; lon += 0.1) {
        coverage.record(0, lon, 10_000, 0x400000 + a);
      }
    }
    List<Leg> out = new ArrayList<>();
    FlightTracker tracker = new FlightTracker(AIRPORTS, SETTINGS, coverage, out::add);
    tracker.accept(at(0, 0, 0.2, 10_000, 230, false));
    tracker.accept(at(1, 0, 0.325, 10_000, 230, false));
    tracker.accept(at(9, 0, 1.325, 10_000, 230, false)); // 8 min dark over covered land
    tracker.accept(at(10, 0, 1.45, 10_000, 230, false));
    tracker.accept(at(19, 0, 2.575, 10_000, 230, false)); // 9 min dark, ending beyond coverage
    tracker.flush();

    List<Gap> gaps = out.get(0).gaps();
    assertThat(gaps).hasSize(2);
    assertThat(gaps.get(0).suspicious()).isTrue();
    assertThat(gaps.get(0).coveredShare()).isCloseTo(1.0, within(1e-9));
    assertThat(gaps.get(0).reason()).startsWith("dark for 8 min over 111 km in covered airspace");
    assertThat(gaps.get(1).suspicious()).isFalse();
    assertThat(gaps.get(1).reason()).startsWith("coverage hole: where it reappeared only 0 other aircraft");
  }

  @Test
  void idleAircraftAreClosedOnALiveFeed() {
    List<Leg> out = new ArrayList<>();
    FlightTracker tracker = new FlightTracker(AIRPORTS, SETTINGS, out::add);
    tracker.accept(at(0, 0, 0.5, 10_000, 230, false));
    tracker.closeIdle(T0 + 60 * 60_000);

    assertThat(out).hasSize(1);
    assertThat(tracker.activeAircraft()).isZero();
  }
}
