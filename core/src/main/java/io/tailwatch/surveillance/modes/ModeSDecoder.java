package io.tailwatch.surveillance.modes;

/**
 * Decodes Mode S replies: DF0/4/5/16/20/21 (altitude, identity, flight status), DF11 (all-call), and in DF17/18
 * the ADS-B messages of type codes 0-22 (identification, surface and airborne positions), 19 (velocity), 28
 * (emergency status), 29 (target state) and 31 (operational status). Comm-B and ACAS contents of DF16/20/21 are not
 * read: which register a Comm-B reply carries can only be guessed.
 *
 * <h2>What is rejected, and why</h2>
 * <ul>
 *   <li>DF11/17/18 whose parity fails. A DF17/18 with one wrong bit is repaired when {@code repairSingleBit} is on,
 *       but only for an aircraft already trusted: a repair of a garbled frame could otherwise invent one.
 *   <li>DF0/4/5/16/20/21, whose parity is overlaid with the address, and DF11 replying to an interrogator with a
 *       non-zero code: the address they yield is trusted only when a clean DF11 (code 0) or DF17/18 (parity zero)
 *       from it arrived within the last {@value #TRUST_MS} ms, so a corrupted reply, which yields a random
 *       address, never creates an aircraft.
 *   <li>DF18 with a non-ICAO address (anonymous, TIS-B coarse, management), unknown formats, wrong lengths.
 *   <li>Positions are dropped (the rest of the message stays) by {@link PositionTracker}: pairs straddling a
 *       latitude zone, positions beyond a known receiver's range or no aircraft could have flown to.
 * </ul>
 *
 * <h2>Cost</h2>
 * One table-driven CRC per frame; a rejected frame allocates nothing; a decoded one allocates its message (and a
 * callsign string when it changes). Per-aircraft state (about 100 bytes) lives in an {@link AircraftTable} keyed
 * by the int address, swept of aircraft silent for {@value #IDLE_MS} ms and capped at {@code maxAircraft}, so memory
 * stays bounded on a live feed. Frames must arrive in event-time order. Not thread-safe: one decoder per stream.
 */
public final class ModeSDecoder implements FrameDecoder {
  static final long TRUST_MS = 60_000;
  static final long IDLE_MS = 300_000;
  static final int DEFAULT_MAX_AIRCRAFT = 65_536;
  private static final long SWEEP_EVERY_MS = 10_000;

  private final boolean repairSingleBit;
  private final AircraftTable aircraft;
  private final PositionTracker positions;
  private final DecoderStats stats = new DecoderStats();
  private final DecodedMessage.Builder message = DecodedMessage.builder(0, 0);
  private long lastSweep = Long.MIN_VALUE;
  private long framesSinceSweep;

  /** A decoder that repairs single-bit errors and knows no receiver position (surface positions need a track). */
  public ModeSDecoder() {
    this(true, Double.NaN, Double.NaN);
  }

  /**
   * @param repairSingleBit whether DF17/18 with one wrong bit are repaired rather than rejected
   * @param receiverLat     the receiver's latitude: the reference for surface positions and the centre of the
   *                        range check (NaN when unknown)
   * @param receiverLon     the receiver's longitude
   */
  public ModeSDecoder(boolean repairSingleBit, double receiverLat, double receiverLon) {
    this(repairSingleBit, receiverLat, receiverLon, DEFAULT_MAX_AIRCRAFT);
  }

  /** @param maxAircraft the most aircraft remembered at once; replies from further new addresses are rejected */
  public ModeSDecoder(boolean repairSingleBit, double receiverLat, double receiverLon, int maxAircraft) {
    this.repairSingleBit = repairSingleBit;
    this.positions = new PositionTracker(receiverLat, receiverLon);
    this.aircraft = new AircraftTable(maxAircraft);
  }

  public DecoderStats stats() {
    return stats;
  }

  @Override
  public long rejected() {
    return stats.rejected();
  }

  /** Aircraft currently held in memory (for tests and the live feed's counters). */
  public int aircraftInView() {
    return aircraft.size();
  }

  @Override
  public DecodedMessage decode(ModeSFrame frame) {
    stats.frames++;
    byte[] b = frame.bytes();
    long now = frame.timeMs();
    int df = (b[0] & 0xFF) >>> 3;
    if (df >= 24) {
      return reject(DecoderStats.Reason.UNSUPPORTED_FORMAT); // Comm-D: the first two bits say so
    }
    if ((b.length == 14) != (df >= 16)) {
      return reject(DecoderStats.Reason.WRONG_LENGTH);
    }
    sweepIdle(now);
    return switch (df) {
      case 11 -> allCall(b, now);
      case 17, 18 -> extendedSquitter(b, df, now);
      case 0, 4, 5, 16, 20, 21 -> addressParity(b, df, now);
      default -> reject(DecoderStats.Reason.UNSUPPORTED_FORMAT);
    };
  }

  private DecodedMessage allCall(byte[] b, long now) {
    int syndrome = Crc24.syndrome(b);
    int icao = header(b) & 0xFFFFFF;
    AircraftState s;
    if (syndrome == 0) {
      s = aircraft.getOrAdd(icao);
      if (s == null) {
        return reject(DecoderStats.Reason.TOO_MANY_AIRCRAFT);
      }
      s.lastClean = now;
    } else if ((syndrome & ~0x7F) == 0) {
      // A reply to an interrogator with a non-zero code leaves the code in the parity: only 7 bits of check remain.
      s = aircraft.get(icao);
      if (s == null || !s.trustedAt(now, TRUST_MS)) {
        return reject(DecoderStats.Reason.UNTRUSTED_ADDRESS);
      }
    } else {
      return reject(DecoderStats.Reason.BAD_PARITY);
    }
    s.lastSeen = now;
    DecodedMessage.Builder m = start(b, icao, 11, now);
    m.onGround(capabilityGround(header(b) >>> 24 & 7));
    return done(m);
  }

  private DecodedMessage addressParity(byte[] b, int df, long now) {
    int icao = Crc24.syndrome(b);
    AircraftState s = aircraft.get(icao);
    if (s == null || !s.trustedAt(now, TRUST_MS)) {
      return reject(DecoderStats.Reason.UNTRUSTED_ADDRESS);
    }
    s.lastSeen = now;
    int header = header(b);
    int code13 = header & 0x1FFF;
    DecodedMessage.Builder m = start(b, icao, df, now);
    if (df == 0 || df == 16) {
      m.onGround((header >>> 26 & 1) == 1 ? Boolean.TRUE : Boolean.FALSE); // VS: vertical status
      altitude(m, AltitudeCode.feet13(code13));
    } else {
      flightStatus(m, header >>> 24 & 7);
      if (df == 4 || df == 20) {
        altitude(m, AltitudeCode.feet13(code13));
      } else {
        m.squawk(IdentityCode.squawk(code13));
      }
    }
    return done(m);
  }

  private DecodedMessage extendedSquitter(byte[] b, int df, long now) {
    int syndrome = Crc24.syndrome(b);
    int wrongBit = -1;
    if (syndrome != 0) {
      wrongBit = repairSingleBit ? SingleBitRepair.wrongBit(syndrome) : -1;
      if (wrongBit < 0) {
        return reject(DecoderStats.Reason.BAD_PARITY);
      }
    }
    // Read the header as repaired, but copy the frame only once the repair is accepted.
    int header = header(b) ^ (wrongBit >= 6 && wrongBit <= 32 ? 1 << (32 - wrongBit) : 0);
    int capability = header >>> 24 & 7;
    if (df == 18 && capability != 0 && capability != 2 && capability != 6) {
      return reject(DecoderStats.Reason.NON_ICAO_ADDRESS); // CF: anonymous, TIS-B coarse or management formats
    }
    int icao = header & 0xFFFFFF;
    AircraftState s;
    if (wrongBit > 0) {
      s = aircraft.get(icao);
      if (s == null || !s.trustedAt(now, TRUST_MS)) {
        return reject(DecoderStats.Reason.UNTRUSTED_REPAIR);
      }
      b = SingleBitRepair.repaired(b, wrongBit);
      stats.repaired++;
    } else {
      s = aircraft.getOrAdd(icao);
      if (s == null) {
        return reject(DecoderStats.Reason.TOO_MANY_AIRCRAFT);
      }
      s.lastClean = now;
    }
    s.lastSeen = now;
    long me = me(b);
    int tc = (int) (me >>> 51);
    DecodedMessage.Builder m = start(b, icao, df, now).typeCode(tc);
    if (df == 17) {
      m.onGround(capabilityGround(capability));
    }
    if (tc >= 1 && tc <= 4) {
      m.category(AdsbFields.category(tc, me)).callsign(callsign(s, me));
    } else if (tc >= 5 && tc <= 8) {
      m.onGround(Boolean.TRUE).nucP(14 - tc);
      AdsbFields.surfaceMovement(me, m);
      position(s, me, true, now, m);
    } else if (tc >= 9 && tc <= 18 || tc >= 20 && tc <= 22) {
      m.onGround(Boolean.FALSE).nucP(tc <= 18 ? 18 - tc : tc == 22 ? 0 : 29 - tc);
      surveillanceStatus(m, AdsbFields.field(me, 6, 7));
      altitude(m, AltitudeCode.feet12(AdsbFields.field(me, 9, 20)));
      // GNSS height (TC 20-22) uses the same altitude code (Doc 9871, BDS 0,5); pyModeS reads it as metres.
      m.altitudeGeometric(tc >= 20 ? Boolean.TRUE : Boolean.FALSE);
      position(s, me, false, now, m);
    } else if (tc == 19) {
      AdsbFields.velocity(me, m);
    } else if (tc == 0) {
      altitude(m, AltitudeCode.feet12(AdsbFields.field(me, 9, 20))); // altitude without a position
    } else if (tc == 28) {
      AdsbFields.aircraftStatus(me, m);
    } else if (tc == 29) {
      AdsbFields.targetState(me, m);
    } else if (tc == 31) {
      AdsbFields.operationalStatus(me, m);
    }
    return done(m);
  }

  private void position(AircraftState s, long me, boolean surface, long now, DecodedMessage.Builder m) {
    boolean odd = AdsbFields.bit(me, 22) == 1;
    int lat = AdsbFields.field(me, 23, 39);
    int lon = AdsbFields.field(me, 40, 56);
    switch (positions.update(s, surface, odd, lat, lon, now)) {
      case DECODED -> {
        m.position(s.lat, s.lon);
        stats.positions++;
      }
      case ZONE_MISMATCH -> stats.record(DecoderStats.Reason.CPR_ZONE_MISMATCH);
      case OUT_OF_RANGE -> stats.record(DecoderStats.Reason.OUT_OF_RANGE);
      case IMPOSSIBLE -> stats.record(DecoderStats.Reason.IMPOSSIBLE_POSITION);
      case PENDING -> { }
    }
  }

  /** The callsign, reusing the aircraft's last string when the bits have not changed. */
  private static String callsign(AircraftState s, long me) {
    long bits = AdsbFields.callsignBits(me);
    if (bits != s.callsignBits) {
      s.callsignBits = bits;
      s.callsign = AdsbFields.callsign(bits);
    }
    return s.callsign;
  }

  private static void altitude(DecodedMessage.Builder m, int feet) {
    if (feet != AltitudeCode.NONE) {
      m.altitudeFt(feet);
    }
  }

  /** Flight status of DF4/5/20/21: ground or airborne, alert (squawk changed), SPI. */
  private static void flightStatus(DecodedMessage.Builder m, int fs) {
    if (fs > 5) {
      return; // reserved
    }
    m.onGround(fs == 1 || fs == 3 ? Boolean.TRUE : fs == 0 || fs == 2 ? Boolean.FALSE : null);
    m.alert(fs >= 2 && fs <= 4 ? Boolean.TRUE : Boolean.FALSE);
    m.spi(fs == 4 || fs == 5 ? Boolean.TRUE : Boolean.FALSE);
  }

  /** Surveillance status of an airborne position: 1 permanent alert (emergency), 2 temporary alert, 3 SPI. */
  private static void surveillanceStatus(DecodedMessage.Builder m, int ss) {
    m.alert(ss == 1 || ss == 2 ? Boolean.TRUE : Boolean.FALSE);
    m.spi(ss == 3 ? Boolean.TRUE : Boolean.FALSE);
  }

  /** Capability of DF11/17: 4 on the ground, 5 airborne, anything else does not say. */
  private static Boolean capabilityGround(int ca) {
    return ca == 4 ? Boolean.TRUE : ca == 5 ? Boolean.FALSE : null;
  }

  private DecodedMessage.Builder start(byte[] b, int icao, int df, long now) {
    return message.reset(icao, now).downlinkFormat(df).rawBytes(b);
  }

  private DecodedMessage done(DecodedMessage.Builder m) {
    stats.decoded++;
    return m.build();
  }

  private DecodedMessage reject(DecoderStats.Reason reason) {
    stats.record(reason);
    return null;
  }

  private void sweepIdle(long now) {
    // A sweep scans every slot; on a sparse archive (one frame every few seconds of event time) sweeping every
    // SWEEP_EVERY_MS would scan the table for nearly every frame. At most one scan per slots/8 frames keeps the
    // cost per frame constant; the table's capacity bounds memory meanwhile.
    framesSinceSweep++;
    if (lastSweep != Long.MIN_VALUE && now < lastSweep - IDLE_MS) {
      aircraft.evictIdle(Long.MAX_VALUE); // event time jumped back: another stream, whose state means nothing here
      lastSweep = now;
    } else if (lastSweep == Long.MIN_VALUE) {
      lastSweep = now;
    } else if (now - lastSweep >= SWEEP_EVERY_MS && framesSinceSweep >= aircraft.slots() / 8) {
      aircraft.evictIdle(now - IDLE_MS);
      lastSweep = now;
      framesSinceSweep = 0;
    }
  }

  /** Reply bits 1-32. */
  private static int header(byte[] b) {
    return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | b[3] & 0xFF;
  }

  /** The 56-bit ME field of a 112-bit reply (bits 33-88). */
  private static long me(byte[] b) {
    long me = 0;
    for (int i = 4; i < 11; i++) {
      me = me << 8 | (b[i] & 0xFF);
    }
    return me;
  }
}
