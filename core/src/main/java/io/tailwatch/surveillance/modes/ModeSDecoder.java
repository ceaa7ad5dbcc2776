package io.tailwatch.surveillance.modes;

import io.tailwatch.geo.Geo;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Decodes Mode S replies: DF0/4/5/11/16/17/18/20/21, and in DF17/18 the ADS-B messages of type codes 1-22
 * (identification, surface and airborne positions), 19 (velocity), 28 (emergency status) and 31 (operational status).
 *
 * <h2>What is rejected, and why</h2>
 * <ul>
 *   <li>DF11/17/18 whose parity fails. A DF17/18 with one wrong bit is repaired when {@code repairSingleBit} is on
 *       (a syndrome table of the 88 data bits); DF11 may carry an interrogator code in the low 7 bits.
 *   <li>DF0/4/5/16/20/21, whose parity is overlaid with the address: the address they yield is trusted only when a
 *       clean DF11/17/18 from it arrived within the last {@value #TRUST_MS} ms, so a corrupted reply (which yields a
 *       random address) never creates an aircraft.
 *   <li>Positions: an even/odd pair more than 10 s apart (25 s on the surface) is not combined; a pair straddling a
 *       latitude zone boundary gives no position; a position that would need more than {@value #MAX_AIRBORNE_KT} kt
 *       (airborne) or {@value #MAX_SURFACE_KT} kt (surface) from the aircraft's previous one is dropped, and the
 *       pair reset.
 * </ul>
 *
 * <h2>State</h2>
 * One small record per aircraft (last even and odd frame, last position), evicted after {@value #IDLE_MS} ms
 * without a reply, so memory stays bounded on a live feed. Frames must arrive in event-time order per aircraft.
 * Not thread-safe: one decoder per stream.
 */
public final class ModeSDecoder implements FrameDecoder {
  static final long TRUST_MS = 60_000;
  static final long IDLE_MS = 300_000;
  static final int MAX_AIRBORNE_KT = 1000;
  static final int MAX_SURFACE_KT = 150;
  private static final long AIRBORNE_PAIR_MS = 10_000;
  private static final long SURFACE_PAIR_MS = 25_000;
  private static final long LOCAL_REFERENCE_MS = 30_000;
  private static final String CHARSET = "#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######";
  private static final String[] EMERGENCIES = {null, "general", "medical", "minimum fuel", "no communications",
      "unlawful interference", "downed aircraft", "reserved"};
  private static final Map<Integer, Integer> SINGLE_BIT_SYNDROMES = singleBitSyndromes();

  private final boolean repairSingleBit;
  private final double receiverLat;
  private final double receiverLon;
  private final Map<Integer, Aircraft> aircraft = new HashMap<>();
  private final DecoderStats stats = new DecoderStats();
  private long lastEviction;

  /** A decoder that repairs single-bit errors and knows no receiver position (surface positions need a track). */
  public ModeSDecoder() {
    this(true, Double.NaN, Double.NaN);
  }

  /**
   * @param repairSingleBit whether DF17/18 with one wrong bit are repaired rather than rejected
   * @param receiverLat     the receiver's latitude, the reference for surface positions (NaN when unknown)
   * @param receiverLon     the receiver's longitude
   */
  public ModeSDecoder(boolean repairSingleBit, double receiverLat, double receiverLon) {
    this.repairSingleBit = repairSingleBit;
    this.receiverLat = receiverLat;
    this.receiverLon = receiverLon;
  }

  public DecoderStats stats() {
    return stats;
  }

  @Override
  public long rejected() {
    return stats.rejected();
  }

  @Override
  public DecodedMessage decode(ModeSFrame frame) {
    stats.frames++;
    byte[] b = frame.bytes();
    int df = frame.downlinkFormat();
    if (df >= 24) {
      df = 24; // Comm-D: the first two bits say so, the rest is the segment number
    }
    boolean longFrame = b.length == 14;
    if (longFrame != (df >= 16)) {
      return reject(DecoderStats.Reason.WRONG_LENGTH);
    }
    evictIdle(frame.timeMs());
    return switch (df) {
      case 11 -> allCall(frame, b);
      case 17, 18 -> extendedSquitter(frame, b, df);
      case 0, 4, 5, 16, 20, 21 -> addressParity(frame, b, df);
      default -> reject(DecoderStats.Reason.UNSUPPORTED_FORMAT);
    };
  }

  private DecodedMessage allCall(ModeSFrame frame, byte[] b) {
    int syndrome = Crc24.syndrome(b);
    if ((syndrome & 0xFFFF80) != 0) {
      return reject(DecoderStats.Reason.BAD_PARITY);
    }
    int icao = (int) Bits.get(b, 9, 32);
    touch(icao, frame.timeMs()).lastClean = frame.timeMs();
    int ca = (int) Bits.get(b, 6, 8);
    stats.decoded++;
    return start(frame, icao, 11).onGround(ca == 4 ? Boolean.TRUE : ca == 5 ? Boolean.FALSE : null).build();
  }

  private DecodedMessage addressParity(ModeSFrame frame, byte[] b, int df) {
    int icao = Crc24.syndrome(b);
    Aircraft known = aircraft.get(icao); // looked up, never created: an untrusted address makes no aircraft
    if (known == null || frame.timeMs() - known.lastClean > TRUST_MS) {
      return reject(DecoderStats.Reason.UNTRUSTED_ADDRESS);
    }
    DecodedMessage.Builder m = start(frame, icao, df);
    int code13 = (int) Bits.get(b, 20, 32);
    if (df == 0 || df == 16) {
      m.onGround(Bits.bit(b, 6) == 1 ? Boolean.TRUE : Boolean.FALSE).altitudeFt(AltitudeCode.ac13(code13));
    } else {
      int fs = (int) Bits.get(b, 6, 8);
      m.onGround(fs == 1 || fs == 3 ? Boolean.TRUE : fs == 0 || fs == 2 ? Boolean.FALSE : null);
      if (df == 4 || df == 20) {
        m.altitudeFt(AltitudeCode.ac13(code13));
      } else {
        m.squawk(IdentityCode.squawk(code13));
      }
    }
    touch(icao, frame.timeMs());
    stats.decoded++;
    return m.build();
  }

  private DecodedMessage extendedSquitter(ModeSFrame frame, byte[] b, int df) {
    int syndrome = Crc24.syndrome(b);
    if (syndrome != 0) {
      Integer bit = repairSingleBit ? SINGLE_BIT_SYNDROMES.get(syndrome) : null;
      if (bit == null) {
        return reject(DecoderStats.Reason.BAD_PARITY);
      }
      b = b.clone();
      b[(bit - 1) >>> 3] ^= (byte) (0x80 >>> ((bit - 1) & 7));
      stats.repaired++;
    }
    if (df == 18) {
      int cf = (int) Bits.get(b, 6, 8);
      if (cf != 0 && cf != 2 && cf != 6) {
        return reject(DecoderStats.Reason.NON_ICAO_ADDRESS); // anonymous, non-ICAO or management formats
      }
    }
    int icao = (int) Bits.get(b, 9, 32);
    Aircraft state = touch(icao, frame.timeMs());
    state.lastClean = frame.timeMs();
    int tc = Bits.me(b, 1, 5);
    DecodedMessage.Builder m = start(frame, icao, df).typeCode(tc).rawBytes(b);
    if (df == 17) {
      int ca = (int) Bits.get(b, 6, 8);
      m.onGround(ca == 4 ? Boolean.TRUE : ca == 5 ? Boolean.FALSE : null);
    }
    if (tc >= 1 && tc <= 4) {
      m.callsign(callsign(b));
    } else if (tc >= 5 && tc <= 8) {
      surfacePosition(frame, b, state, m);
    } else if (tc >= 9 && tc <= 18 || tc >= 20 && tc <= 22) {
      airbornePosition(frame, b, tc, state, m);
    } else if (tc == 19) {
      velocity(b, m);
    } else if (tc == 28 && Bits.me(b, 6, 8) == 1) {
      m.emergency(EMERGENCIES[Bits.me(b, 9, 11)]).squawk(IdentityCode.squawk(Bits.me(b, 12, 24)));
    } else if (tc == 31) {
      m.adsbVersion(Bits.me(b, 41, 43));
    }
    stats.decoded++;
    return m.build();
  }

  private static String callsign(byte[] b) {
    char[] chars = new char[8];
    int n = 0;
    for (int i = 0; i < 8; i++) {
      char c = CHARSET.charAt(Bits.me(b, 9 + 6 * i, 14 + 6 * i));
      chars[n++] = c;
    }
    String s = new String(chars, 0, n).replace('#', ' ').trim();
    return s.isEmpty() ? null : s;
  }

  private void airbornePosition(ModeSFrame frame, byte[] b, int tc, Aircraft state, DecodedMessage.Builder m) {
    int alt12 = Bits.me(b, 9, 20);
    if (tc >= 20) {
      m.altitudeFt(alt12 == 0 ? null : (int) Math.round(alt12 * 3.28084)).altitudeGeometric(Boolean.TRUE);
    } else {
      m.altitudeFt(AltitudeCode.ac12(alt12)).altitudeGeometric(Boolean.FALSE);
    }
    m.onGround(Boolean.FALSE);
    position(frame, b, false, state, m);
  }

  private void surfacePosition(ModeSFrame frame, byte[] b, Aircraft state, DecodedMessage.Builder m) {
    m.onGround(Boolean.TRUE);
    Double speed = surfaceSpeed(Bits.me(b, 6, 12));
    if (speed != null) {
      m.groundSpeedKt(speed);
    }
    if (Bits.me(b, 13, 13) == 1) {
      m.trackDeg(Bits.me(b, 14, 20) * 360.0 / 128);
    }
    position(frame, b, true, state, m);
  }

  /** The movement field of a surface position in knots (quantised more finely at low speed), or null. */
  static Double surfaceSpeed(int movement) {
    if (movement == 0 || movement > 124) {
      return null;
    }
    if (movement == 1) {
      return 0.0;
    }
    if (movement <= 8) {
      return 0.125 * (movement - 1);
    }
    if (movement <= 12) {
      return 1 + 0.25 * (movement - 9);
    }
    if (movement <= 38) {
      return 2 + 0.5 * (movement - 13);
    }
    if (movement <= 93) {
      return 15.0 + (movement - 39);
    }
    if (movement <= 108) {
      return 70.0 + 2 * (movement - 94);
    }
    if (movement <= 123) {
      return 100.0 + 5 * (movement - 109);
    }
    return 175.0;
  }

  private void position(ModeSFrame frame, byte[] b, boolean surface, Aircraft state, DecodedMessage.Builder m) {
    boolean odd = Bits.me(b, 22, 22) == 1;
    int lat = Bits.me(b, 23, 39);
    int lon = Bits.me(b, 40, 56);
    long now = frame.timeMs();
    if (state.surface != surface) {
      state.clearPair(); // even and odd of different kinds cannot be combined
      state.surface = surface;
    }
    if (odd) {
      state.oddLat = lat;
      state.oddLon = lon;
      state.oddTime = now;
    } else {
      state.evenLat = lat;
      state.evenLon = lon;
      state.evenTime = now;
    }
    double[] position = null;
    long pairWindow = surface ? SURFACE_PAIR_MS : AIRBORNE_PAIR_MS;
    boolean havePair = state.evenTime != Long.MIN_VALUE && state.oddTime != Long.MIN_VALUE
        && Math.abs(state.evenTime - state.oddTime) <= pairWindow;
    boolean recentPosition = state.positionTime != Long.MIN_VALUE && now - state.positionTime <= LOCAL_REFERENCE_MS;
    if (recentPosition) {
      position = Cpr.local(lat, lon, odd, surface, state.lat, state.lon);
    } else if (havePair) {
      if (surface) {
        double refLat = state.positionTime != Long.MIN_VALUE ? state.lat : receiverLat;
        double refLon = state.positionTime != Long.MIN_VALUE ? state.lon : receiverLon;
        if (!Double.isNaN(refLat)) {
          position = Cpr.surface(state.evenLat, state.evenLon, state.oddLat, state.oddLon, odd, refLat, refLon);
        }
      } else {
        position = Cpr.airborne(state.evenLat, state.evenLon, state.oddLat, state.oddLon, odd);
      }
      if (position == null) {
        stats.record(DecoderStats.Reason.CPR_ZONE_MISMATCH);
      }
    } else if (surface && !Double.isNaN(receiverLat)) {
      position = Cpr.local(lat, lon, odd, true, receiverLat, receiverLon);
    }
    if (position == null) {
      return;
    }
    if (state.positionTime != Long.MIN_VALUE && !reachable(state, position, now, surface)) {
      stats.record(DecoderStats.Reason.IMPOSSIBLE_POSITION);
      state.clearPair();
      if (now - state.positionTime > LOCAL_REFERENCE_MS) {
        state.positionTime = Long.MIN_VALUE; // an old reference may itself be the wrong one: start afresh
      }
      return;
    }
    state.lat = position[0];
    state.lon = position[1];
    state.positionTime = now;
    m.position(position[0], position[1]);
  }

  private static boolean reachable(Aircraft state, double[] position, long now, boolean surface) {
    double metres = 1000 * Geo.distanceKm(state.lat, state.lon, position[0], position[1]);
    double seconds = Math.max(1, (now - state.positionTime) / 1000.0);
    double knots = surface ? MAX_SURFACE_KT : MAX_AIRBORNE_KT;
    // A CPR position is exact to a few metres airborne; allow 2 km for receivers' clock jitter.
    return metres <= knots * 0.514444 * seconds + 2000;
  }

  private static void velocity(byte[] b, DecodedMessage.Builder m) {
    int subtype = Bits.me(b, 6, 8);
    int vr = Bits.me(b, 38, 46);
    if (vr != 0) {
      m.verticalRateFtMin((Bits.me(b, 37, 37) == 1 ? -1 : 1) * (vr - 1) * 64);
    }
    int factor = subtype == 2 || subtype == 4 ? 4 : 1; // supersonic
    if (subtype == 1 || subtype == 2) {
      int ew = Bits.me(b, 15, 24);
      int ns = Bits.me(b, 26, 35);
      if (ew == 0 || ns == 0) {
        return;
      }
      double east = (Bits.me(b, 14, 14) == 1 ? -1 : 1) * (ew - 1) * factor;
      double north = (Bits.me(b, 25, 25) == 1 ? -1 : 1) * (ns - 1) * factor;
      m.groundSpeedKt(Math.hypot(east, north));
      double track = Math.toDegrees(Math.atan2(east, north));
      m.trackDeg(track < 0 ? track + 360 : track);
    } else if (subtype == 3 || subtype == 4) {
      if (Bits.me(b, 14, 14) == 1) {
        m.headingDeg(Bits.me(b, 15, 24) * 360.0 / 1024);
      }
      int speed = Bits.me(b, 26, 35);
      if (speed != 0) {
        m.airspeed((speed - 1) * factor, Bits.me(b, 25, 25) == 1 ? "TAS" : "IAS");
      }
    }
  }

  private DecodedMessage.Builder start(ModeSFrame frame, int icao, int df) {
    return DecodedMessage.builder(icao, frame.timeMs()).downlinkFormat(df).rawBytes(frame.bytes());
  }

  private Aircraft touch(int icao, long now) {
    Aircraft a = aircraft.get(icao);
    if (a == null) {
      a = new Aircraft();
      aircraft.put(icao, a);
    }
    a.lastSeen = now;
    return a;
  }

  private void evictIdle(long now) {
    if (now - lastEviction < 10_000) {
      return;
    }
    lastEviction = now;
    for (Iterator<Aircraft> it = aircraft.values().iterator(); it.hasNext(); ) {
      if (now - it.next().lastSeen > IDLE_MS) {
        it.remove();
      }
    }
  }

  /** Aircraft currently held in memory (for tests and the live feed's counters). */
  public int aircraftInView() {
    return aircraft.size();
  }

  private DecodedMessage reject(DecoderStats.Reason reason) {
    stats.record(reason);
    return null;
  }

  /** Syndrome of each single-bit error in a 112-bit reply (bits 6-112; the DF bits decide the format). */
  private static Map<Integer, Integer> singleBitSyndromes() {
    Map<Integer, Integer> table = new HashMap<>();
    for (int bit = 6; bit <= 112; bit++) {
      byte[] frame = new byte[14];
      frame[(bit - 1) >>> 3] = (byte) (0x80 >>> ((bit - 1) & 7));
      table.put(Crc24.syndrome(frame), bit);
    }
    return table;
  }

  /** Per-aircraft decoding state. */
  private static final class Aircraft {
    long lastSeen;
    long lastClean = Long.MIN_VALUE / 2;
    boolean surface;
    int evenLat;
    int evenLon;
    long evenTime = Long.MIN_VALUE;
    int oddLat;
    int oddLon;
    long oddTime = Long.MIN_VALUE;
    double lat;
    double lon;
    long positionTime = Long.MIN_VALUE;

    void clearPair() {
      evenTime = Long.MIN_VALUE;
      oddTime = Long.MIN_VALUE;
    }
  }
}
