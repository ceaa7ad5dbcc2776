package io.tailwatch.surveillance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which state issued a Mode S (ICAO 24-bit) address, from ICAO's allocation of address blocks to states (Annex
 * 10, Volume III, Chapter 9 appendix). Blocks nest: Bermuda's 400000-4001BF lies inside the United Kingdom's
 * 400000-43FFFF, Hong Kong's 789000-789FFF inside China's; the most specific (smallest) block containing an
 * address wins. Addresses in no block are unassigned (empty). So a Venezuelan-registered airframe still sending
 * an Iranian address (730000-737FFF) shows up.
 *
 * <p>Pure: built from a list of blocks, no I/O. Building flattens the nested blocks into disjoint segments, O(n²)
 * for n blocks (the table has about 200: well under a millisecond); {@link #stateOf} is a binary search,
 * O(log n).
 */
public final class AddressAllocation {
  /**
   * A block of addresses allocated to a state (or to ICAO itself).
   *
   * @param first the first address, inclusive
   * @param last the last address, inclusive
   * @param country the state's name as the table gives it
   * @param iso2 the ISO 3166-1 alpha-2 code, upper case; null for ICAO's own blocks
   */
  public record Block(int first, int last, String country, String iso2) {
    public Block {
      Objects.requireNonNull(country, "country");
      if (first < 0 || last > 0xFFFFFF || first > last) {
        throw new IllegalArgumentException("not a 24-bit address block: " + Icao24.format(first) + "-"
            + Icao24.format(last));
      }
      iso2 = iso2 == null || iso2.isBlank() ? null : iso2;
    }

    public int size() {
      return last - first + 1;
    }

    public boolean contains(int address) {
      return address >= first && address <= last;
    }
  }

  /** The state an address belongs to: its name and ISO code (null for ICAO's temporary and special blocks). */
  public record State(String country, String iso2) {}

  private final List<Block> blocks;
  private final int[] segmentStarts;
  private final Block[] segmentBlocks;

  public AddressAllocation(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
    TreeSet<Integer> bounds = new TreeSet<>();
    for (Block b : this.blocks) {
      bounds.add(b.first());
      bounds.add(b.last() + 1);
    }
    List<Integer> starts = new ArrayList<>();
    List<Block> owners = new ArrayList<>();
    Integer[] points = bounds.toArray(new Integer[0]);
    for (int i = 0; i < points.length; i++) {
      int start = points[i];
      Block owner = smallestContaining(start);
      // Adjacent segments of the same block are one segment; gaps are segments owned by null.
      if (owners.isEmpty() || owners.get(owners.size() - 1) != owner) {
        starts.add(start);
        owners.add(owner);
      }
    }
    segmentStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    segmentBlocks = owners.toArray(new Block[0]);
  }

  private Block smallestContaining(int address) {
    Block best = null;
    for (Block b : blocks) {
      if (b.contains(address) && (best == null || b.size() < best.size())) {
        best = b;
      }
    }
    return best;
  }

  /** The state that issued the address, or empty when no block holds it. */
  public Optional<State> stateOf(int icao24) {
    return blockOf(icao24).map(b -> new State(b.country(), b.iso2()));
  }

  /** The most specific block holding the address. */
  public Optional<Block> blockOf(int icao24) {
    int i = Arrays.binarySearch(segmentStarts, icao24);
    if (i < 0) {
      i = -i - 2;
    }
    return i < 0 ? Optional.empty() : Optional.ofNullable(segmentBlocks[i]);
  }

  public List<Block> blocks() {
    return blocks;
  }
}
