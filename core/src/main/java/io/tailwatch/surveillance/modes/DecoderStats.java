package io.tailwatch.surveillance.modes;

import java.util.EnumMap;
import java.util.Map;

/** What a decoder did with the frames it was given: decoded, repaired, and rejected by reason. */
public final class DecoderStats {
  /** Why a frame (or a position in it) was not used. */
  public enum Reason {
    BAD_PARITY, UNTRUSTED_ADDRESS, UNSUPPORTED_FORMAT, WRONG_LENGTH, NON_ICAO_ADDRESS,
    /** Not a rejected frame: its position was dropped because even and odd disagreed on the zone. */
    CPR_ZONE_MISMATCH,
    /** Not a rejected frame: its position was dropped because no aircraft could have flown there. */
    IMPOSSIBLE_POSITION
  }

  long frames;
  long decoded;
  long repaired;
  private final long[] counts = new long[Reason.values().length];

  void record(Reason reason) {
    counts[reason.ordinal()]++;
  }

  public long frames() {
    return frames;
  }

  public long decoded() {
    return decoded;
  }

  public long repaired() {
    return repaired;
  }

  /** Frames rejected whole (positions dropped from decoded frames are not counted here). */
  public long rejected() {
    return frames - decoded;
  }

  public long count(Reason reason) {
    return counts[reason.ordinal()];
  }

  public Map<Reason, Long> byReason() {
    Map<Reason, Long> out = new EnumMap<>(Reason.class);
    for (Reason r : Reason.values()) {
      if (counts[r.ordinal()] > 0) {
        out.put(r, counts[r.ordinal()]);
      }
    }
    return out;
  }
}
