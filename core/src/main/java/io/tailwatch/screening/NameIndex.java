package io.tailwatch.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, among many listed names, those scoring at least a threshold against a query name, without scoring it
 * against all of them.
 *
 * <p>Two levels. The listed names' parts are filed once each, however many names share them: the distinct parts
 * ({@code Mohammad} of a hundred thousand names is one) and the joins of neighbouring parts ({@code Gholam Reza}
 * as {@code gholam'reza}), each with the names it occurs in. A query part finds the distinct parts it could be
 * like through blocking keys (its phonetic key and that key with one letter dropped, its consonant skeleton and
 * that with one letter dropped, its name-dictionary groups, its confusable-folded skeleton, the same without a
 * glued article), then {@link PartSimilarity} decides which of them it is actually like: at
 * {@link NameMatcher#PART_FLOOR}, the only pairs the matcher makes. Only their names are counted.
 *
 * <p>Pruning follows the matcher's caps: a person's name with two or more name parts matching only one part of
 * another scores at most {@link NameMatcher#ONE_PART_CAP}, below any useful threshold, so such names must share
 * two query parts (a joined part counts for the two it joins); names of organisations, or one-part names, need
 * one. A person's name never reaches the threshold against an organisation's ({@link NameMatcher#KIND_CAP}).
 * Names without any name part (only initials, only generic words) are always candidates, and a query without one
 * is compared with every name without one (the matcher caps the others). Candidates are then scored by
 * {@link NameMatcher} on their filed parts;
 * {@code NameIndexTest} checks on real lists that the index returns what a scan of every name returns.
 *
 * <p>Memory: keys are 64-bit hashes (a collision only adds a part to check); postings are int arrays. Queries are
 * thread-safe: each thread counts in its own scratch arrays.
 */
public final class NameIndex {
  /** Below this threshold one shared part can be enough, even between people: no pruning by count. */
  private static final double COUNT_PRUNING_FROM = NameMatcher.ONE_PART_CAP + 0.01;
  /** Part likeness is measured here one way round, in the matcher's joins the other: a margin for asymmetry. */
  private static final double CREDIT_FLOOR = NameMatcher.PART_FLOOR - 0.02;
  private static final int[] NONE = new int[0];
  private static final int REMEMBERED_PARTS = 200_000;

  private final String[] names;
  private final NameKind[] kinds;
  private final byte[] nameParts;
  /** Per entry, its parts as vocabulary ids, in the order of the name. */
  private final int[][] entryParts;
  private final NamePart[] vocabulary;
  /** Per vocabulary id, for the score bound without touching the parts: role is NAME, weight, pairable weight. */
  private final boolean[] vocabularyName;
  private final double[] vocabularyWeight;
  private final double[] vocabularyPairable;
  /** Per entry, {@link #UNPOSTED_PARTS} when it has an initial or a generic word. */
  private final byte[] entryFlags;
  private static final byte UNPOSTED_PARTS = 1;
  /**
   * Per vocabulary id, the entries it occurs in that every query walks: entry << 1, the low bit set when it stands
   * for two words (a join, a compound), and organisations' names.
   */
  private final int[][] postings;
  /** Per vocabulary id, the other entries it occurs in (people's and unknown parties' single words), plain. */
  private final int[][] personPostings;
  /** Per vocabulary id, the entries without a name part that it occurs in (as a generic word, an initial). */
  private final int[][] unblockedPostings;
  private final KeyTable keys;
  /** Entries whose only parts are initials: compared with every query. */
  private final int[] unblocked;
  /** Entries without a name part: the only names a query without one can match. */
  private final int[] nameless;
  private final ThreadLocal<Scratch> scratch;
  private final Map<String, int[]> alike = new ConcurrentHashMap<>();

  private NameIndex(Builder b) {
    this.names = b.names.toArray(new String[0]);
    this.kinds = b.kinds.toArray(new NameKind[0]);
    this.nameParts = Arrays.copyOf(b.nameParts, names.length);
    this.entryParts = b.entryParts.toArray(new int[0][]);
    this.vocabulary = b.vocabulary.toArray(new NamePart[0]);
    this.vocabularyName = new boolean[vocabulary.length];
    this.vocabularyWeight = new double[vocabulary.length];
    this.vocabularyPairable = new double[vocabulary.length];
    for (int v = 0; v < vocabulary.length; v++) {
      vocabularyName[v] = vocabulary[v].role() == NamePart.Role.NAME;
      vocabularyWeight[v] = vocabulary[v].weight();
      vocabularyPairable[v] = pairableWeight(vocabulary[v]);
    }
    this.entryFlags = new byte[names.length];
    for (int e = 0; e < names.length; e++) {
      for (int v : entryParts[e]) {
        if (pairsUnposted(vocabulary[v])) {
          entryFlags[e] = UNPOSTED_PARTS;
        }
      }
    }
    this.postings = new int[vocabulary.length][];
    this.personPostings = new int[vocabulary.length][];
    for (int v = 0; v < postings.length; v++) {
      int[] all = b.postings.get(v).toArray();
      int walked = 0;
      for (int posting : all) {
        walked += (posting & 1) == 1 || b.kinds.get(posting >>> 1) == NameKind.ORGANIZATION ? 1 : 0;
      }
      postings[v] = new int[walked];
      personPostings[v] = new int[all.length - walked];
      int w = 0;
      int p = 0;
      for (int posting : all) {
        if ((posting & 1) == 1 || b.kinds.get(posting >>> 1) == NameKind.ORGANIZATION) {
          postings[v][w++] = posting;
        } else {
          personPostings[v][p++] = posting >>> 1;
        }
      }
    }
    this.unblockedPostings = new int[vocabulary.length][];
    for (int v = 0; v < postings.length; v++) {
      IntList list = b.unblockedPostings.get(v);
      unblockedPostings[v] = list == null ? NONE : list.toArray();
    }
    this.keys = b.keys.trimmed();
    this.unblocked = b.unblocked.toArray();
    int namelessCount = 0;
    for (int e = 0; e < names.length; e++) {
      namelessCount += nameParts[e] == 0 ? 1 : 0;
    }
    this.nameless = new int[namelessCount];
    for (int e = 0, i = 0; e < names.length; e++) {
      if (nameParts[e] == 0) {
        nameless[i++] = e;
      }
    }
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(names.length, vocabulary.length));
  }

  /** A listed name that matches: its entry number (in the order added), the name, and how it matched. */
  public record Hit(int entry, String name, NameMatch match) {}

  public int size() {
    return names.length;
  }

  public String name(int entry) {
    return names[entry];
  }

  /** Distinct name parts and joins filed. */
  public int distinctParts() {
    return vocabulary.length;
  }

  /** Listed names scoring at least {@code threshold} against the query, best first. */
  public List<Hit> search(String query, NameKind queryKind, double threshold) {
    return search(NameNormalizer.parse(query).as(queryKind), threshold);
  }

  /** The same, for a name already read. */
  public List<Hit> search(ParsedName query, double threshold) {
    List<Hit> hits = new ArrayList<>();
    RememberingComparer comparer = new RememberingComparer(query.parts());
    for (int e : candidates(query, threshold)) {
      if (NameMatcher.score(query, filed(e), comparer) >= threshold) {
        // Scored again on the name as written, for an explanation that quotes it.
        hits.add(new Hit(e, names[e], NameMatcher.match(query, NameNormalizer.parse(names[e]).as(kinds[e]))));
      }
    }
    hits.sort((a, b) -> a.match().score() != b.match().score() ? Double.compare(b.match().score(), a.match().score())
        : Integer.compare(a.entry(), b.entry()));
    return hits;
  }

  /**
   * Part likeness for one query: candidates share their filed parts (a thousand names with Mohammad), so each
   * query part is compared with each filed part once.
   */
  private static final class RememberingComparer implements NameMatcher.PartComparer {
    private final List<NamePart> queryParts;
    private final IdentityHashMap<NamePart, double[]> remembered = new IdentityHashMap<>();

    RememberingComparer(List<NamePart> queryParts) {
      this.queryParts = queryParts;
    }

    @Override
    public double similarity(NamePart query, NamePart listed) {
      int q = -1;
      for (int i = 0; i < queryParts.size(); i++) {
        if (queryParts.get(i) == query) {
          q = i;
          break;
        }
      }
      if (q < 0) {
        return PartSimilarity.similarity(query, listed); // a join the matcher made: not filed
      }
      double[] row = remembered.computeIfAbsent(listed, k -> {
        double[] unknown = new double[queryParts.size()];
        Arrays.fill(unknown, Double.NaN);
        return unknown;
      });
      if (Double.isNaN(row[q])) {
        row[q] = PartSimilarity.similarity(query, listed);
      }
      return row[q];
    }
  }

  /** Entry {@code e} as filed: the parts it was read into, shared with other names. */
  private ParsedName filed(int e) {
    int[] ids = entryParts[e];
    NamePart[] parts = new NamePart[ids.length];
    for (int i = 0; i < ids.length; i++) {
      parts[i] = vocabulary[ids[i]];
    }
    return new ParsedName(names[e], Arrays.asList(parts), kinds[e], List.of());
  }

  /**
   * Entries whose names may score at least {@code threshold} against the query: every one that does, and some
   * that do not (the caller scores them). All entries when the query has no name part to block on.
   */
  public int[] candidates(ParsedName query, double threshold) {
    boolean byKind = threshold > NameMatcher.KIND_CAP && query.kind() != NameKind.UNKNOWN;
    List<Unit> units = units(query.parts());
    if (units.stream().noneMatch(u -> u.part.role() == NamePart.Role.NAME)) {
      // Without a name part the query can only reach a listed name without one too (the matcher caps the rest at
      // NO_NAME_PART_CAP), unless two of its particles join into a name: then every name is a candidate.
      boolean onlyNameless = threshold > NameMatcher.NO_NAME_PART_CAP && !twoParticlesInARow(query.parts());
      int[] pool = onlyNameless ? nameless : null;
      int size = pool == null ? names.length : pool.length;
      int[] all = new int[size];
      int n = 0;
      for (int i = 0; i < size; i++) {
        int e = pool == null ? i : pool[i];
        if (!byKind || !query.kind().conflicts(kinds[e])) {
          all[n++] = e;
        }
      }
      return Arrays.copyOf(all, n);
    }
    Scratch s = scratch.get();
    s.begin();
    int[][] alikeParts = new int[units.size()][];
    for (int u = 0; u < units.size(); u++) {
      alikeParts[u] = alike(units.get(u), s);
      for (int v : alikeParts[u]) {
        s.creditedPart[v] = s.generation;
      }
    }
    int queryNames = 0;
    for (Unit unit : units) {
      queryNames += !unit.joined && unit.part.role() == NamePart.Role.NAME ? 1 : 0;
    }
    boolean pruneByCount = threshold >= COUNT_PRUNING_FROM;
    int skipped = pruneByCount && queryNames >= 2 && query.kind() != NameKind.ORGANIZATION
        ? mostCommonPlainUnit(units, alikeParts) : -1;
    for (int u = 0; u < units.size(); u++) {
      Unit unit = units.get(u);
      for (int v : alikeParts[u]) {
        if (unit.part.role() == NamePart.Role.NAME) {
          for (int posting : postings[v]) {
            boolean listedJoin = (posting & 1) == 1;
            s.count(posting >>> 1, u, unit.double_ || listedJoin ? 2 : 1, listedJoin);
          }
          if (u != skipped) {
            for (int e : personPostings[v]) {
              s.count(e, u, unit.double_ ? 2 : 1, false);
            }
          }
        }
        // A name without name parts scores only on a pair: any part of the query like any of its parts.
        for (int e : unblockedPostings[v]) {
          s.count(e, u, 2, false);
        }
      }
    }
    if (skipped >= 0) {
      creditSkippedUnit(skipped, alikeParts[skipped], s);
    }
    QueryShape shape = new QueryShape(query, units);
    int[] out = new int[s.touched + unblocked.length];
    int n = 0;
    for (int i = 0; i < s.touched; i++) {
      int e = s.entries[i];
      if (byKind && query.kind().conflicts(kinds[e])) {
        continue;
      }
      boolean organisation = query.kind() == NameKind.ORGANIZATION || kinds[e] == NameKind.ORGANIZATION;
      int needed = pruneByCount && !organisation && Math.max(queryNames, nameParts[e]) >= 2 ? 2 : 1;
      if (s.credit(e) >= needed && (nameParts[e] == 0 || upperBound(shape, e, s) >= threshold)) {
        out[n++] = e;
      }
    }
    for (int e : unblocked) {
      if (!byKind || !query.kind().conflicts(kinds[e])) {
        out[n++] = e;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean twoParticlesInARow(List<NamePart> parts) {
    for (int k = 1; k < parts.size(); k++) {
      if (parts.get(k - 1).role() == NamePart.Role.PARTICLE && parts.get(k).role() == NamePart.Role.PARTICLE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The single-word name unit whose plain postings are the longest (Mohammad in a million names), or -1. When
   * every candidate needs two units (a person's name of two name parts or more, at a threshold that prunes by
   * count), each candidate is found by some other unit too, so that unit's plain postings need not be walked: the
   * entries the others found are asked instead whether they hold one of its parts ({@link #creditSkippedUnit}).
   * Joins, compounds and organisations' names (which may need one unit) stay in {@link #postings}, always walked.
   */
  private int mostCommonPlainUnit(List<Unit> units, int[][] alikeParts) {
    int best = -1;
    long bestLength = 0;
    for (int u = 0; u < units.size(); u++) {
      Unit unit = units.get(u);
      if (unit.joined || unit.double_ || unit.part.role() != NamePart.Role.NAME) {
        continue;
      }
      long length = 0;
      for (int v : alikeParts[u]) {
        length += personPostings[v].length;
      }
      if (length > bestLength) {
        best = u;
        bestLength = length;
      }
    }
    return best;
  }

  /** Credits unit {@code u} to the entries found so far that hold one of its parts, as its postings would have. */
  private void creditSkippedUnit(int u, int[] alikeParts, Scratch s) {
    s.beginUnit();
    for (int v : alikeParts) {
      s.firstVisit(v);
    }
    for (int i = 0; i < s.touched; i++) {
      int e = s.entries[i];
      if (kinds[e] == NameKind.ORGANIZATION) {
        continue; // their postings were walked
      }
      for (int v : entryParts[e]) {
        if (vocabularyName[v] && s.visited[v] == s.unitGeneration) {
          s.count(e, u, 1, false);
          break;
        }
      }
    }
  }

  /**
   * The most entry {@code e} can score against the query, from which of their name parts the index credited: the
   * cheap test that spares scoring most candidates of common names. Valid for the matcher's formula (see
   * {@link NameMatcher}): pairs only form between credited parts, so
   *
   * <pre>
   *   score <= A / (A + X)
   *   A = Σ weights of the credited parts of both names (particles at their letters' weight: a join may carry it)
   *   X = o·Σ w of the uncredited name parts of both
   *       + (1.5 - o)·min(Σ w uncredited in the query, Σ w uncredited in the listed name) when both keep some
   * </pre>
   *
   * since parts left on both sides are paired as contradictions until one side runs out (each costs 1.5·w
   * instead of o·w). Parts of other roles count as credited (initials and generic words pair without being
   * posted), and so does every name part of a side facing such parts, or of a listed name credited through one of
   * its joins: the bound stays an upper bound, only looser.
   */
  private double upperBound(QueryShape query, int e, Scratch s) {
    boolean organisation = query.organisation || kinds[e] == NameKind.ORGANIZATION;
    double omission = organisation ? NameMatcher.OMISSION_ORGANIZATION : NameMatcher.OMISSION_PERSON;
    int[] listed = entryParts[e];
    boolean listedHasOthers = (entryFlags[e] & UNPOSTED_PARTS) != 0;
    long creditedQuery = 0;
    long counted = s.counted(e);
    for (int u = 0; u < query.covers.length; u++) {
      if ((counted & 1L << u) != 0) {
        creditedQuery |= query.covers[u];
      }
    }
    double credited = 0;
    double queryLeft = 0;
    for (int k = 0; k < query.weight.length; k++) {
      if (!query.name[k] || listedHasOthers || (creditedQuery & 1L << k) != 0) {
        credited += query.pairable[k];
      } else {
        queryLeft += query.weight[k];
      }
    }
    double listedLeft = 0;
    boolean allListed = s.listedJoin(e) || query.hasUnposted;
    for (int v : listed) {
      if (!vocabularyName[v] || allListed || s.creditedPart[v] == s.generation) {
        credited += vocabularyPairable[v];
      } else {
        listedLeft += vocabularyWeight[v];
      }
    }
    double left = omission * (queryLeft + listedLeft);
    if (queryLeft > 0 && listedLeft > 0) {
      left += (NameMatcher.CONTRADICTION - omission) * Math.min(queryLeft, listedLeft);
    }
    return credited == 0 ? 0 : credited / (credited + left);
  }

  /** What the bound needs of the query, worked out once per query. */
  private static final class QueryShape {
    final boolean organisation;
    final boolean hasUnposted;
    final boolean[] name;
    final double[] weight;
    final double[] pairable;
    /** Per unit, the query parts it stands for. */
    final long[] covers;

    QueryShape(ParsedName query, List<Unit> units) {
      List<NamePart> parts = query.parts();
      organisation = query.kind() == NameKind.ORGANIZATION;
      name = new boolean[parts.size()];
      weight = new double[parts.size()];
      pairable = new double[parts.size()];
      boolean unposted = false;
      for (int k = 0; k < parts.size(); k++) {
        NamePart p = parts.get(k);
        name[k] = p.role() == NamePart.Role.NAME;
        weight[k] = p.weight();
        pairable[k] = pairableWeight(p);
        unposted |= pairsUnposted(p);
      }
      hasUnposted = unposted;
      covers = new long[units.size()];
      for (int u = 0; u < covers.length; u++) {
        covers[u] = units.get(u).covers;
      }
    }
  }

  /** Initials and generic words pair with parts the postings do not lead to. */
  private static boolean pairsUnposted(NamePart p) {
    return p.role() == NamePart.Role.INITIAL || p.role() == NamePart.Role.GENERIC;
  }

  /** A part's weight as a pair may count it: a particle joined to a name weighs by its letters. */
  private static double pairableWeight(NamePart p) {
    return p.role() == NamePart.Role.PARTICLE ? p.weight() / NamePart.PARTICLE_WEIGHT : p.weight();
  }

  /**
   * The filed parts a query part is like (at {@link #CREDIT_FLOOR}), remembered for the next query with that part:
   * manifests repeat the common names.
   */
  private int[] alike(Unit unit, Scratch s) {
    String signature = (unit.joined ? "j" : "p") + signature(unit.part);
    int[] known = alike.get(signature);
    if (known != null) {
      return known;
    }
    KeyCollector collected = new KeyCollector();
    // A query's join looks up word keys too: Jamal Hossein (joined) is like the compound Jamaleddine.
    keys(unit.part, true, true, collected);
    if (!unit.joined) {
      collected.add(initialKey(unit.part));
    }
    s.beginUnit();
    IntList found = new IntList();
    for (int k = 0; k < collected.size; k++) {
      int[] ids = keys.get(collected.values[k]);
      if (ids == null) {
        continue;
      }
      for (int v : ids) {
        if (s.firstVisit(v) && PartSimilarity.similarity(unit.part, vocabulary[v], CREDIT_FLOOR) >= CREDIT_FLOOR) {
          found.add(v);
        }
      }
    }
    int[] ids = found.toArray();
    if (alike.size() >= REMEMBERED_PARTS) {
      alike.clear(); // a crude bound: the common parts come back at once
    }
    alike.put(signature, ids);
    return ids;
  }

  /** What makes two parts alike for the matcher: role, script, letters, readings, dictionary groups. */
  private static String signature(NamePart p) {
    return p.role().ordinal() + (p.abjad() ? "a" : "l") + p.latin() + '\u0000' + p.skeleton() + '\u0000'
        + p.literalSkeleton() + Arrays.toString(p.groups());
  }

  /**
   * One query part, or two neighbouring ones joined. {@code double_}: it stands for two words (a join, or a
   * compound part written as one: {@code Jamal-al-Din}), so a match on it counts for two.
   */
  private record Unit(NamePart part, boolean joined, boolean double_, long covers) {}

  /** {@code covers}: the query parts a unit stands for, bit k for part k. */
  private static List<Unit> units(List<NamePart> parts) {
    List<Unit> units = new ArrayList<>();
    NamePart previous = null;
    for (int k = 0; k < parts.size(); k++) {
      NamePart p = parts.get(k);
      units.add(new Unit(p, false, p.role() == NamePart.Role.NAME && compound(p), 1L << k));
      if (previous != null && joinable(previous, p)) {
        units.add(new Unit(NamePart.join(previous, p), true, true, 3L << (k - 1)));
      }
      previous = p;
    }
    return units;
  }

  /** Neighbours the matcher may join: names and particles ({@code Abu Bakr} / {@code Abubakr}), one a name. */
  private static boolean joinable(NamePart a, NamePart b) {
    return (a.role() == NamePart.Role.NAME || a.role() == NamePart.Role.PARTICLE)
        && (b.role() == NamePart.Role.NAME || b.role() == NamePart.Role.PARTICLE)
        && (a.role() == NamePart.Role.NAME || b.role() == NamePart.Role.NAME);
  }

  /** A part written as one of two words ({@code Jamal-al-Din}, {@code Gholam Reza} read as one). */
  static boolean compound(NamePart p) {
    return !p.abjad() && p.latin().indexOf('\'') > 0;
  }

  /**
   * The blocking keys of a part: see the class comment. {@code words}: also the keys of each word of a compound
   * as written, and the confusable-folded skeleton (not for two parts this index joined: those words are parts of
   * their own, and folded that coarsely any two joins would meet).
   */
  static void keys(NamePart p, boolean words, boolean query, KeyCollector keys) {
    addKeys(p, words, query, keys);
    if (p.articleless() != null) {
      addKeys(p.articleless(), words, query, keys);
    }
    keys.distinct();
  }

  /**
   * Folded skeletons are filed apart for parts read from an abjad ({@code F}): two Latin parts are never alike
   * on the folded letters alone, so a Latin query looks up the folded keys of abjad parts only, and the crowded
   * folded keys of Latin parts ("sn") are looked up by abjad queries alone.
   */
  private static void addKeys(NamePart p, boolean words, boolean query, KeyCollector keys) {
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
        keys.add(hash('g', Integer.toString(g), -1));
      }
    }
    addWithDeletions('s', p.skeleton(), 3, keys);
    if (!p.literalSkeleton().equals(p.skeleton())) {
      addWithDeletions('s', p.literalSkeleton(), 3, keys);
    }
    if (words) {
      String folded = confusables(p.skeleton());
      if (query || p.abjad()) {
        addWithDeletions('F', folded, 3, keys);
      }
      if (query ? p.abjad() : !p.abjad()) {
        addWithDeletions('f', folded, 3, keys);
      }
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

  private static void addWithDeletions(char kind, String value, int minLength, KeyCollector keys) {
    if (value.isEmpty()) {
      return;
    }
    keys.add(hash(kind, value, -1));
    if (value.length() >= minLength && value.length() <= 24) {
      for (int i = 0; i < value.length(); i++) {
        keys.add(hash(kind, value, i));
      }
    }
  }

  /**
   * The key that meets initials: a query's part (any) looks up its first letter, and the parts of names without
   * name parts are filed under theirs, so an initial on either side finds the words it may stand for.
   */
  private static long initialKey(NamePart p) {
    String latin = p.abjad() || p.latin().isEmpty() ? "" : p.latin().substring(0, 1);
    return hash('i', latin, -1);
  }

  /** FNV-1a over the kind and the value without the letter at {@code skip} (none when negative), then mixed. */
  private static long hash(char kind, String value, int skip) {
    long h = 0xcbf29ce484222325L;
    h = (h ^ kind) * 0x100000001b3L;
    for (int i = 0; i < value.length(); i++) {
      if (i != skip) {
        h = (h ^ value.charAt(i)) * 0x100000001b3L;
      }
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /** Collects names, then files them. Not thread-safe; the built index is. */
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<NameKind> kinds = new ArrayList<>();
    private byte[] nameParts = new byte[16];
    private final List<int[]> entryParts = new ArrayList<>();
    private final List<NamePart> vocabulary = new ArrayList<>();
    private final List<IntList> postings = new ArrayList<>();
    private final Map<Integer, IntList> unblockedPostings = new HashMap<>();
    /** Per vocabulary id, whether its word keys are filed (a part filed first as a join has only the others). */
    private final List<Boolean> wordKeys = new ArrayList<>();
    private final Map<String, Integer> interned = new HashMap<>();
    private final KeyTable keys = new KeyTable();
    private final IntList unblocked = new IntList();
    private final KeyCollector collected = new KeyCollector();

    /** Adds a listed name; returns its entry number. */
    public int add(String name, NameKind kind) {
      int entry = names.size();
      ParsedName parsed = NameNormalizer.parse(name).as(kind);
      names.add(name);
      kinds.add(parsed.kind());
      List<NamePart> parts = parsed.parts();
      int[] ids = new int[parts.size()];
      int count = 0;
      NamePart previous = null;
      for (int i = 0; i < ids.length; i++) {
        NamePart p = parts.get(i);
        ids[i] = intern(p, true);
        if (p.role() == NamePart.Role.NAME) {
          count++;
          postings.get(ids[i]).add(entry << 1 | (compound(p) ? 1 : 0));
        }
        if (previous != null && joinable(previous, p)) {
          postings.get(intern(NamePart.join(previous, p), false)).add(entry << 1 | 1);
        }
        previous = p;
      }
      entryParts.add(ids);
      if (count == 0) {
        boolean onlyInitials = true;
        for (int i = 0; i < ids.length; i++) {
          NamePart p = parts.get(i);
          onlyInitials &= p.role() == NamePart.Role.INITIAL;
          unblockedPostings.computeIfAbsent(ids[i], v -> new IntList()).add(entry);
          // An initial of the query pairs with a word starting with its letter: filed under that letter.
          keys.add(initialKey(p), ids[i]);
        }
        if (onlyInitials) {
          unblocked.add(entry);
        }
      }
      if (entry == nameParts.length) {
        nameParts = Arrays.copyOf(nameParts, entry * 2);
      }
      nameParts[entry] = (byte) Math.min(count, 100);
      return entry;
    }

    /** The vocabulary id of a part with these letters, role and readings, filing it when new. */
    private int intern(NamePart p, boolean words) {
      String signature = signature(p);
      Integer known = interned.get(signature);
      int id;
      if (known == null) {
        id = vocabulary.size();
        interned.put(signature, id);
        vocabulary.add(p);
        postings.add(new IntList());
        wordKeys.add(false);
        file(id, p, false);
      } else {
        id = known;
      }
      if (words && !wordKeys.get(id)) {
        wordKeys.set(id, true);
        file(id, p, true);
      }
      return id;
    }

    private void file(int id, NamePart p, boolean words) {
      collected.clear();
      keys(p, words, false, collected);
      for (int k = 0; k < collected.size; k++) {
        keys.add(collected.values[k], id);
      }
    }

    public NameIndex build() {
      return new NameIndex(this);
    }
  }

  /** A part's key hashes, without repeats. */
  static final class KeyCollector {
    long[] values = new long[64];
    int size;

    void clear() {
      size = 0;
    }

    void add(long key) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = key;
    }

    void distinct() {
      Arrays.sort(values, 0, size);
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (n == 0 || values[n - 1] != values[i]) {
          values[n++] = values[i];
        }
      }
      size = n;
    }
  }

  /**
   * Key hash to vocabulary ids, open addressing; a key seen twice for one part is filed once (parts are filed
   * one at a time, so a repeat is the list's last value).
   */
  static final class KeyTable {
    private long[] slots = new long[1 << 16];
    private int[][] lists = new int[1 << 16][];
    private int[] sizes = new int[1 << 16];
    private boolean[] used = new boolean[1 << 16];
    private int count;

    void add(long key, int id) {
      if (count * 2 >= slots.length) {
        grow();
      }
      int i = find(key);
      if (!used[i]) {
        used[i] = true;
        slots[i] = key;
        lists[i] = new int[2];
        count++;
      } else if (sizes[i] > 0 && lists[i][sizes[i] - 1] == id) {
        return;
      }
      if (sizes[i] == lists[i].length) {
        lists[i] = Arrays.copyOf(lists[i], sizes[i] * 2);
      }
      lists[i][sizes[i]++] = id;
    }

    int[] get(long key) {
      int i = find(key);
      return used[i] ? lists[i] : null;
    }

    private int find(long key) {
      int mask = slots.length - 1;
      int i = (int) (key ^ key >>> 32) & mask;
      while (used[i] && slots[i] != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    private void grow() {
      long[] oldSlots = slots;
      int[][] oldLists = lists;
      int[] oldSizes = sizes;
      boolean[] oldUsed = used;
      slots = new long[oldSlots.length * 2];
      lists = new int[slots.length][];
      sizes = new int[slots.length];
      used = new boolean[slots.length];
      for (int j = 0; j < oldSlots.length; j++) {
        if (oldUsed[j]) {
          int i = find(oldSlots[j]);
          used[i] = true;
          slots[i] = oldSlots[j];
          lists[i] = oldLists[j];
          sizes[i] = oldSizes[j];
        }
      }
    }

    /** Every list cut to its size, for lookups that iterate whole arrays. */
    KeyTable trimmed() {
      for (int i = 0; i < slots.length; i++) {
        if (used[i] && lists[i].length != sizes[i]) {
          lists[i] = Arrays.copyOf(lists[i], sizes[i]);
        }
      }
      sizes = null;
      return this;
    }
  }

  /**
   * Per-thread counting: for each entry touched, which query units found it and the credit they gave. An entry's
   * state is two adjacent longs (the query it was last touched by, then units found, units found as two parts,
   * credit and the listed-join flag packed), so counting a posting costs one cache line, not one per field: a
   * common part's postings touch tens of thousands of entries at random.
   */
  private static final class Scratch {
    /** Units per query: {@link NameNormalizer#MAX_PARTS} parts and the joins between them. */
    private static final int UNIT_BITS = 24;
    private static final long UNIT_MASK = (1L << UNIT_BITS) - 1;
    private static final int CREDIT_SHIFT = 2 * UNIT_BITS;
    private static final long LISTED_JOIN = 1L << 63;
    /** [2e] the generation that touched entry e; [2e + 1] its packed state. */
    final long[] state;
    final int[] entries;
    final int[] visited;
    /** Per vocabulary part: the query generation that found it like one of its units. */
    final int[] creditedPart;
    int touched;
    int generation;
    int unitGeneration;

    Scratch(int size, int vocabularySize) {
      state = new long[2 * size];
      entries = new int[size];
      visited = new int[vocabularySize];
      creditedPart = new int[vocabularySize];
    }

    void begin() {
      touched = 0;
      if (++generation == Integer.MAX_VALUE) {
        Arrays.fill(state, 0);
        Arrays.fill(creditedPart, 0);
        generation = 1;
      }
    }

    void beginUnit() {
      if (++unitGeneration == Integer.MAX_VALUE) {
        Arrays.fill(visited, 0);
        unitGeneration = 1;
      }
    }

    /** Whether vocabulary part {@code v} is met for the first time by this unit. */
    boolean firstVisit(int v) {
      if (visited[v] == unitGeneration) {
        return false;
      }
      visited[v] = unitGeneration;
      return true;
    }

    /**
     * Unit {@code unit} found entry {@code e}; a joined match (either side) stands for two parts. {@code listedJoin}:
     * through a listed join or compound part.
     */
    void count(int e, int unit, int weight, boolean listedJoin) {
      long packed;
      if (state[2 * e] != generation) {
        state[2 * e] = generation;
        packed = 0;
        entries[touched++] = e;
      } else {
        packed = state[2 * e + 1];
      }
      long bit = 1L << unit;
      long twice = bit << UNIT_BITS;
      if ((packed & bit) == 0) {
        packed |= bit;
        packed += (long) weight << CREDIT_SHIFT;
        if (weight == 2) {
          packed |= twice;
        }
      } else if (weight == 2 && (packed & twice) == 0) {
        packed |= twice;
        packed += 1L << CREDIT_SHIFT;
      }
      if (listedJoin) {
        packed |= LISTED_JOIN;
      }
      state[2 * e + 1] = packed;
    }

    /** The units that found entry {@code e} (touched by this query), as bits. */
    long counted(int e) {
      return state[2 * e + 1] & UNIT_MASK;
    }

    int credit(int e) {
      return (int) (state[2 * e + 1] >>> CREDIT_SHIFT & 0xFF);
    }

    boolean listedJoin(int e) {
      return (state[2 * e + 1] & LISTED_JOIN) != 0;
    }
  }

  /** A growable int array: postings of a million names without boxing. */
  private static final class IntList {
    int[] values = new int[1];
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
