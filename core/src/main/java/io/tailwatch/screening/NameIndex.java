package io.tailwatch.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, among many listed names, those a query name may match, without scoring it against all of them.
 *
 * <p>Blocking. Every name part that is a name (not a particle, a generic word or an initial) is filed under keys
 * that any part it could match at {@link NameMatcher#PART_FLOOR} also has: its phonetic key and that key with one
 * letter dropped (a letter more, less or other), its consonant skeleton (what an Arabic-script part is compared on)
 * and that with one letter dropped, its name-dictionary groups, and the same for the part without a glued article
 * ({@code Alotaibi}). Neighbouring parts are also filed joined ({@code Gholam Reza} as {@code gholamreza}). A query
 * part looks up its own keys.
 *
 * <p>Pruning follows the matcher's caps: a person's name with two or more name parts matching only one part of
 * another scores at most {@link NameMatcher#ONE_PART_CAP}, below any useful threshold, so such names must share
 * two query parts (a joined part counts for the two it joins); names of organisations, or one-part names, need
 * one. Names without any name part (only initials, only generic words) are always candidates. The candidates are
 * then scored by {@link NameMatcher}; {@code NameIndexTest} checks on real lists that the index returns what a scan
 * of every name returns.
 *
 * <p>Memory: postings are int arrays (entry ids, the low bit marking a joined part); about 150 bytes per name.
 * Queries are thread-safe: each thread counts in its own scratch arrays.
 */
public final class NameIndex {
  /** Below this threshold one shared part can be enough, even between people: no pruning by count. */
  private static final double COUNT_PRUNING_FROM = NameMatcher.ONE_PART_CAP + 0.01;

  private final String[] names;
  private final NameKind[] kinds;
  private final byte[] nameParts;
  private final Map<String, int[]> postings;
  private final int[] unblocked;
  private final ThreadLocal<Scratch> scratch;

  private NameIndex(String[] names, NameKind[] kinds, byte[] nameParts, Map<String, int[]> postings, int[] unblocked) {
    this.names = names;
    this.kinds = kinds;
    this.nameParts = nameParts;
    this.postings = postings;
    this.unblocked = unblocked;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(names.length));
  }

  /** A listed name that may match: its entry number (in the order added), and the name. */
  public record Hit(int entry, String name, NameMatch match) {}

  public int size() {
    return names.length;
  }

  public String name(int entry) {
    return names[entry];
  }

  /** Listed names scoring at least {@code threshold} against the query, best first. */
  public List<Hit> search(String query, NameKind queryKind, double threshold) {
    ParsedName q = NameNormalizer.parse(query).as(queryKind);
    List<Hit> hits = new ArrayList<>();
    for (int e : candidates(q, threshold)) {
      NameMatch m = NameMatcher.match(q, NameNormalizer.parse(names[e]).as(kinds[e]));
      if (m.score() >= threshold) {
        hits.add(new Hit(e, names[e], m));
      }
    }
    hits.sort((a, b) -> a.match().score() != b.match().score() ? Double.compare(b.match().score(), a.match().score())
        : Integer.compare(a.entry(), b.entry()));
    return hits;
  }

  /**
   * Entries whose names may score at least {@code threshold} against the query: every one that does, and some
   * that do not (the caller scores them). All entries when the query has no name part to block on.
   */
  public int[] candidates(ParsedName query, double threshold) {
    List<Unit> units = units(query.parts());
    if (units.isEmpty()) {
      int[] all = new int[names.length];
      Arrays.setAll(all, i -> i);
      return all;
    }
    Scratch s = scratch.get();
    s.begin();
    for (int u = 0; u < units.size(); u++) {
      Unit unit = units.get(u);
      for (String key : unit.keys) {
        int[] list = postings.get(key);
        if (list != null) {
          for (int posting : list) {
            s.count(posting >>> 1, u, unit.double_ || (posting & 1) == 1 ? 2 : 1);
          }
        }
      }
    }
    int queryNames = units.stream().mapToInt(un -> un.joined ? 0 : 1).sum();
    boolean pruneByCount = threshold >= COUNT_PRUNING_FROM;
    int[] out = new int[s.touched + unblocked.length];
    int n = 0;
    for (int i = 0; i < s.touched; i++) {
      int e = s.entries[i];
      boolean organisation = query.kind() == NameKind.ORGANIZATION || kinds[e] == NameKind.ORGANIZATION;
      int needed = pruneByCount && !organisation && Math.max(queryNames, nameParts[e]) >= 2 ? 2 : 1;
      if (s.total(e) >= needed) {
        out[n++] = e;
      }
    }
    for (int e : unblocked) {
      out[n++] = e;
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * One query part, or two neighbouring ones joined, with its keys. {@code double_}: it stands for two words (a
   * join, or a compound part written as one: {@code Jamal-al-Din}), so a match on it counts for two.
   */
  private record Unit(Set<String> keys, boolean joined, boolean double_) {}

  private static List<Unit> units(List<NamePart> parts) {
    List<Unit> units = new ArrayList<>();
    NamePart previous = null;
    for (NamePart p : parts) {
      if (p.role() != NamePart.Role.NAME) {
        previous = null;
        continue;
      }
      units.add(new Unit(keys(p, true), false, compound(p)));
      if (previous != null) {
        units.add(new Unit(keys(NamePart.join(previous, p), false), true, true));
      }
      previous = p;
    }
    return units;
  }

  /** A part written as one of two words ({@code Jamal-al-Din}, {@code Gholam Reza} read as one). */
  static boolean compound(NamePart p) {
    return !p.abjad() && p.latin().indexOf('\'') > 0;
  }

  /**
   * The blocking keys of a part: see the class comment. {@code words}: also the keys of each word of a compound
   * as written (not of two parts this index joined: those words are parts of their own).
   */
  static Set<String> keys(NamePart p, boolean words) {
    Set<String> keys = new LinkedHashSet<>();
    addKeys(p, words, keys);
    if (p.articleless() != null) {
      addKeys(p.articleless(), words, keys);
    }
    return keys;
  }

  private static void addKeys(NamePart p, boolean words, Set<String> keys) {
    if (!p.abjad()) {
      addWithDeletions('k', p.key(), 4, keys);
      if (words && compound(p)) {
        // Each word of a compound, so that it meets the other name's words compared as a join.
        for (String word : p.latin().split("'")) {
          if (word.length() >= 3) {
            addWithDeletions('k', PhoneticKey.of(word), 4, keys);
          }
        }
      }
      for (int g : p.groups()) {
        keys.add("g" + g);
      }
    }
    addWithDeletions('s', p.skeleton(), 3, keys);
    if (!p.literalSkeleton().equals(p.skeleton())) {
      addWithDeletions('s', p.literalSkeleton(), 3, keys);
    }
    if (words) {
      // Not for two parts this index joined: folded that coarsely, any two joins would meet.
      addWithDeletions('f', confusables(p.skeleton()), 3, keys);
    }
  }

  /**
   * The skeleton with letters that renderings confuse ({@link ConfusableDistance}: k/x/h/c/s/j/z/t/d, p/b/f/v,
   * l/r, m/n) folded into one letter each, h and w dropped: Chun and جان (jn) both read "sn".
   */
  static String confusables(String skeleton) {
    StringBuilder out = new StringBuilder(skeleton.length());
    for (int i = 0; i < skeleton.length(); i++) {
      char c = skeleton.charAt(i);
      char folded = switch (c) {
        case 'k', 'x', 'c', 's', 'j', 'z', 't', 'd' -> 's';
        case 'p', 'b', 'f', 'v' -> 'p';
        case 'l', 'r' -> 'l';
        case 'm', 'n' -> 'n';
        case 'h', 'w' -> 0;
        default -> c;
      };
      if (folded != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != folded)) {
        out.append(folded);
      }
    }
    return out.toString();
  }

  private static void addWithDeletions(char kind, String value, int minLength, Set<String> keys) {
    if (value.isEmpty()) {
      return;
    }
    keys.add(kind + value);
    if (value.length() >= minLength && value.length() <= 24) {
      for (int i = 0; i < value.length(); i++) {
        keys.add(kind + value.substring(0, i) + value.substring(i + 1));
      }
    }
  }

  /** Collects names, then files them. Not thread-safe; the built index is. */
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<NameKind> kinds = new ArrayList<>();
    private final List<Byte> nameParts = new ArrayList<>();
    private final Map<String, IntList> building = new HashMap<>();
    private final IntList unblocked = new IntList();

    /** Adds a listed name; returns its entry number. */
    public int add(String name, NameKind kind) {
      int entry = names.size();
      ParsedName parsed = NameNormalizer.parse(name).as(kind);
      names.add(name);
      kinds.add(parsed.kind());
      int count = 0;
      NamePart previous = null;
      for (NamePart p : parsed.parts()) {
        if (p.role() != NamePart.Role.NAME) {
          previous = null;
          continue;
        }
        count++;
        int flag = compound(p) ? 1 : 0;
        for (String key : keys(p, true)) {
          building.computeIfAbsent(key, k -> new IntList()).add(entry << 1 | flag);
        }
        if (previous != null) {
          for (String key : keys(NamePart.join(previous, p), false)) {
            building.computeIfAbsent(key, k -> new IntList()).add(entry << 1 | 1);
          }
        }
        previous = p;
      }
      if (count == 0) {
        unblocked.add(entry);
      }
      nameParts.add((byte) Math.min(count, 100));
      return entry;
    }

    public NameIndex build() {
      Map<String, int[]> postings = new HashMap<>(building.size() * 2);
      building.forEach((k, v) -> postings.put(k, v.toArray()));
      byte[] parts = new byte[nameParts.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = nameParts.get(i);
      }
      return new NameIndex(names.toArray(new String[0]), kinds.toArray(new NameKind[0]), parts, postings,
          unblocked.toArray());
    }
  }

  /** Per-thread counting: for each entry touched, the best credit each query unit gave it. */
  private static final class Scratch {
    final int[] stamp;
    final long[] counted;
    final long[] countedTwice;
    final int[] credit;
    final int[] entries;
    int touched;
    int generation;

    Scratch(int size) {
      stamp = new int[size];
      counted = new long[size];
      countedTwice = new long[size];
      credit = new int[size];
      entries = new int[size];
    }

    void begin() {
      touched = 0;
      if (++generation == Integer.MAX_VALUE) {
        Arrays.fill(stamp, 0);
        generation = 1;
      }
    }

    /** Unit {@code unit} (under 64) found entry {@code e}; a joined match (either side) stands for two parts. */
    void count(int e, int unit, int weight) {
      if (stamp[e] != generation) {
        stamp[e] = generation;
        counted[e] = 0;
        countedTwice[e] = 0;
        credit[e] = 0;
        entries[touched++] = e;
      }
      long bit = 1L << unit;
      if ((counted[e] & bit) == 0) {
        counted[e] |= bit;
        credit[e] += weight;
        if (weight == 2) {
          countedTwice[e] |= bit;
        }
      } else if (weight == 2 && (countedTwice[e] & bit) == 0) {
        countedTwice[e] |= bit;
        credit[e]++;
      }
    }

    int total(int e) {
      return credit[e];
    }
  }

  /** A growable int array: postings of a million names without boxing. */
  private static final class IntList {
    int[] values = new int[2];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
