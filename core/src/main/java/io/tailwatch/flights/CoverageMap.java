package io.tailwatch.flights;

import io.tailwatch.geo.Geo;
import io.tailwatch.geo.GeoPoint;
import java.util.Locale;

/**
 * Where receivers hear aircraft, learned from the positions themselves: the world is cut into cells of
 * {@value #CELL_DEG} degree (about 28 km north-south) and two altitude bands (below and above
 * {@value #HIGH_BAND_M} m, because a receiver hears a cruising jet from much further than a low helicopter), and a
 * cell counts as <em>covered</em> once positions of at least {@code minAircraft} different aircraft were received in
 * it. Coverage of the low band implies coverage of the high band over the same cell.
 *
 * <p>This is what separates a coverage hole from a transponder gap. A silence whose start, end and straight path
 * all lie in covered cells (at least {@link #PATH_SHARE} of the path) is <em>suspicious</em>: other aircraft were
 * heard there, this one was not. Anything else (open ocean, desert, an aircraft too low for the receivers of the
 * area) is an ordinary coverage hole. The verdict and its reason are written into the {@link Gap}, so that a
 * detector can cite them.
 *
 * <p>Cost: one 64-bit set of aircraft per visited cell and band, in an open-addressing table without boxing (about
 * 24 bytes per visited cell; a continent is a few tens of thousands of cells). Recording a position is a hash probe
 * and an OR; distinct aircraft are counted from the bits of a 64-bucket hashed set (five aircraft share a bucket with
 * a probability of about 15 %, which makes a cell look one aircraft less covered than it is: collisions can only
 * turn a suspicious gap into a coverage hole, never the reverse). Incremental and idempotent: the same
 * position recorded twice changes nothing, so a map built in a first pass over a file may be handed to the tracker
 * that records it again. Not thread-safe.
 *
 * <p>Limits: coverage has no time dimension (a receiver switched off last month still counts), and a cell's verdict
 * does not see terrain inside it.
 */
public final class CoverageMap {
  public static final double CELL_DEG = 0.25;
  public static final double HIGH_BAND_M = 3_000;
  /** Share of the path that must lie in covered cells for a silence to be suspicious. */
  public static final double PATH_SHARE = 0.8;

  private static final int COLS = (int) (360 / CELL_DEG);
  private static final long EMPTY = -1;

  private final int minAircraft;
  /** Open addressing, key and aircraft bits side by side (one cache line per probe), at most half full. */
  private long[] slots;
  private int size;

  /** @param minAircraft distinct aircraft a cell must have heard to count as covered (5 is a good default) */
  public CoverageMap(int minAircraft) {
    if (minAircraft < 1 || minAircraft > 64) {
      throw new IllegalArgumentException("minAircraft must be in 1..64: " + minAircraft);
    }
    this.minAircraft = minAircraft;
    slots = emptySlots(1024);
  }

  private static long[] emptySlots(int capacity) {
    long[] table = new long[capacity * 2];
    for (int i = 0; i < table.length; i += 2) {
      table[i] = EMPTY;
    }
    return table;
  }

  public int minAircraft() {
    return minAircraft;
  }

  /** Cells (times bands) that heard at least one aircraft. */
  public int cells() {
    return size;
  }

  /** Notes that a position of {@code icao24} at this place and altitude (metres, NaN if unknown) was received. */
  public void record(double lat, double lon, double altitudeM, int icao24) {
    record(cell(lat, lon, altitudeM), icao24);
  }

  /**
   * The cell (and band) of a position, for callers that record only when an aircraft changes cell: recording the
   * same aircraft in the same cell again changes nothing.
   */
  public static int cell(double lat, double lon, double altitudeM) {
    return key(lat, lon, band(altitudeM));
  }

  /** Notes that {@code icao24} was received in a cell from {@link #cell}. */
  public void record(int key, int icao24) {
    long bit = 1L << (mix(icao24) & 63);
    int slot = find(key);
    if (slots[slot] == EMPTY) {
      if (size + 1 > slots.length / 4) {
        grow();
        slot = find(key);
      }
      slots[slot] = key;
      size++;
    }
    slots[slot + 1] |= bit;
  }

  /** How many different aircraft were heard in this cell at this altitude (low-band aircraft count for high). */
  public int aircraftHeard(double lat, double lon, double altitudeM) {
    return othersHeard(lat, lon, altitudeM, 0);
  }

  public boolean covered(double lat, double lon, double altitudeM) {
    return aircraftHeard(lat, lon, altitudeM) >= minAircraft;
  }

  /** Aircraft heard in the cell other than those sharing {@code ownBit}'s bucket (0: all of them). */
  private int othersHeard(double lat, double lon, double altitudeM, long ownBit) {
    int band = band(altitudeM);
    long bits = bits(key(lat, lon, band));
    if (band == 1) {
      bits |= bits(key(lat, lon, 0));
    }
    return Long.bitCount(bits & ~ownBit);
  }

  /**
   * Judges a silence of aircraft {@code icao24}, airborne from the gap's start to its end at the given altitudes.
   * The altitude band is that of the lower end (the aircraft was at least that low at one end, where receivers hear
   * less far). The aircraft itself does not count toward the coverage of the cells it was heard in.
   */
  public Gap assess(Gap gap, double altitude1M, double altitude2M, int icao24) {
    long own = 1L << (mix(icao24) & 63);
    double alt = Double.isNaN(altitude1M) ? altitude2M
        : Double.isNaN(altitude2M) ? altitude1M : Math.min(altitude1M, altitude2M);
    String band = band(alt) == 1 ? "above " + (int) HIGH_BAND_M + " m" : "below " + (int) HIGH_BAND_M + " m";
    int startHeard = othersHeard(gap.startLat(), gap.startLon(), alt, own);
    int endHeard = othersHeard(gap.endLat(), gap.endLon(), alt, own);
    double km = gap.distanceKm();
    int samples = Math.max(2, (int) Math.ceil(km / 10) + 1);
    int covered = 0;
    for (int i = 0; i < samples; i++) {
      GeoPoint p = Geo.interpolate(gap.startLat(), gap.startLon(), gap.endLat(), gap.endLon(),
          i / (double) (samples - 1));
      if (othersHeard(p.lat(), p.lon(), alt, own) >= minAircraft) {
        covered++;
      }
    }
    double share = covered / (double) samples;
    long minutes = Math.round(gap.duration().toSeconds() / 60.0);
    boolean suspicious = startHeard >= minAircraft && endHeard >= minAircraft && share >= PATH_SHARE;
    String reason;
    if (suspicious) {
      reason = String.format(Locale.ROOT, "dark for %d min over %.0f km in covered airspace: where it went dark %d "
          + "other aircraft were heard %s, where it reappeared %d, and %d of %d points on its path lie in cells "
          + "with at least %d", minutes, km, startHeard, band, endHeard, covered, samples, minAircraft);
    } else if (startHeard < minAircraft || endHeard < minAircraft) {
      reason = String.format(Locale.ROOT, "coverage hole: where it %s only %d other aircraft were ever heard %s "
          + "(covered needs %d)", startHeard < endHeard ? "went dark" : "reappeared", Math.min(startHeard, endHeard), band,
          minAircraft);
    } else {
      reason = String.format(Locale.ROOT, "coverage hole: only %d of %d points on its path lie in cells where at "
          + "least %d other aircraft were heard %s", covered, samples, minAircraft, band);
    }
    return gap.withCoverage(suspicious, share, reason);
  }

  private static int band(double altitudeM) {
    return !Double.isNaN(altitudeM) && altitudeM >= HIGH_BAND_M ? 1 : 0;
  }

  private static int key(double lat, double lon, int band) {
    int row = (int) Math.floor((Math.max(-90, Math.min(89.999, lat)) + 90) / CELL_DEG);
    int col = Math.floorMod((int) Math.floor((lon + 180) / CELL_DEG), COLS);
    return ((row * COLS + col) << 1) | band;
  }

  private long bits(int key) {
    int slot = find(key);
    return slots[slot] == EMPTY ? 0 : slots[slot + 1];
  }

  /** Index of the key's slot (its key word; the bits follow), or of the empty slot where it belongs. */
  private int find(int key) {
    int mask = (slots.length >> 1) - 1;
    int i = mix(key) & mask;
    while (slots[i << 1] != EMPTY && slots[i << 1] != key) {
      i = (i + 1) & mask;
    }
    return i << 1;
  }

  private void grow() {
    long[] old = slots;
    slots = emptySlots(old.length); // twice the slots: old.length longs hold old.length / 2 of them
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != EMPTY) {
        int slot = find((int) old[i]);
        slots[slot] = old[i];
        slots[slot + 1] = old[i + 1];
      }
    }
  }

  /** Spreads an int's bits (a Murmur3-style finaliser), so that neighbouring cells and addresses scatter. */
  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
