package io.tailwatch.surveillance.modes;

/**
 * The decoder's aircraft, keyed by 24-bit address: an open-addressing hash table over an {@code int[]} of keys
 * (no boxing, no entry objects), linear probing, deletion by backward shift. It grows by doubling while at most
 * half full, and holds at most {@code capacity} aircraft, so a flood of forged addresses cannot exhaust memory;
 * idle aircraft are swept out by {@link #evictIdle}. A lookup of an absent address allocates nothing. Not
 * thread-safe.
 */
final class AircraftTable {
  private final int capacity;
  private int[] keys;
  private AircraftState[] values;
  private int size;

  /** @param capacity the most aircraft held at once */
  AircraftTable(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
    int slots = Math.min(1024, tableSizeFor(capacity));
    keys = new int[slots];
    values = new AircraftState[slots];
  }

  int size() {
    return size;
  }

  /** The aircraft with this address, or null. */
  AircraftState get(int icao24) {
    int mask = keys.length - 1;
    for (int slot = slot(icao24, mask); values[slot] != null; slot = (slot + 1) & mask) {
      if (keys[slot] == icao24) {
        return values[slot];
      }
    }
    return null;
  }

  /** The aircraft with this address, added when absent; null when absent and the table is full. */
  AircraftState getOrAdd(int icao24) {
    AircraftState found = get(icao24);
    if (found != null) {
      return found;
    }
    if (size >= capacity) {
      return null;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    AircraftState added = new AircraftState(icao24);
    insert(icao24, added);
    size++;
    return added;
  }

  /** Slots in the table: the cost of one {@link #evictIdle} pass. */
  int slots() {
    return keys.length;
  }

  /** Removes every aircraft last heard before {@code cutoff}; returns how many went. */
  int evictIdle(long cutoff) {
    int removed = 0;
    int mask = keys.length - 1;
    int slot = 0;
    while (slot < keys.length) {
      AircraftState s = values[slot];
      if (s != null && s.lastSeen < cutoff) {
        removeAt(slot, mask);
        removed++;
        // the backward shift may have moved a later entry into this slot: look at it again
      } else {
        slot++;
      }
    }
    size -= removed;
    return removed;
  }

  private void removeAt(int hole, int mask) {
    values[hole] = null;
    for (int next = (hole + 1) & mask; values[next] != null; next = (next + 1) & mask) {
      int home = slot(keys[next], mask);
      // Move the entry back into the hole unless its home lies cyclically in (hole, next].
      boolean stays = hole <= next ? hole < home && home <= next : hole < home || home <= next;
      if (!stays) {
        keys[hole] = keys[next];
        values[hole] = values[next];
        values[next] = null;
        hole = next;
      }
    }
  }

  private void grow() {
    int[] oldKeys = keys;
    AircraftState[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new AircraftState[oldValues.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != null) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }

  private void insert(int icao24, AircraftState state) {
    int mask = keys.length - 1;
    int slot = slot(icao24, mask);
    while (values[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = icao24;
    values[slot] = state;
  }

  private static int slot(int icao24, int mask) {
    int h = icao24 * 0x9E3779B1; // addresses come in national blocks: mix before masking
    return (h ^ h >>> 16) & mask;
  }

  private static int tableSizeFor(int capacity) {
    int slots = Integer.highestOneBit(Math.max(1, capacity - 1)) << 2; // at most half full when at capacity
    return Math.max(16, slots);
  }
}
