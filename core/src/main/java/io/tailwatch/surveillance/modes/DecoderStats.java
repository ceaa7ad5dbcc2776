package io.tailwatch.surveillance.modes;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a decoder did with the frames it was given: decoded, repaired, positions found, and what it refused, by
 * reason. Live counters, written by the decoder's thread; {@link #snapshot()} copies them for another thread.
 */
public final class DecoderStats {
  /** Why a frame, or the position in it, was not used. */
  public enum Reason {
    /** Parity failed (and, for DF17/18, no single-bit repair explained it). */
    BAD_PARITY,
    /** An address recovered from parity (or a DF11 with an interrogator code) not seen in a clean reply lately. */
    UNTRUSTED_ADDRESS,
    /** A single-bit repair of a DF17/18 from an aircraft not seen in a clean reply lately. */
    UNTRUSTED_REPAIR,
    UNSUPPORTED_FORMAT,
    WRONG_LENGTH,
    /** DF18 with an anonymous, TIS-B coarse or management address. */
    NON_ICAO_ADDRESS,
    /** A clean reply from a new address while the decoder already holds its most aircraft. */
    TOO_MANY_AIRCRAFT,
    /** Not a rejected frame: its position was dropped because even and odd disagreed on the zone. */
    CPR_ZONE_MISMATCH,
    /** Not a rejected frame: its position was dropped as farther from the receiver than radio reaches. */
    OUT_OF_RANGE,
    /** Not a rejected frame: its position was dropped because no aircraft could have flown there. */
    IMPOSSIBLE_POSITION;

    /** Whether the whole frame was refused, rather than only its position. */
    public boolean rejectsFrame() {
      return ordinal() < CPR_ZONE_MISMATCH.ordinal();
    }
  }

  /** The counters at one moment. */
  public record Counts(long frames, long decoded, long repaired, long positions, Map<Reason, Long> byReason) {
    public long rejected() {
      return frames - decoded;
    }
  }

  long frames;
  long decoded;
  long repaired;
  long positions;
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

  /** Positions decoded. */
  public long positions() {
    return positions;
  }

  /** Frames rejected whole (positions dropped from decoded frames are not counted here). */
  public long rejected() {
    return frames - decoded;
  }

  public long count(Reason reason) {
    return counts[reason.ordinal()];
  }

  /** The reasons that occurred, with their counts. */
  public Map<Reason, Long> byReason() {
    Map<Reason, Long> out = new EnumMap<>(Reason.class);
    for (Reason r : Reason.values()) {
      if (counts[r.ordinal()] > 0) {
        out.put(r, counts[r.ordinal()]);
      }
    }
    return out;
  }

  public Counts snapshot() {
    return new Counts(frames, decoded, repaired, positions, byReason());
  }

  @Override
  public String toString() {
    return frames + " frames, " + decoded + " decoded (" + repaired + " repaired), " + positions + " positions, "
        + rejected() + " rejected " + byReason();
  }
}
