package io.tailwatch.formats.receiver;

/**
 * Event time rebuilt from receivers' free-running 12 MHz counters (Beast, AVR {@code @} and {@code <} forms), for
 * recordings, which carry no wall-clock time: the first frame is placed at {@code startMs} and every later one by
 * how far its counter moved.
 *
 * <p>A counter is one clock only while it runs forward steadily. It starts again from zero when the receiver
 * restarts, and a stream merged from several receivers (readsb forwarding others' frames) interleaves several
 * counters. So each counter seen is a <em>domain</em>: a frame belongs to the domain whose last tick it follows
 * within [-1 s, +1 h]; a frame that follows none opens a new domain anchored at the latest time so far (at most
 * {@value #MAX_DOMAINS}, the longest unused is dropped). Times never go backwards: a frame a little behind the
 * latest one gets the latest time, which is what the decoder (event-time order) and the flight pipeline expect.
 *
 * <p>Counters of 0 (dump1090 without timestamps), {@code FF 00 "MLAT"} and the few values after it (mlat-client's
 * and readsb's marks of frames synthesised from a multilateration result) and all ones (readsb's "any time") are
 * not times: such frames take the latest time.
 * Radarcape receivers in GPS mode send seconds-of-day and nanoseconds instead of a 12 MHz count; pass their
 * recordings with a start time and expect times that run fast (not detected).
 */
public final class TickClock implements FrameClock {
  static final long TICKS_PER_MS = 12_000;
  static final int MAX_DOMAINS = 4;
  private static final long BACKWARD_TICKS = 1_000 * TICKS_PER_MS;
  private static final long FORWARD_TICKS = 3_600_000 * TICKS_PER_MS;
  /** Re-anchor after a day, so a 48-bit difference taken from the anchor never nears its sign bit. */
  private static final long REANCHOR_TICKS = 86_400_000 * TICKS_PER_MS;
  private static final long MAGIC_MLAT = 0xFF00_4D4C_4154L;
  private static final long MAGIC_ANY = 0xFFFF_FFFF_FFFFL;

  private final long startMs;
  private final long[] anchorTicks = new long[MAX_DOMAINS];
  private final long[] anchorMs = new long[MAX_DOMAINS];
  private final long[] lastTicks = new long[MAX_DOMAINS];
  private final long[] lastUse = new long[MAX_DOMAINS];
  private int domains;
  private long latestMs;
  private long timed;
  private long opened;

  public TickClock(long startMs) {
    this.startMs = startMs;
    this.latestMs = startMs;
  }

  @Override
  public long timeMs(long ticks) {
    if (ticks <= 0 || ticks >= MAGIC_MLAT && ticks <= MAGIC_MLAT + 0x10 || ticks == MAGIC_ANY) {
      return latestMs;
    }
    timed++;
    int d = domainOf(ticks);
    if (d < 0) {
      d = open(ticks);
    }
    lastTicks[d] = ticks;
    lastUse[d] = timed;
    long elapsed = signed48(ticks - anchorTicks[d]);
    long t = anchorMs[d] + Math.floorDiv(elapsed, TICKS_PER_MS);
    if (elapsed > REANCHOR_TICKS) {
      anchorTicks[d] = ticks;
      anchorMs[d] = t;
    }
    latestMs = Math.max(latestMs, t);
    return latestMs;
  }

  /** Frames that carried a usable counter. */
  public long timedFrames() {
    return timed;
  }

  /** Counters seen beyond the first: receiver restarts, or other receivers' frames mixed in. */
  public long clockChanges() {
    return Math.max(0, opened - 1);
  }

  /** The latest time given so far (the start when no frame carried a counter). */
  public long latestMs() {
    return latestMs;
  }

  private int domainOf(long ticks) {
    for (int i = 0; i < domains; i++) {
      long step = signed48(ticks - lastTicks[i]);
      if (step >= -BACKWARD_TICKS && step <= FORWARD_TICKS) {
        return i;
      }
    }
    return -1;
  }

  private int open(long ticks) {
    opened++;
    int d;
    if (domains < MAX_DOMAINS) {
      d = domains++;
    } else {
      d = 0;
      for (int i = 1; i < MAX_DOMAINS; i++) {
        if (lastUse[i] < lastUse[d]) {
          d = i;
        }
      }
    }
    anchorTicks[d] = ticks;
    anchorMs[d] = latestMs;
    return d;
  }

  private static long signed48(long v) {
    return v << 16 >> 16;
  }
}
