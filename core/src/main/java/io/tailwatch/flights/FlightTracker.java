package io.tailwatch.flights;

import io.tailwatch.geo.Geo;
import io.tailwatch.surveillance.StateVector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rebuilds flight legs from position reports, incrementally and in event time, keyed by aircraft.
 *
 * <p>Design: one small state per aircraft (primitive fields: the last accepted report, a ground streak, the leg
 * being built) in an open-addressing table keyed by the 24-bit address; nothing else is kept, so memory is bounded
 * by the aircraft in view (about 300 bytes each), not by the reports seen. Accepting a report allocates nothing
 * unless it opens or closes a leg, records a gap or changes the callsign. Airports are consulted only at
 * transitions. The same instance serves a file ({@link #flush()} at the end) and a live feed
 * ({@link #closeIdle(long)} now and then). Not thread-safe; shard by address to use several cores.
 *
 * <p>Rules, in the order applied to each report of an aircraft:
 * <ol>
 *   <li><b>Order.</b> Reports must come in event-time order per aircraft. One with the time of the last accepted
 *       report is a duplicate (two receivers heard the same message); an older one within
 *       {@link Settings#clockToleranceMs} came from a receiver with a skewed clock; both are counted and dropped, as
 *       are older ones.
 *   <li><b>Outliers.</b> A position further from the last accepted one than {@link Settings#maxSpeedMps} allows
 *       over the elapsed time (plus the clock tolerance), or an altitude change faster than
 *       {@link Settings#maxVerticalMps}, is dropped. When {@value #REANCHOR_AFTER} dropped reports in a row agree
 *       with one another, the last accepted report was the odd one: the track restarts from them.
 *   <li><b>Ground.</b> A report is on the ground when it says so, or when it is slower than
 *       {@link Settings#taxiSpeedMps}, within {@link Settings#groundRadiusKm} of a field and no higher than
 *       {@link Settings#groundHeightM} above it (receivers that never set the flag; helicopters).
 *   <li><b>Landing, touch-and-go.</b> Ground contact while a leg is open starts a ground streak. Airborne again
 *       within {@link Settings#touchAndGoMs} of a flagged contact, never slower than taxi speed: a touch-and-go,
 *       counted in the leg. A streak without the flag that ends within {@link Settings#hoverConfirmMs}: a hover or
 *       a low pass, ignored. Anything else is a landing, timed at the first report at field level; the leg ends
 *       there and the next airborne report is a take-off from the same field.
 *   <li><b>Silences</b> of at least {@link Settings#gapMs} while airborne, in this order: a <em>stop</em> when the
 *       aircraft went dark on an approach to a field (at most {@link Settings#lowHeightM} above it, or
 *       {@link Settings#pairedHeightBeforeM} when it also reappeared climbing out of the same field within
 *       {@link Settings#pairedHeightAfterM}), or reappeared climbing out of one, or flew out of coverage toward a
 *       field and back ({@link Vicinity#roundTrip}), with time enough to get there and stand for
 *       {@link Settings#minStopMs}: the leg ends at that field and the next begins there (both inferred). A silence
 *       longer than {@link Settings#loiterMs} that the aircraft could not have spent flying on (average speed across
 *       it under {@link Settings#continuationSpeedRatio} of its speed), or longer than {@link Settings#maxGapMs}:
 *       the leg ends, airports inferred only from low ends. Otherwise a {@link Gap} inside the leg, judged by the
 *       {@link CoverageMap}.
 *   <li><b>Ends.</b> A leg whose take-off was not seen takes its origin from a first report low and climbing near a
 *       field; one whose landing was not seen takes its destination from a last report low and descending near a
 *       field (both flagged inferred).
 * </ol>
 */
public final class FlightTracker {
  static final int REANCHOR_AFTER = 3;
  /** Dropped reports that agree with one another, with accepted ones between them, that make a second transmitter. */
  static final int CONFLICT_AFTER = 3;
  /** A second transmitter this close to the aircraft may be one position error; further is another place. */
  static final double CONFLICT_MIN_KM = 30;
  /** Dropped reports further apart in time than this do not make one track. */
  static final long SHADOW_WINDOW_MS = 600_000;
  /** Conflicts kept per leg: enough to show that it went on, bounded for a leg heard from two places all day. */
  static final int MAX_CONFLICTS_PER_LEG = 10;

  /**
   * Thresholds of the rules above. The defaults suit ADS-B and OpenSky data of jets, turboprops and helicopters,
   * including sparse archives with minutes between reports; each is explained where {@link #defaults()} sets it.
   */
  public record Settings(
      double maxSpeedMps,
      double maxVerticalMps,
      long clockToleranceMs,
      double taxiSpeedMps,
      double groundHeightM,
      double groundRadiusKm,
      double lowHeightM,
      double pairedHeightBeforeM,
      double pairedHeightAfterM,
      double verticalRateMps,
      long gapMs,
      long minStopMs,
      long loiterMs,
      double continuationSpeedRatio,
      long maxGapMs,
      long touchAndGoMs,
      long hoverConfirmMs,
      long idleMs) {

    public static Settings defaults() {
      return new Settings(
          400, // about Mach 1.2 at altitude: faster than any airliner even with a jet stream
          150, // 30,000 ft/min: beyond any climb or dive; an altitude jumping faster is a decoding error
          5_000, // receivers' clocks disagree by up to a few seconds
          15, // 30 kt: taxi or hover; no aircraft flies this slowly except helicopters, which then are low
          150, // barometric (pressure) altitude differs from height by up to ~150 m with the weather
          2.5, // from a runway centreline or helipad
          300, // ~1,000 ft: on a final approach within a minute's flight of the field
          600, // when both ends of a silence point at the same field, a higher approach still counts...
          900, // ...and a climb-out that is already higher (tankers are lost by receivers below ~1,500 ft)
          2.5, // 500 ft/min: clearly descending or climbing
          5 * 60_000L, // shorter silences are ordinary in OpenSky archives and are not reported as gaps
          2 * 60_000L, // the shortest stop: a tanker hot-reloading with engines running
          90 * 60_000L, // dark for longer than this, an aircraft that did not fly on somewhere has landed
          0.4, // flying on: the average speed across a silence is at least this share of the speed before it
          18 * 3_600_000L, // a long ocean crossing out of coverage still counts as one leg
          90_000L, // a touch-and-go rolls for seconds, not minutes
          3 * 60_000L, // a helicopter slow and low for this long (or silent after) has landed, not hovered
          30 * 60_000L); // live feeds: an aircraft silent this long has its leg closed
    }
  }

  private final AirportIndex airports;
  private final Vicinity vicinity;
  private final Settings settings;
  private final CoverageMap coverage;
  private final Consumer<Leg> sink;
  private Track[] table = new Track[256];
  private int size;
  private long outliers;
  private long lateReports;
  private long reordered;
  private long duplicates;

  public FlightTracker(AirportIndex airports, Settings settings, Consumer<Leg> sink) {
    this(airports, settings, new CoverageMap(5), sink);
  }

  /**
   * @param coverage where receivers hear aircraft; the tracker adds every accepted position to it, so a map built
   *                 in a first pass (or from earlier days) makes the gap verdicts of the first hours meaningful
   */
  public FlightTracker(AirportIndex airports, Settings settings, CoverageMap coverage, Consumer<Leg> sink) {
    this.airports = airports;
    this.settings = settings;
    this.coverage = coverage;
    this.sink = sink;
    this.vicinity = new Vicinity(airports, settings);
  }

  /**
   * Runs a whole batch of reports (any order) and returns its legs, ordered by aircraft and time. Two passes: the
   * first learns coverage from every position, the second rebuilds the legs in time order.
   */
  public static List<Leg> legsOf(List<StateVector> reports, AirportIndex airports, Settings settings) {
    CoverageMap coverage = new CoverageMap(5);
    for (StateVector r : reports) {
      if (r.hasPosition()) {
        coverage.record(r.lat(), r.lon(), r.altitude(), r.icao24());
      }
    }
    StateVector[] sorted = reports.toArray(new StateVector[0]);
    Arrays.sort(sorted, Comparator.comparingLong(StateVector::timeMs));
    List<Leg> legs = new ArrayList<>();
    FlightTracker tracker = new FlightTracker(airports, settings, coverage, legs::add);
    for (StateVector r : sorted) {
      tracker.accept(r);
    }
    tracker.flush();
    legs.sort(Comparator.comparingInt(Leg::icao24).thenComparing(Leg::firstSeen));
    return legs;
  }

  public CoverageMap coverage() {
    return coverage;
  }

  public void accept(StateVector r) {
    Track tr = track(r.icao24());
    String callsign = r.callsign();
    if (callsign != null && !callsign.isEmpty() && !callsign.equals(tr.callsign)) {
      tr.callsign = callsign;
      if (tr.leg != null) {
        tr.leg.noteCallsign(callsign);
      }
    }
    if (!r.hasPosition()) {
      return;
    }
    long t = r.timeMs();
    double alt = r.altitude();
    if (tr.seen) {
      long dt = t - tr.t;
      if (dt <= 0) {
        if (dt == 0) {
          duplicates++;
        } else if (-dt <= settings.clockToleranceMs()) {
          reordered++;
        } else {
          lateReports++;
        }
        return;
      }
      if (!plausible(tr.t, tr.lat, tr.lon, tr.alt, t, r.lat(), r.lon(), alt)) {
        outliers++;
        boolean followsDropped = tr.shadowed > 0 && t > tr.rejT && t - tr.rejT <= SHADOW_WINDOW_MS
            && plausible(tr.rejT, tr.rejLat, tr.rejLon, tr.rejAlt, t, r.lat(), r.lon(), alt);
        boolean agrees = tr.rejected > 0 && followsDropped;
        tr.rejected = agrees ? tr.rejected + 1 : 1;
        tr.shadowed = followsDropped ? tr.shadowed + 1 : 1;
        if (tr.shadowed == 1) {
          tr.shadowLeg = null;
        }
        if (tr.shadowed >= CONFLICT_AFTER && tr.rejected < tr.shadowed && tr.leg != null) {
          // Dropped reports agreeing with one another while accepted ones came between: a second transmitter.
          double km = Geo.distanceKm(tr.lat, tr.lon, r.lat(), r.lon());
          if (km >= CONFLICT_MIN_KM) {
            tr.leg.noteConflict(tr.shadowLeg != tr.leg, t, tr.lat, tr.lon, r.lat(), r.lon(), km, tr.shadowed);
            tr.shadowLeg = tr.leg;
          }
        }
        tr.rejT = t;
        tr.rejLat = r.lat();
        tr.rejLon = r.lon();
        tr.rejAlt = alt;
        if (tr.rejected < REANCHOR_AFTER) {
          return;
        }
        reanchor(tr);
      } else {
        tr.rejected = 0;
      }
    }
    int cell = CoverageMap.cell(r.lat(), r.lon(), alt);
    if (cell != tr.cell) { // an aircraft stays minutes in a cell; recording it again there would change nothing
      coverage.record(cell, tr.icao24);
      tr.cell = cell;
    }
    step(tr, r, t, alt, tr.seen ? fastDistanceKm(tr.lat, tr.lon, r.lat(), r.lon()) : 0);
  }

  /** Ends the legs of aircraft silent for longer than the idle time before {@code nowMs} (live feeds). */
  public void closeIdle(long nowMs) {
    Track[] old = table;
    table = new Track[old.length];
    size = 0;
    for (Track tr : old) {
      if (tr == null) {
        continue;
      }
      if (tr.seen && nowMs - tr.t > settings.idleMs()) {
        finish(tr);
      } else {
        insert(tr);
      }
    }
  }

  /** Ends every open leg: the end of a file. */
  public void flush() {
    for (Track tr : table) {
      if (tr != null) {
        finish(tr);
      }
    }
    table = new Track[256];
    size = 0;
  }

  public int activeAircraft() {
    return size;
  }

  /** Reports dropped as impossible jumps in position or altitude. */
  public long outliers() {
    return outliers;
  }

  /** Reports older than the last accepted one of their aircraft by more than the clock tolerance. */
  public long lateReports() {
    return lateReports;
  }

  /** Reports older than the last accepted one within the clock tolerance (receivers with skewed clocks). */
  public long reordered() {
    return reordered;
  }

  /** Reports with the same time as the last accepted one (the same message from two receivers). */
  public long duplicates() {
    return duplicates;
  }

  // --- the state machine -------------------------------------------------------------------------------------

  private void step(Track tr, StateVector r, long t, double alt, double moved) {
    double speed = r.velocity();
    long dt = tr.seen ? t - tr.t : 0;
    if (Double.isNaN(speed) && tr.seen && dt > 0 && dt <= 120_000) {
      speed = moved * 1e6 / dt;
    }
    double vr = r.vertRate();
    if (Double.isNaN(vr) && tr.seen && dt > 0 && dt <= 120_000 && !Double.isNaN(alt) && !Double.isNaN(tr.alt)) {
      vr = (alt - tr.alt) * 1000 / dt;
    }
    boolean flagged = r.onGround();
    // Without the flag: slower than taxi speed low near a field, or level at field level and slower than a take-off
    // or landing roll (the surface reports of some archives carry altitude 0 and a ground speed, but no flag).
    boolean ground = flagged
        || speed < Vicinity.ROLL_SPEED_MPS && !(Math.abs(vr) >= Vicinity.LEVEL_RATE_MPS)
            && vicinity.atFieldLevel(r.lat(), r.lon(), alt)
        || speed < settings.taxiSpeedMps() && vicinity.groundAt(r.lat(), r.lon(), alt, Double.NaN) != null;
    // The course is computed only for ground reports (runway alignment), never for every position.
    double course = ground ? courseTo(tr, r, moved, dt) : Double.NaN;

    if (tr.leg == null) {
      if (ground) {
        groundReport(tr, t, r.lat(), r.lon(), speed, flagged, course);
      } else {
        openLeg(tr, r, t, alt, speed, vr);
      }
    } else if (tr.onGround) {
      if (ground && t - tr.groundLast > settings.hoverConfirmMs()) {
        // Silent on the ground and seen on the ground again: the landing is long over, this is a new ground spell.
        closeLanded(tr);
        tr.onGround = false;
        groundReport(tr, t, r.lat(), r.lon(), speed, flagged, course);
      } else if (ground) {
        tr.leg.add(t, r.lat(), r.lon(), alt);
        groundReport(tr, t, r.lat(), r.lon(), speed, flagged, course);
        if (fullStop(tr)) {
          closeLanded(tr);
        }
      } else {
        long streak = tr.groundLast - tr.groundSince;
        boolean touchAndGo = tr.groundFlagged && streak <= settings.touchAndGoMs()
            && tr.groundMinSpeed >= settings.taxiSpeedMps() && t - tr.groundLast < settings.gapMs();
        boolean hover = !tr.groundFlagged && t - tr.groundSince < settings.hoverConfirmMs();
        if (touchAndGo || hover) {
          if (touchAndGo) {
            tr.leg.touchAndGoes++;
          }
          tr.onGround = false;
          tr.leg.add(t, r.lat(), r.lon(), alt);
        } else {
          closeLanded(tr);
          openLeg(tr, r, t, alt, speed, vr);
        }
      }
    } else if (ground && t - tr.t > settings.loiterMs()) {
      // Dark for longer than it loiters, seen again on the ground: it landed unseen, perhaps elsewhere, and this is a
      // new spell on the ground. The leg ends at its last report.
      closeInferred(tr);
      tr.onGround = false;
      groundReport(tr, t, r.lat(), r.lon(), speed, flagged, course);
    } else if (ground) {
      tr.leg.add(t, r.lat(), r.lon(), alt);
      tr.onGround = false;
      groundReport(tr, t, r.lat(), r.lon(), speed, flagged, course);
      if (fullStop(tr)) {
        closeLanded(tr);
      }
    } else {
      long silence = t - tr.t;
      if (silence >= settings.gapMs()) {
        silence(tr, r, t, alt, speed, vr, silence);
      }
      if (tr.leg != null && tr.leg.lastT != t) {
        tr.leg.add(t, r.lat(), r.lon(), alt);
      }
    }
    tr.prevT = tr.seen ? tr.t : t;
    tr.prevLat = tr.lat;
    tr.prevLon = tr.lon;
    tr.seen = true;
    tr.t = t;
    tr.lat = r.lat();
    tr.lon = r.lon();
    tr.alt = alt;
    tr.speed = speed;
    tr.vr = vr;
    tr.heading = r.heading();
  }

  /**
   * Course over ground into a report, from the positions: reported tracks are sometimes wrong (one of the real
   * samples has them rotated by about 100 degrees), and runway alignment needs the real direction of travel.
   */
  private static double courseTo(Track tr, StateVector r, double movedKm, long dt) {
    return tr.seen && movedKm >= 0.05 && dt <= 120_000 ? Geo.bearing(tr.lat, tr.lon, r.lat(), r.lon()) : r.heading();
  }

  /** Course over ground into the last accepted report. */
  private static double lastCourse(Track tr) {
    long dt = tr.t - tr.prevT;
    return dt > 0 && dt <= 120_000 && fastDistanceKm(tr.prevLat, tr.prevLon, tr.lat, tr.lon) >= 0.05
        ? Geo.bearing(tr.prevLat, tr.prevLon, tr.lat, tr.lon) : tr.heading;
  }

  private void groundReport(Track tr, long t, double lat, double lon, double speed, boolean flagged, double course) {
    if (!tr.onGround || t - tr.groundLast > settings.gapMs()) {
      tr.onGround = true;
      tr.groundSince = t;
      tr.groundFlagged = flagged;
      tr.groundMinSpeed = Double.isNaN(speed) ? 0 : speed;
      tr.touchLat = lat;
      tr.touchLon = lon;
      tr.touchCourse = course;
    } else {
      tr.groundFlagged |= flagged;
      if (!(speed >= tr.groundMinSpeed)) {
        tr.groundMinSpeed = Double.isNaN(speed) ? 0 : speed;
      }
    }
    tr.groundLast = t;
    tr.groundLat = lat;
    tr.groundLon = lon;
    tr.groundCourse = course;
  }

  /** A ground streak that can no longer be a touch-and-go or a hover: the leg can be closed now. */
  private boolean fullStop(Track tr) {
    long streak = tr.groundLast - tr.groundSince;
    return tr.groundFlagged ? streak > settings.touchAndGoMs() || tr.groundMinSpeed < settings.taxiSpeedMps()
        : streak >= settings.hoverConfirmMs();
  }

  private void silence(Track tr, StateVector r, long t, double alt, double speed, double vr, long silence) {
    Vicinity.Near approach = vicinity.low(tr.lat, tr.lon, tr.alt, tr.speed, tr.vr, settings.lowHeightM(),
        Math.min(Vicinity.APPROACH_KM, Vicinity.reachKm(tr.speed)), settings.verticalRateMps(), -1);
    Vicinity.Near climb = vicinity.low(r.lat(), r.lon(), alt, speed, vr, settings.lowHeightM(), +1);
    if (silence > settings.loiterMs()) {
      // Dark for longer than an aircraft loiters: it may have flown anywhere meanwhile, so each end speaks only for
      // its own leg, unless both point at the same field. Split when an end shows a field, or the aircraft cannot
      // have flown on; else it crossed a coverage hole (an ocean) and the silence is a gap.
      Airport both = pairedStop(tr, r, alt, speed, vr);
      if (both != null) {
        closeAt(tr, both.ident(), true);
        openLeg(tr, r, t, alt, speed, vr);
        tr.leg.origin = both.ident();
        tr.leg.originInferred = true;
        return;
      }
      if (approach != null || climb != null || silence > settings.maxGapMs() || !flewOn(tr, r, speed, silence)) {
        closeInferred(tr);
        openLeg(tr, r, t, alt, speed, vr);
        return;
      }
    } else {
      Airport stop = stopWithin(tr, r, alt, speed, vr, silence, approach, climb);
      if (stop != null) {
        closeAt(tr, stop.ident(), true);
        openLeg(tr, r, t, alt, speed, vr);
        tr.leg.origin = stop.ident();
        tr.leg.originInferred = true;
        return;
      }
    }
    double km = Geo.distanceKm(tr.lat, tr.lon, r.lat(), r.lon());
    Gap gap = new Gap(Instant.ofEpochMilli(tr.t), tr.lat, tr.lon, Instant.ofEpochMilli(t), r.lat(), r.lon(), km);
    tr.leg.addGap(coverage.assess(gap, tr.alt, alt, tr.icao24));
  }

  /**
   * The field an aircraft stopped at during a silence no longer than {@link Settings#loiterMs}, or null: paired
   * evidence (dark descending over a field, back climbing out of the same field), a low final approach (and not
   * still descending after), a low climb-out, or a round trip out of coverage; always with time enough to get there,
   * stand and get back.
   */
  private Airport stopWithin(Track tr, StateVector r, double alt, double speed, double vr, long silence,
      Vicinity.Near approach, Vicinity.Near climb) {
    Airport stop = pairedStop(tr, r, alt, speed, vr);
    if (stop != null) {
      return stop;
    } else if (approach != null && !(vr < -Vicinity.SLIGHT_RATE_MPS * 2)) {
      stop = approach.airport();
    } else if (climb != null) {
      stop = climb.airport();
    } else {
      stop = vicinity.roundTrip(tr.lat, tr.lon, lastCourse(tr), tr.vr, tr.speed, r.lat(), r.lon(), r.heading(), vr,
          speed, silence);
    }
    return stop != null && vicinity.stopFits(stop, tr.lat, tr.lon, tr.speed, r.lat(), r.lon(), speed, silence)
        ? stop : null;
  }

  /** Went dark descending over a field, back climbing out of the same field: both ends corroborate it. */
  private Airport pairedStop(Track tr, StateVector r, double alt, double speed, double vr) {
    Vicinity.Near in = vicinity.low(tr.lat, tr.lon, tr.alt, tr.speed, tr.vr, settings.pairedHeightBeforeM(),
        Vicinity.reachKm(tr.speed), Vicinity.SLIGHT_RATE_MPS * 2, -1);
    Vicinity.Near out = in == null ? null : vicinity.low(r.lat(), r.lon(), alt, speed, vr,
        settings.pairedHeightAfterM(), Vicinity.CLIMB_OUT_KM, settings.verticalRateMps(), +1);
    return out != null && in.airport() == out.airport() ? in.airport() : null;
  }

  private boolean flewOn(Track tr, StateVector r, double speedAfter, long silence) {
    double km = Geo.distanceKm(tr.lat, tr.lon, r.lat(), r.lon());
    double average = km * 1e6 / silence;
    double before = Double.isNaN(tr.speed) ? speedAfter : tr.speed;
    return Double.isNaN(before) || average >= settings.continuationSpeedRatio() * before;
  }

  private void openLeg(Track tr, StateVector r, long t, double alt, double speed, double vr) {
    LegBuilder leg = new LegBuilder(tr.icao24, tr.callsign, t, r.lat(), r.lon(), alt);
    if (tr.onGround) {
      if (t - tr.groundLast <= settings.gapMs()) {
        leg.takeoff = t;
      }
      Airport from = airports.match(tr.groundLat, tr.groundLon, tr.groundCourse, settings.groundRadiusKm() + 2)
          .orElse(null);
      leg.origin = from == null ? null : from.ident();
      leg.originInferred = leg.takeoff < 0 && leg.origin != null;
      tr.onGround = false;
    } else {
      Vicinity.Near near = vicinity.low(r.lat(), r.lon(), alt, speed, vr, settings.lowHeightM(), +1);
      if (near != null) {
        leg.origin = near.airport().ident();
        leg.originInferred = true;
      }
    }
    tr.leg = leg;
  }

  /** Ends the open leg with a landing observed at the start of the current ground streak. */
  private void closeLanded(Track tr) {
    LegBuilder leg = tr.leg;
    leg.landing = tr.groundSince;
    Airport at = airports.match(tr.touchLat, tr.touchLon, tr.touchCourse, settings.groundRadiusKm() + 2)
        .orElse(null);
    leg.destination = at == null ? null : at.ident();
    leg.destinationInferred = false;
    emit(tr);
  }

  private void closeAt(Track tr, String destination, boolean inferred) {
    tr.leg.destination = destination;
    tr.leg.destinationInferred = inferred;
    emit(tr);
  }

  /** Ends the open leg at its last report; the destination is inferred from it when it was low near a field. */
  private void closeInferred(Track tr) {
    Vicinity.Near near = vicinity.low(tr.lat, tr.lon, tr.alt, tr.speed, tr.vr, settings.lowHeightM(), -1);
    if (near != null) {
      closeAt(tr, near.airport().ident(), true);
    } else {
      emit(tr);
    }
  }

  private void finish(Track tr) {
    if (tr.leg == null) {
      return;
    }
    if (tr.onGround) {
      closeLanded(tr);
    } else {
      closeInferred(tr);
    }
  }

  private void reanchor(Track tr) {
    if (tr.leg != null) {
      if (tr.leg.positions >= 2) {
        emit(tr);
      }
      tr.leg = null;
    }
    tr.seen = false;
    tr.onGround = false;
    tr.rejected = 0;
  }

  private void emit(Track tr) {
    LegBuilder leg = tr.leg;
    tr.leg = null;
    sink.accept(leg.build());
  }

  private boolean plausible(long t1, double lat1, double lon1, double alt1, long t2, double lat2, double lon2,
      double alt2) {
    double seconds = (t2 - t1 + settings.clockToleranceMs()) / 1000.0;
    if (fastDistanceKm(lat1, lon1, lat2, lon2) > settings.maxSpeedMps() * seconds / 1000 + 1.0) {
      return false;
    }
    return !(Math.abs(alt2 - alt1) > settings.maxVerticalMps() * seconds + 150);
  }

  /** Equirectangular distance: within 0.5 % of the great circle for the short hops between reports. */
  static double fastDistanceKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = lat2 - lat1;
    double dLon = AirportIndex.wrap(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) * 0.5));
    return Math.sqrt(dLat * dLat + dLon * dLon) * (Math.PI * Geo.EARTH_RADIUS_KM / 180);
  }

  // --- the table of aircraft ---------------------------------------------------------------------------------

  private Track track(int icao24) {
    int mask = table.length - 1;
    int slot = CoverageMap.mix(icao24) & mask;
    Track tr;
    while ((tr = table[slot]) != null) {
      if (tr.icao24 == icao24) {
        return tr;
      }
      slot = (slot + 1) & mask;
    }
    tr = new Track(icao24);
    table[slot] = tr;
    if (++size > table.length / 2) {
      Track[] old = table;
      table = new Track[old.length * 2];
      size = 0;
      for (Track o : old) {
        if (o != null) {
          insert(o);
        }
      }
    }
    return tr;
  }

  private void insert(Track tr) {
    int mask = table.length - 1;
    int slot = CoverageMap.mix(tr.icao24) & mask;
    while (table[slot] != null) {
      slot = (slot + 1) & mask;
    }
    table[slot] = tr;
    size++;
  }

  /** What the tracker keeps of one aircraft: primitives, a ground streak and the leg being built. */
  private static final class Track {
    final int icao24;
    String callsign;
    int cell = -1;
    boolean seen;
    long t;
    double lat;
    double lon;
    double alt;
    double speed;
    double vr;
    double heading;
    long prevT;
    double prevLat;
    double prevLon;
    int rejected;
    /** Dropped reports in a chain that agree with one another, accepted reports between them or not. */
    int shadowed;
    /** The leg on which the current chain of dropped reports was noted as a conflict, if it was. */
    LegBuilder shadowLeg;
    long rejT;
    double rejLat;
    double rejLon;
    double rejAlt;
    boolean onGround;
    boolean groundFlagged;
    long groundSince;
    long groundLast;
    double groundMinSpeed;
    double groundLat;
    double groundLon;
    double groundCourse;
    double touchLat;
    double touchLon;
    double touchCourse;
    LegBuilder leg;

    Track(int icao24) {
      this.icao24 = icao24;
    }
  }

  private static final class LegBuilder {
    final int icao24;
    final long firstT;
    final double firstLat;
    final double firstLon;
    final String callsign;
    List<String> callsigns;
    List<Gap> gaps;
    List<AddressConflict> conflicts;
    boolean latestConflictKept;
    String origin;
    boolean originInferred;
    String destination;
    boolean destinationInferred;
    long takeoff = -1;
    long landing = -1;
    long lastT;
    double lastLat;
    double lastLon;
    double maxAltitude = Double.NaN;
    int positions;
    int touchAndGoes;

    LegBuilder(int icao24, String callsign, long t, double lat, double lon, double alt) {
      this.icao24 = icao24;
      this.callsign = callsign;
      this.firstT = t;
      this.firstLat = lat;
      this.firstLon = lon;
      add(t, lat, lon, alt);
    }

    void add(long t, double lat, double lon, double alt) {
      lastT = t;
      lastLat = lat;
      lastLon = lon;
      positions++;
      if (!(alt <= maxAltitude)) {
        maxAltitude = Double.isNaN(alt) ? maxAltitude : alt;
      }
    }

    void noteCallsign(String callsign) {
      if (callsigns == null) {
        callsigns = new ArrayList<>(2);
        if (this.callsign != null) {
          callsigns.add(this.callsign);
        }
      }
      if (!callsigns.contains(callsign)) {
        callsigns.add(callsign);
      }
    }

    void addGap(Gap gap) {
      if (gaps == null) {
        gaps = new ArrayList<>(2);
      }
      gaps.add(gap);
    }

    /** A new second track ({@code opens}), or the latest one heard again: its report count grows. */
    void noteConflict(boolean opens, long t, double lat, double lon, double otherLat, double otherLon, double km,
        int reports) {
      if (conflicts == null) {
        conflicts = new ArrayList<>(1);
      }
      if (opens) {
        latestConflictKept = conflicts.size() < MAX_CONFLICTS_PER_LEG;
        if (latestConflictKept) {
          conflicts.add(new AddressConflict(Instant.ofEpochMilli(t), lat, lon, otherLat, otherLon, km, reports));
        }
      } else if (latestConflictKept) {
        int last = conflicts.size() - 1;
        AddressConflict c = conflicts.get(last);
        conflicts.set(last, new AddressConflict(c.time(), c.lat(), c.lon(), c.otherLat(), c.otherLon(), c.distanceKm(),
            reports));
      }
    }

    Leg build() {
      String first = callsign != null ? callsign : callsigns != null && !callsigns.isEmpty() ? callsigns.get(0) : null;
      return new Leg(icao24, first, origin, originInferred, destination, destinationInferred,
          takeoff < 0 ? null : Instant.ofEpochMilli(takeoff), landing < 0 ? null : Instant.ofEpochMilli(landing),
          Instant.ofEpochMilli(firstT), Instant.ofEpochMilli(lastT), firstLat, firstLon, lastLat, lastLon,
          maxAltitude, positions, gaps, callsigns, touchAndGoes, conflicts);
    }
  }
}
