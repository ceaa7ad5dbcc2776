package io.tailwatch.flights;

import io.tailwatch.surveillance.Icao24;
import java.time.Instant;
import java.util.List;

/**
 * One flight leg of one aircraft: from a take-off (or the first report) to a landing (or the last report).
 *
 * <p>{@code origin}/{@code destination} are airport idents, or null when the aircraft was not seen on or near
 * the ground there. When the leg was only seen in flight, the airport may be inferred from the first or last
 * low position, or from a stop seen across a silence; the {@code *Inferred} flags say so. {@code takeoff}/
 * {@code landing} are set only when the transition itself was observed.
 *
 * <p>{@code callsign} is the first callsign of the leg; {@code callsigns} every distinct callsign in the order they
 * were first transmitted (a change in flight is the same leg: nobody boarded). {@code touchAndGoes} counts runway
 * contacts that did not stop the aircraft (circuits, calibration passes). {@code conflicts} are the times the same
 * address was also heard somewhere no aircraft could have reached (two transmitters with one address).
 */
public record Leg(
    int icao24,
    String callsign,
    String origin,
    boolean originInferred,
    String destination,
    boolean destinationInferred,
    Instant takeoff,
    Instant landing,
    Instant firstSeen,
    Instant lastSeen,
    double firstLat,
    double firstLon,
    double lastLat,
    double lastLon,
    double maxAltitudeM,
    int positions,
    List<Gap> gaps,
    List<String> callsigns,
    int touchAndGoes,
    List<AddressConflict> conflicts) {

  public Leg {
    gaps = gaps == null ? List.of() : List.copyOf(gaps);
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    callsigns = callsigns == null ? (callsign == null ? List.of() : List.of(callsign)) : List.copyOf(callsigns);
  }

  /** A leg heard from one transmitter only. */
  public Leg(int icao24, String callsign, String origin, boolean originInferred, String destination,
      boolean destinationInferred, Instant takeoff, Instant landing, Instant firstSeen, Instant lastSeen,
      double firstLat, double firstLon, double lastLat, double lastLon, double maxAltitudeM, int positions,
      List<Gap> gaps, List<String> callsigns, int touchAndGoes) {
    this(icao24, callsign, origin, originInferred, destination, destinationInferred, takeoff, landing, firstSeen,
        lastSeen, firstLat, firstLon, lastLat, lastLon, maxAltitudeM, positions, gaps, callsigns, touchAndGoes, null);
  }

  /** A leg with one callsign and no touch-and-go (the shape of earlier versions; kept for callers and tests). */
  public Leg(int icao24, String callsign, String origin, boolean originInferred, String destination,
      boolean destinationInferred, Instant takeoff, Instant landing, Instant firstSeen, Instant lastSeen,
      double firstLat, double firstLon, double lastLat, double lastLon, double maxAltitudeM, int positions,
      List<Gap> gaps) {
    this(icao24, callsign, origin, originInferred, destination, destinationInferred, takeoff, landing, firstSeen,
        lastSeen, firstLat, firstLon, lastLat, lastLon, maxAltitudeM, positions, gaps, null, 0, null);
  }

  /** Stable id: address and first-seen time, unique per aircraft. */
  public String id() {
    return Icao24.format(icao24) + "-" + firstSeen.getEpochSecond();
  }

  public String icao24Hex() {
    return Icao24.format(icao24);
  }

  /** Best known departure time: the observed take-off, else the first report. */
  public Instant departure() {
    return takeoff != null ? takeoff : firstSeen;
  }

  /** Best known arrival time: the observed landing, else the last report. */
  public Instant arrival() {
    return landing != null ? landing : lastSeen;
  }
}
