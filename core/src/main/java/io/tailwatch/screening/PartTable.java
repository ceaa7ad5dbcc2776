package io.tailwatch.screening;

import java.util.Arrays;

/**
 * The vocabulary parts one search met: per part, its row of likeness when the search found it alike to one of its
 * units, and the plain units it is like as a common part. A few hundred parts per search, asked about every part of
 * every name found, so kept in a small open-addressed table that stays in cache rather than in arrays as long as the
 * vocabulary. Slot indexes stay valid until the next part is added.
 */
final class PartTable {
  /** Slots to start with and shrink back to: small, the table grows to what searches need. */
  static final int INITIAL_SLOTS = 1 << 8;

  /** Per slot: (part + 1) << 32 | (row + 1); 0 when empty. */
  private long[] slots = new long[INITIAL_SLOTS];
  private long[] units = new long[INITIAL_SLOTS];
  private int[] used = new int[INITIAL_SLOTS / 4];
  private int size;

  /** The slot of part {@code v}, -1 when the table does not hold it. */
  int find(int v) {
    for (int i = hash(v, slots.length); ; i = i + 1 & slots.length - 1) {
      long slot = slots[i];
      if (slot == 0) {
        return -1;
      }
      if ((int) (slot >>> 32) == v + 1) {
        return i;
      }
    }
  }

  /** The slot of part {@code v}, added (without a row or units) if the table did not hold it. */
  int slot(int v) {
    int found = find(v);
    if (found >= 0) {
      return found;
    }
    if (4 * (size + 1) > slots.length) {
      grow(); // at most a quarter full: a part the table does not hold is told at the first or second slot
    }
    int i = hash(v, slots.length);
    while (slots[i] != 0) {
      i = i + 1 & slots.length - 1;
    }
    slots[i] = (long) (v + 1) << 32;
    if (size == used.length) {
      used = Arrays.copyOf(used, 2 * size);
    }
    used[size++] = i;
    return i;
  }

  /** The row at {@code slot}, -1 when it has none. */
  int row(int slot) {
    return (int) slots[slot] - 1;
  }

  void setRow(int slot, int row) {
    slots[slot] = slots[slot] & 0xFFFF_FFFF_0000_0000L | (row + 1);
  }

  /** The units at {@code slot}, as bits. */
  long units(int slot) {
    return units[slot];
  }

  void addUnits(int slot, long bits) {
    units[slot] |= bits;
  }

  int size() {
    return size;
  }

  /** Empties the table for the next search; a table grown far past what the last search needed shrinks back. */
  void clear() {
    if (slots.length > INITIAL_SLOTS && 16 * size < slots.length) {
      slots = new long[INITIAL_SLOTS];
      units = new long[INITIAL_SLOTS];
    } else {
      for (int k = 0; k < size; k++) {
        slots[used[k]] = 0;
        units[used[k]] = 0;
      }
    }
    size = 0;
  }

  int capacity() {
    return slots.length;
  }

  private void grow() {
    long[] oldSlots = slots;
    long[] oldUnits = units;
    int[] oldUsed = Arrays.copyOf(used, size);
    slots = new long[2 * oldSlots.length];
    units = new long[slots.length];
    size = 0;
    for (int old : oldUsed) {
      int i = hash((int) (oldSlots[old] >>> 32) - 1, slots.length);
      while (slots[i] != 0) {
        i = i + 1 & slots.length - 1;
      }
      slots[i] = oldSlots[old];
      units[i] = oldUnits[old];
      used[size++] = i;
    }
  }

  private static int hash(int v, int capacity) {
    return (int) ((v * 0x9E3779B97F4A7C15L) >>> 32) & capacity - 1;
  }
}
