package io.tailwatch.flights;

import io.tailwatch.geo.Geo;
import io.tailwatch.surveillance.StateVector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Rebuilds flight legs from position reports, incrementally and in event time, keyed by aircraft.
 *
 * <p>Design: one small state object per aircraft holds the last accepted report and the leg being built;
 * nothing else is kept, so memory is bounded by the number of aircraft in view, not by reports seen. The same
 * instance serves a file (call {@link #flush()} at the end) and a live feed (call {@link #closeIdle(long)}
 * periodically). Reports must arrive in event-time order per aircraft; a report older than the last accepted
 * one of its aircraft is counted and dropped.
 *
 * <p>Rules, in the order applied to each report:
 * <ol>
 *   <li>Outliers: a position implying more than {@link Settings#maxSpeedMps} from the last accepted one is
 *       dropped (a jump no aircraft can fly).
 *   <li>Ground contact: the on-ground flag, or slower than {@link Settings#groundSpeedMps} and lower than
 *       {@link Settings#groundAltitudeM} (landings on receivers that never set the flag).
 *   <li>Airborne after ground contact within {@link Settings#maxGapMs}: an observed take-off. Ground contact
 *       while a leg is open: an observed landing. Airports come from {@link AirportIndex#match}.
 *   <li>Airborne silences longer than {@link Settings#gapMs} are transponder gaps inside the leg when the
 *       aircraft plausibly flew on (both ends high, average speed across the silence at least
 *       {@link Settings#continuationSpeedRatio} of the speed before it); otherwise the leg ends at the last
 *       report and a new one begins, with airports inferred from low positions at either side.
 * </ol>
 */
public final class FlightTracker {

  /** Thresholds of the segmentation rules; the defaults suit fixed-wing traffic seen by ADS-B receivers. */
  public record Settings(
      double maxSpeedMps,
      double groundSpeedMps,
      double groundAltitudeM,
      long gapMs,
      long maxGapMs,
      double continuationSpeedRatio,
      double lowAltitudeM,
      long idleMs) {

    public static Settings defaults() {
      return new Settings(
          400, // about Mach 1.2 at altitude: faster than any airliner even with a jet stream
          36, // 70 kt: below every jet's rotation speed
          600,
          5 * 60_000L,
          18 * 3_600_000L, // a long ocean crossing out of coverage still counts as one leg
          0.4,
          1_500, // below this a first or last report is close enough to an airport to infer it
          30 * 60_000L);
    }
  }

  private final AirportIndex airports;
  private final Settings settings;
  private final Consumer<Leg> sink;
  private final Map<Integer, AircraftState> aircraft = new HashMap<>();
  private long outliers;
  private long lateReports;

  public FlightTracker(AirportIndex airports, Settings settings, Consumer<Leg> sink) {
    this.airports = airports;
    this.settings = settings;
    this.sink = sink;
  }

  /** Runs a whole batch of reports (any order) and returns its legs, ordered by aircraft and time. */
  public static List<Leg> legsOf(List<StateVector> reports, AirportIndex airports, Settings settings) {
    List<StateVector> sorted = new ArrayList<>(reports);
    sorted.sort((a, b) -> a.icao24() != b.icao24()
        ? Integer.compare(a.icao24(), b.icao24())
        : Long.compare(a.timeMs(), b.timeMs()));
    List<Leg> legs = new ArrayList<>();
    FlightTracker tracker = new FlightTracker(airports, settings, legs::add);
    sorted.forEach(tracker::accept);
    tracker.flush();
    return legs;
  }

  public void accept(StateVector report) {
    AircraftState state = aircraft.computeIfAbsent(report.icao24(), k -> new AircraftState());
    if (report.callsign() != null && !report.callsign().isBlank()) {
      state.callsign = report.callsign().trim();
    }
    if (!report.hasPosition()) {
      return;
    }
    StateVector last = state.last;
    if (last != null) {
      long dt = report.timeMs() - last.timeMs();
      if (dt < 0) {
        lateReports++;
        return;
      }
      double km = Geo.distanceKm(last.lat(), last.lon(), report.lat(), report.lon());
      if (km > 2 && km * 1000 / Math.max(dt / 1000.0, 1) > settings.maxSpeedMps) {
        outliers++;
        return;
      }
    }
    boolean ground = isGroundContact(report);
    LegBuilder leg = state.leg;
    if (leg == null) {
      if (!ground) {
        state.leg = openLeg(state, report, last);
      }
    } else if (ground) {
      closeLeg(state, report, true);
    } else {
      long silence = report.timeMs() - last.timeMs();
      if (silence > settings.gapMs) {
        if (flewOn(last, report, silence)) {
          leg.gaps.add(new Gap(Instant.ofEpochMilli(last.timeMs()), last.lat(), last.lon(),
              Instant.ofEpochMilli(report.timeMs()), report.lat(), report.lon(),
              Geo.distanceKm(last.lat(), last.lon(), report.lat(), report.lon())));
        } else {
          closeLeg(state, last, false);
          state.leg = openLeg(state, report, null);
        }
      }
      if (state.leg != null) {
        state.leg.add(report, state.callsign);
      }
    }
    state.last = report;
    state.lastGround = ground;
  }

  /** Ends the legs of aircraft silent for longer than the idle time before {@code nowMs} (live feeds). */
  public void closeIdle(long nowMs) {
    for (var it = aircraft.entrySet().iterator(); it.hasNext(); ) {
      AircraftState state = it.next().getValue();
      if (state.last != null && nowMs - state.last.timeMs() > settings.idleMs) {
        if (state.leg != null) {
          closeLeg(state, state.last, false);
        }
        it.remove();
      }
    }
  }

  /** Ends every open leg: the end of a file. */
  public void flush() {
    for (AircraftState state : aircraft.values()) {
      if (state.leg != null) {
        closeLeg(state, state.last, false);
      }
    }
    aircraft.clear();
  }

  public int activeAircraft() {
    return aircraft.size();
  }

  public long outliers() {
    return outliers;
  }

  public long lateReports() {
    return lateReports;
  }

  private boolean isGroundContact(StateVector r) {
    if (r.onGround()) {
      return true;
    }
    double alt = r.altitude();
    return !Double.isNaN(r.velocity()) && r.velocity() < settings.groundSpeedMps
        && (Double.isNaN(alt) || alt < settings.groundAltitudeM);
  }

  private boolean flewOn(StateVector before, StateVector after, long silenceMs) {
    if (silenceMs > settings.maxGapMs) {
      return false;
    }
    if (isLow(before) || isLow(after)) {
      return false;
    }
    double km = Geo.distanceKm(before.lat(), before.lon(), after.lat(), after.lon());
    double averageMps = km * 1000 / (silenceMs / 1000.0);
    double speedBefore = Double.isNaN(before.velocity()) ? after.velocity() : before.velocity();
    return Double.isNaN(speedBefore) || averageMps >= settings.continuationSpeedRatio * speedBefore;
  }

  private boolean isLow(StateVector r) {
    double alt = r.altitude();
    return !Double.isNaN(alt) && alt < settings.lowAltitudeM;
  }

  private LegBuilder openLeg(AircraftState state, StateVector first, StateVector previous) {
    LegBuilder leg = new LegBuilder(first, state.callsign);
    boolean tookOff = previous != null && state.lastGround
        && first.timeMs() - previous.timeMs() <= settings.maxGapMs;
    if (tookOff) {
      leg.takeoff = Instant.ofEpochMilli(first.timeMs());
      leg.origin = airportAt(previous.lat(), previous.lon(), first.heading()).orElse(null);
    } else if (isLow(first)) {
      leg.origin = airportAt(first.lat(), first.lon(), first.heading()).orElse(null);
      leg.originInferred = leg.origin != null;
    }
    return leg;
  }

  private void closeLeg(AircraftState state, StateVector end, boolean landed) {
    LegBuilder leg = state.leg;
    state.leg = null;
    if (landed) {
      StateVector approach = state.last;
      double track = approach != null ? approach.heading() : end.heading();
      leg.landing = Instant.ofEpochMilli(end.timeMs());
      leg.destination = airportAt(end.lat(), end.lon(), track).orElse(null);
    } else if (isLow(end)) {
      leg.destination = airportAt(end.lat(), end.lon(), end.heading()).orElse(null);
      leg.destinationInferred = leg.destination != null;
    }
    sink.accept(leg.build(end));
  }

  private Optional<String> airportAt(double lat, double lon, double track) {
    return airports.match(lat, lon, track).map(Airport::ident);
  }

  private static final class AircraftState {
    StateVector last;
    boolean lastGround;
    String callsign;
    LegBuilder leg;
  }

  private static final class LegBuilder {
    final StateVector first;
    final List<Gap> gaps = new ArrayList<>(0);
    String callsign;
    String origin;
    boolean originInferred;
    String destination;
    boolean destinationInferred;
    Instant takeoff;
    Instant landing;
    StateVector last;
    int positions;
    double maxAltitude = Double.NaN;

    LegBuilder(StateVector first, String callsign) {
      this.first = first;
      this.callsign = callsign;
      add(first, callsign);
    }

    void add(StateVector r, String currentCallsign) {
      if (callsign == null) {
        callsign = currentCallsign;
      }
      last = r;
      positions++;
      double alt = r.altitude();
      if (!Double.isNaN(alt) && !(alt <= maxAltitude)) {
        maxAltitude = alt;
      }
    }

    Leg build(StateVector end) {
      StateVector tail = end.timeMs() >= last.timeMs() ? end : last;
      return new Leg(first.icao24(), callsign, origin, originInferred, destination, destinationInferred,
          takeoff, landing, Instant.ofEpochMilli(first.timeMs()), Instant.ofEpochMilli(tail.timeMs()),
          first.lat(), first.lon(), tail.lat(), tail.lon(), maxAltitude, positions, List.copyOf(gaps));
    }
  }
}
