package io.tailwatch.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * one. A person's name never reaches the threshold against an organisation's ({@link NameMatcher#KIND_CAP}), nor a
 * name without a name part against one with ({@link NameMatcher#NO_NAME_PART_CAP}): a query without one (nor two
 * particles that join into one) is compared with the names without one only. When every candidate needs two query
 * parts, the postings of common parts (Mohammad, Ali) are not walked: names holding two of them are filed by the
 * pair. Every name found is then tested against a bound of its score built from how alike its parts were found
 * ({@link #mayReach}); the rest are scored by {@link NameMatcher} on their filed parts. {@code NameIndexTest}
 * checks on real lists that the index returns what a scan of every name returns.
 *
 * <p>Memory: keys are hashes cut to 35 bits beside the part's id in one sorted long array (a collision only adds
 * a part to check); postings are int arrays. Queries are thread-safe: each thread counts in its own scratch arrays.
 */
public final class NameIndex {
  /** Below this threshold one shared part can be enough, even between people: no pruning by count. */
  private static final double COUNT_PRUNING_FROM = NameMatcher.ONE_PART_CAP + 0.01;
  /** Part likeness is measured here one way round, in the matcher's joins the other: a margin for asymmetry. */
  private static final double CREDIT_FLOOR = NameMatcher.PART_FLOOR - 0.02;
  private static final int[] NONE = new int[0];
  private static final int REMEMBERED_PARTS = 200_000;
  /** From this many plain postings a part is common: its pairs with other common parts are filed. */
  private static final int COMMON_POSTINGS = 512;

  private final String[] names;
  /**
   * Per entry, its count of name parts (low five bits) and its kind's ordinal (above): what sorting a name found
   * needs, in one read instead of two (the only place an entry's kind is kept).
   */
  private final byte[] entryFacts;
  /**
   * Per entry, its parts as vocabulary ids in the order of the name: {@code entryPartIds[entryStart[e],
   * entryStart[e + 1])}, one array for all so that reading an entry's parts is one read, not two.
   */
  private final int[] entryPartIds;
  private final int[] entryStart;
  private final NamePart[] vocabulary;
  /**
   * Per vocabulary id v, what the score bound needs of it, in one place so that a candidate's parts cost a read each:
   * [2v] its weight (raw double bits), [2v + 1] the {@link #letter} mask of its first Latin letter (what an initial
   * of the other name must be) with its role's ordinal in bits {@value #ROLE_SHIFT} and up.
   */
  private final long[] partFacts;
  /** Per vocabulary id, its phonetic key as {@code keyLetters[keyStart[v], keyStart[v + 1])}: read without the part. */
  private final char[] keyLetters;
  private final int[] keyStart;
  /** Per vocabulary id filed as a join of two neighbouring parts, those parts' ids (else -1). */
  private final int[] joinedFirst;
  private final int[] joinedSecond;
  /**
   * Per vocabulary id, the entries it occurs in that every query walks: entry << 1, the low bit set when it stands
   * for two words (a join, a compound), and organisations' names.
   */
  private final int[][] postings;
  /** Per vocabulary id, the other entries it occurs in (people's and unknown parties' single words), plain. */
  private final int[][] personPostings;
  /**
   * Per vocabulary id, whether its plain postings are long ({@link #COMMON_POSTINGS} or more: Mohammad, Ali):
   * a query of two name parts or more does not walk them, see {@link #commonPairs}.
   */
  private final boolean[] common;
  /**
   * People's names by the unordered pairs of common parts they hold (Mohammad and Ali): the names a query finds
   * through two common parts alone, without walking either's postings.
   */
  private final KeyTable commonPairs;
  /** Per vocabulary id, the entries without a name part that it occurs in (as a generic word, an initial). */
  private final int[][] unblockedPostings;
  /** The blocking keys: (key << ID_BITS | vocabulary id), sorted, see {@link FiledKeys}. */
  private final long[] keys;
  /**
   * Beside each filed key, its part's {@link KeyShape}: a look-up reads both in order and turns most parts away
   * without a read elsewhere in memory.
   */
  private final long[] keyShapes;
  /** Entries whose only parts are initials: compared with every query. */
  private final int[] unblocked;
  /** Entries without a name part: the only names a query without one can match. */
  private final int[] nameless;
  private final ThreadLocal<Scratch> scratch;
  private final Map<String, Alike> alike = new ConcurrentHashMap<>();

  private NameIndex(Builder b) {
    this.names = b.names.toArray(new String[0]);
    this.entryFacts = new byte[names.length];
    for (int e = 0; e < names.length; e++) {
      entryFacts[e] = (byte) (Math.min(b.nameParts[e], NAME_PARTS_MASK) | b.kinds.get(e).ordinal() << KIND_SHIFT);
    }
    this.entryStart = new int[names.length + 1];
    for (int e = 0; e < names.length; e++) {
      entryStart[e + 1] = entryStart[e] + b.entryParts.get(e).length;
    }
    this.entryPartIds = new int[entryStart[names.length]];
    for (int e = 0; e < names.length; e++) {
      System.arraycopy(b.entryParts.get(e), 0, entryPartIds, entryStart[e], b.entryParts.get(e).length);
    }
    this.vocabulary = b.vocabulary.toArray(new NamePart[0]);
    this.partFacts = new long[2 * vocabulary.length];
    long[] vocabularyShape = new long[vocabulary.length];
    this.joinedFirst = b.joinedFirst.toArray();
    this.joinedSecond = b.joinedSecond.toArray();
    this.keyStart = new int[vocabulary.length + 1];
    for (int v = 0; v < vocabulary.length; v++) {
      keyStart[v + 1] = keyStart[v] + vocabulary[v].key().length();
    }
    this.keyLetters = new char[keyStart[vocabulary.length]];
    for (int v = 0; v < vocabulary.length; v++) {
      vocabulary[v].key().getChars(0, vocabulary[v].key().length(), keyLetters, keyStart[v]);
      vocabularyShape[v] = KeyShape.of(vocabulary[v]);
      partFacts[2 * v] = Double.doubleToRawLongBits(vocabulary[v].weight());
      partFacts[2 * v + 1] = letter(vocabulary[v]) | (long) vocabulary[v].role().ordinal() << ROLE_SHIFT;
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
    this.common = new boolean[vocabulary.length];
    for (int v = 0; v < common.length; v++) {
      common[v] = personPostings[v].length >= b.commonFrom;
    }
    this.commonPairs = new KeyTable();
    int[] commonParts = new int[NameNormalizer.MAX_PARTS];
    for (int e = 0; e < names.length; e++) {
      if (kind(e) == NameKind.ORGANIZATION) {
        continue;
      }
      int count = 0;
      for (int i = entryStart[e]; i < entryStart[e + 1]; i++) {
        int v = entryPartIds[i];
        if (common[v] && role(v) == NAME && !compound(vocabulary[v])) {
          commonParts[count++] = v;
        }
      }
      for (int i = 0; i < count; i++) {
        for (int j = i + 1; j < count; j++) {
          commonPairs.add(pairKey(commonParts[i], commonParts[j]), e);
        }
      }
    }
    commonPairs.trimmed();
    this.unblockedPostings = new int[vocabulary.length][];
    for (int v = 0; v < postings.length; v++) {
      IntList list = b.unblockedPostings.get(v);
      unblockedPostings[v] = list == null ? NONE : list.toArray();
    }
    this.keys = b.keys.sorted();
    this.keyShapes = new long[keys.length];
    Arrays.parallelSetAll(keyShapes, i -> vocabularyShape[(int) (keys[i] & FiledKeys.ID_MASK)]);
    this.unblocked = b.unblocked.toArray();
    int namelessCount = 0;
    for (int e = 0; e < names.length; e++) {
      namelessCount += nameParts(e) == 0 ? 1 : 0;
    }
    this.nameless = new int[namelessCount];
    for (int e = 0, i = 0; e < names.length; e++) {
      if (nameParts(e) == 0) {
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
        hits.add(new Hit(e, names[e], NameMatcher.match(query, NameNormalizer.parse(names[e]).as(kind(e)))));
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
    /** Joins of neighbouring parts (filed parts are shared, so are their joins), and their likeness to parts. */
    private final IdentityHashMap<NamePart, IdentityHashMap<NamePart, NamePart>> joins = new IdentityHashMap<>();
    private final IdentityHashMap<NamePart, IdentityHashMap<NamePart, Double>> joinLikeness = new IdentityHashMap<>();

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

    @Override
    public NamePart join(NamePart a, NamePart b) {
      return joins.computeIfAbsent(a, k -> new IdentityHashMap<>()).computeIfAbsent(b, k -> NamePart.join(a, k));
    }

    @Override
    public double joinSimilarity(NamePart joined, NamePart other) {
      return joinLikeness.computeIfAbsent(joined, k -> new IdentityHashMap<>())
          .computeIfAbsent(other, k -> PartSimilarity.similarity(joined, k));
    }
  }

  /** Entry {@code e} as filed: the parts it was read into, shared with other names. */
  private ParsedName filed(int e) {
    NamePart[] parts = new NamePart[entryStart[e + 1] - entryStart[e]];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = vocabulary[entryPartIds[entryStart[e] + i]];
    }
    return new ParsedName(names[e], Arrays.asList(parts), kind(e), List.of());
  }

  /**
   * Entries whose names may score at least {@code threshold} against the query: every one that does, and some
   * that do not (the caller scores them). All entries when the query has no name part to block on.
   */
  public int[] candidates(ParsedName query, double threshold) {
    boolean byKind = threshold > NameMatcher.KIND_CAP && query.kind() != NameKind.UNKNOWN;
    List<Unit> units = units(query.parts());
    if (units.stream().noneMatch(u -> u.part.role() == NamePart.Role.NAME)) {
      // Without a name part (nor two particles that join into one) the query can only reach a listed name without
      // one too: the matcher caps the others at NO_NAME_PART_CAP.
      int[] pool = threshold > NameMatcher.NO_NAME_PART_CAP ? nameless : null;
      int size = pool == null ? names.length : pool.length;
      int[] all = new int[size];
      int n = 0;
      for (int i = 0; i < size; i++) {
        int e = pool == null ? i : pool[i];
        if (!byKind || !query.kind().conflicts(kind(e))) {
          all[n++] = e;
        }
      }
      return Arrays.copyOf(all, n);
    }
    Scratch s = scratch.get();
    s.begin();
    int[][] alikeParts = new int[units.size()][];
    s.beginRows(units.size());
    for (int u = 0; u < units.size(); u++) {
      Alike found = alike(units.get(u), s);
      alikeParts[u] = found.parts;
      for (int k = 0; k < found.parts.length; k++) {
        int v = found.parts[k];
        s.like(v, u, found.similarities[k], false);
        if (joinedFirst[v] >= 0) {
          // The matcher may join the two listed parts to pair them with this unit: both count as that alike.
          s.like(joinedFirst[v], u, found.similarities[k], true);
          s.like(joinedSecond[v], u, found.similarities[k], true);
        }
      }
    }
    int queryNames = 0;
    for (Unit unit : units) {
      queryNames += !unit.joined && unit.part.role() == NamePart.Role.NAME ? 1 : 0;
    }
    boolean pruneByCount = threshold >= COUNT_PRUNING_FROM;
    // Against a query with a name part, a name without one scores at most NO_NAME_PART_CAP (unless two of its
    // particles join into a name: such joins are posted); against one without, it is a candidate anyway (below).
    boolean namelessReach = threshold <= NameMatcher.NO_NAME_PART_CAP;
    // Every candidate needs two units: a person's name of two name parts or more, at a threshold that prunes by
    // count. Then common parts' postings are not walked: a name holding one is found by another unit, or through
    // the pair it makes with another common part, and is then credited with it (creditCommonParts).
    boolean skipCommon = pruneByCount && queryNames >= 2 && query.kind() != NameKind.ORGANIZATION;
    for (int u = 0; u < units.size(); u++) {
      Unit unit = units.get(u);
      boolean plain = plain(unit);
      for (int v : alikeParts[u]) {
        if (unit.part.role() == NamePart.Role.NAME) {
          for (int posting : postings[v]) {
            boolean listedJoin = (posting & 1) == 1;
            s.count(posting >>> 1, u, unit.double_ || listedJoin ? 2 : 1);
          }
          if (skipCommon && plain && common[v]) {
            s.markCommon(v, u);
          } else {
            for (int e : personPostings[v]) {
              s.count(e, u, unit.double_ ? 2 : 1);
            }
          }
        }
        if (namelessReach) {
          // A name without name parts scores only on a pair: any part of the query like any of its parts.
          for (int e : unblockedPostings[v]) {
            s.count(e, u, 2);
          }
        }
      }
    }
    if (skipCommon) {
      findCommonPairs(units, alikeParts, s);
    }
    QueryShape shape = new QueryShape(query, units);
    s.gather(entryFacts, entryStart, entryPartIds);
    int[] gathered = s.gathered;
    int[] out = new int[s.touched + (namelessReach ? unblocked.length : 0)];
    int n = 0;
    for (int i = 0; i < s.touched; i++) {
      int e = s.entries[i];
      int facts = s.facts[i];
      NameKind kind = KINDS[facts >>> KIND_SHIFT];
      if (byKind && query.kind().conflicts(kind)) {
        continue;
      }
      int from = s.partsAt[i];
      int to = s.partsAt[i + 1];
      if (skipCommon && kind != NameKind.ORGANIZATION) {
        creditCommonParts(e, from, to, s);
      }
      boolean organisation = query.kind() == NameKind.ORGANIZATION || kind == NameKind.ORGANIZATION;
      int nameParts = facts & NAME_PARTS_MASK;
      int needed = pruneByCount && !organisation && Math.max(queryNames, nameParts) >= 2 ? 2 : 1;
      if (s.credit(e) >= needed && (nameParts == 0 || mayReach(shape, facts, gathered, from, to, s, threshold))) {
        out[n++] = e;
      }
    }
    for (int e : namelessReach ? unblocked : NONE) {
      if (!byKind || !query.kind().conflicts(kind(e))) {
        out[n++] = e;
      }
    }
    if (queryNames == 0 && threshold > NameMatcher.NO_NAME_PART_CAP) {
      // Only particles joined (Abu Del as Abudel): the names without a name part it may also match, as above.
      out = Arrays.copyOf(out, n + nameless.length);
      for (int e : nameless) {
        if (!s.touched(e) && (!byKind || !query.kind().conflicts(kind(e)))) {
          out[n++] = e;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** A single word of the query: not joined, not a compound. */
  private static boolean plain(Unit unit) {
    return !unit.joined && !unit.double_ && unit.part.role() == NamePart.Role.NAME;
  }

  private static long pairKey(int a, int b) {
    return a <= b ? (long) a << 32 | b : (long) b << 32 | a;
  }

  /** Names holding two common parts that two different plain units are like, counted for both units. */
  private void findCommonPairs(List<Unit> units, int[][] alikeParts, Scratch s) {
    for (int u1 = 0; u1 < units.size(); u1++) {
      if (!plain(units.get(u1))) {
        continue;
      }
      for (int u2 = u1 + 1; u2 < units.size(); u2++) {
        if (!plain(units.get(u2))) {
          continue;
        }
        for (int a : alikeParts[u1]) {
          if (!common[a]) {
            continue;
          }
          for (int b : alikeParts[u2]) {
            if (!common[b]) {
              continue;
            }
            int[] found = commonPairs.get(pairKey(a, b));
            if (found != null) {
              for (int e : found) {
                s.count(e, u1, 1);
                s.count(e, u2, 1);
              }
            }
          }
        }
      }
    }
  }

  /**
   * Credits a touched person's name {@code e} with the units whose common parts it holds, as their postings would,
   * from its gathered parts {@code [from, to)} (see {@link Scratch#gather}), which the bound reads next.
   */
  private void creditCommonParts(int e, int from, int to, Scratch s) {
    if (s.credit(e) >= 2) {
      return; // two units found the name already: all the count asks
    }
    for (int p = from; p < to; p++) {
      long units = s.commonUnitsAt(p);
      while (units != 0) {
        s.count(e, Long.numberOfTrailingZeros(units), 1);
        units &= units - 1;
      }
    }
  }

  /**
   * Whether a name found may score {@code t} or more against the query (its facts byte, its gathered parts
   * {@code parts[partsFrom, partsTo)}), from how alike the index found their parts: the cheap test that spares
   * scoring most candidates. Valid for the matcher's formula (see {@link NameMatcher}), written as a margin:
   * score >= t exactly when
   *
   * <pre>
   *   Σ_pairs (s - t)·(w_q + w_l) - t·(1.5·Σ_contradicted w + Σ_omitted c·w) >= 0
   * </pre>
   *
   * Pairs only form between parts found alike (a listed join's likeness counts for both its parts, a query
   * join's for both of its), so each such part adds at most (b - t)·w, b its best likeness to a part of the other
   * name, or nothing when b < t (it may be left out, costing more); every other name part costs at least o·w, and
   * parts left on both sides are paired as contradictions until one side runs out (1.5·w instead of o·w). An
   * initial pairs with a part of the other name it was not looked up against: as many of those parts as there are
   * initials gain as if alike. Pairs are one to one: when no join or initial is in play, the side with more alike
   * name parts leaves some of them unpaired, at the least the cheapest. Particles count as paired.
   */
  private boolean mayReach(QueryShape query, int facts, int[] parts, int partsFrom, int partsTo, Scratch s,
      double t) {
    boolean organisation = query.organisation || KINDS[facts >>> KIND_SHIFT] == NameKind.ORGANIZATION;
    double omission = organisation ? NameMatcher.OMISSION_ORGANIZATION : NameMatcher.OMISSION_PERSON;
    int units = query.covers.length;
    double[] best = s.best;
    Arrays.fill(best, 0, query.weight.length, 0);
    double[] weights = s.weights;
    double[] losses = s.losses;
    double[] upgrades = s.upgrades;
    int listedFrom = NameNormalizer.MAX_PARTS;
    long alikeQuery = 0;
    boolean joined = false;
    // The matcher joins two query parts when the join is like a part of this name better than either part alone
    // (NameMatcher.JOIN_FLOOR, by 0.02); only then may the join pair, with that part or another.
    long formedJoins = 0;
    for (int p = query.anyTwoWords ? partsFrom : partsTo; p < partsTo; p++) {
      int row = s.rowAt(p);
      if (row >= 0) {
        for (int u = 0; u < units; u++) {
          int[] from = query.joinedFrom[u];
          if (from == null) {
            formedJoins |= query.twoWords[u] ? 1L << u : 0; // a compound the query writes as one part
            continue;
          }
          double joinedLikeness = s.similarity(row, u);
          double alone = Math.max(s.similarity(row, from[0]), s.similarity(row, from[1]));
          if (joinedLikeness >= NameMatcher.JOIN_FLOOR - 1e-9 && joinedLikeness > alone + 0.02 - 1e-9) {
            formedJoins |= 1L << u;
          }
        }
      }
    }
    double gain = 0;
    double listedLeft = 0;
    double listedLight = 0;
    int listedNames = 0;
    int listedOthers = 0;
    int listedInitials = 0;
    long listedInitialLetters = 0;
    int listedUpgrades = 0;
    for (int p = partsFrom; p < partsTo; p++) {
      int v = parts[p];
      int role = role(v);
      double w = weight(v);
      if (role == PARTICLE || role == INITIAL) {
        listedOthers++;
        if (role == INITIAL) {
          listedInitials++;
          listedInitialLetters |= letterOf(v);
        }
        gain += (1 - t) * pairableWeight(role, w);
        continue;
      }
      double b = 0;
      int row = s.rowAt(p);
      if (row >= 0) {
        for (int u = 0; u < units; u++) {
          if (query.twoWords[u] && (formedJoins & 1L << u) == 0) {
            continue;
          }
          double joinedLikeness = s.similarityJoined(row, u);
          double similarity = Math.max(s.similarity(row, u), joinedLikeness);
          if (similarity > 0) {
            joined |= joinedLikeness > 0;
            b = Math.max(b, similarity);
            alikeQuery |= query.covers[u];
            joined |= query.twoWords[u];
            for (long bits = query.covers[u]; bits != 0; bits &= bits - 1) {
              int k = Long.numberOfTrailingZeros(bits);
              best[k] = Math.max(best[k], similarity);
            }
          }
        }
      }
      boolean name = role == NAME;
      listedOthers += name ? 0 : 1;
      double upgrade;
      if (b > 0) {
        double c = Math.max(b - t, 0) * w;
        gain += c;
        upgrade = (1 - t) * w - c;
        if (name) {
          weights[listedFrom + listedNames] = w;
          losses[listedFrom + listedNames++] = c + t * omission * w;
        }
      } else if (name) {
        listedLeft += w;
        upgrade = (1 - t + t * omission) * w;
      } else {
        listedLight += omission * w / 2; // a generic word left out
        upgrade = (1 - t + t * omission / 2) * w;
      }
      if ((letterOf(v) & query.initialLetters) != 0) {
        upgrades[listedFrom + listedUpgrades++] = upgrade;
      }
    }
    int queryNames = 0;
    int queryOthers = 0;
    double queryLeft = 0;
    int queryUpgrades = 0;
    for (int k = 0; k < query.weight.length; k++) {
      if (!query.name[k]) {
        queryOthers++;
        gain += (1 - t) * query.pairable[k];
        continue;
      }
      double w = query.weight[k];
      boolean initialMayPair = (query.letter[k] & listedInitialLetters) != 0;
      if ((alikeQuery & 1L << k) != 0) {
        double c = Math.max(best[k] - t, 0) * w;
        gain += c;
        if (initialMayPair) {
          upgrades[queryUpgrades++] = (1 - t) * w - c;
        }
        weights[queryNames] = w;
        losses[queryNames++] = c + t * omission * w;
      } else {
        queryLeft += w;
        if (initialMayPair) {
          upgrades[queryUpgrades++] = (1 - t + t * omission) * w;
        }
      }
    }
    double queryShort = queryLeft;
    double listedShort = listedLeft;
    if (listedInitials > 0 || query.initials > 0) {
      // Each initial may pair with a part it was not compared with: the parts that would gain most do.
      gain += largest(upgrades, 0, queryUpgrades, listedInitials);
      gain += largest(upgrades, listedFrom, listedUpgrades, query.initials);
      queryShort = 0;
      listedShort = 0;
    } else if (!joined && queryNames != listedNames) {
      // The side with more alike name parts leaves those the other side's parts cannot take unpaired: it loses at
      // least its cheapest gains and leaves at least its lightest parts to be contradicted.
      boolean queryExcess = queryNames > listedNames;
      int from = queryExcess ? 0 : listedFrom;
      int count = queryExcess ? queryNames : listedNames;
      int unpaired = queryExcess ? queryNames - listedNames - listedOthers : listedNames - queryNames - queryOthers;
      if (unpaired > 0) {
        gain -= smallest(losses, from, count, unpaired);
        double lightest = smallest(weights, from, count, unpaired);
        if (queryExcess) {
          queryShort += lightest;
        } else {
          listedShort += lightest;
        }
      }
      int pairs = Math.min(queryNames, listedNames);
      if (!organisation && pairs < 2 && Math.max(query.names, facts & NAME_PARTS_MASK) >= 2
          && Math.min(NameMatcher.ONE_PART_CAP, pairs == 0 ? NameMatcher.NO_NAME_PART_CAP : 1) < t) {
        return false;
      }
    }
    double cost = omission * (queryLeft + listedLeft) + listedLight;
    if (queryShort > 0 && listedShort > 0) {
      cost += (NameMatcher.CONTRADICTION - omission) * Math.min(queryShort, listedShort);
    }
    return gain - t * cost >= -1e-9;
  }

  /**
   * A part's first Latin letter as one bit (a-z, any other letter on one shared bit), 0 for a part read from an
   * abjad: an initial pairs only with parts starting with its letter ({@link PartSimilarity}).
   */
  private static long letter(NamePart p) {
    if (p.abjad() || p.latin().isEmpty()) {
      return 0;
    }
    char c = p.latin().charAt(0);
    return c >= 'a' && c <= 'z' ? 1L << (c - 'a') : 1L << 62;
  }

  private static final int ROLE_SHIFT = 58;
  private static final int NAME_PARTS_MASK = 31;
  private static final int KIND_SHIFT = 5;
  private static final NameKind[] KINDS = NameKind.values();

  private int nameParts(int e) {
    return entryFacts[e] & NAME_PARTS_MASK;
  }

  private NameKind kind(int e) {
    return KINDS[entryFacts[e] >>> KIND_SHIFT];
  }

  private int role(int v) {
    return (int) (partFacts[2 * v + 1] >>> ROLE_SHIFT);
  }

  private double weight(int v) {
    return Double.longBitsToDouble(partFacts[2 * v]);
  }

  private long letterOf(int v) {
    return partFacts[2 * v + 1] & (1L << ROLE_SHIFT) - 1;
  }

  private static final int NAME = NamePart.Role.NAME.ordinal();
  private static final int PARTICLE = NamePart.Role.PARTICLE.ordinal();
  private static final int INITIAL = NamePart.Role.INITIAL.ordinal();

  /** The sum of the {@code n} largest of {@code values[from, from + count)} (all when fewer), which it sorts. */
  private static double largest(double[] values, int from, int count, int n) {
    return sortedSum(values, from, count, n, true);
  }

  /** The sum of the {@code n} smallest of {@code values[from, from + count)}, which it sorts. */
  private static double smallest(double[] values, int from, int count, int n) {
    return sortedSum(values, from, count, n, false);
  }

  private static double sortedSum(double[] values, int from, int count, int n, boolean fromTop) {
    Arrays.sort(values, from, from + count);
    double sum = 0;
    for (int i = 0; i < Math.min(n, count); i++) {
      sum += values[fromTop ? from + count - 1 - i : from + i];
    }
    return sum;
  }

  /** What the bound needs of the query, worked out once per query. */
  private static final class QueryShape {
    final boolean organisation;
    /** Initials of the query, and their letters ({@link #letter}) as bits. */
    final int initials;
    final long initialLetters;
    /** Per query part, {@link #letter}. */
    final long[] letter;
    final boolean[] name;
    final double[] weight;
    final double[] pairable;
    /** Per unit, the query parts it stands for. */
    final long[] covers;
    /** Per unit, whether it stands for two words (a join, a compound): it may pair two parts with one. */
    final boolean[] twoWords;
    /** Name parts of the query. */
    final int names;
    /** Per unit joining two parts, the units of those parts (else null). */
    final int[][] joinedFrom;
    final boolean anyTwoWords;

    QueryShape(ParsedName query, List<Unit> units) {
      List<NamePart> parts = query.parts();
      organisation = query.kind() == NameKind.ORGANIZATION;
      name = new boolean[parts.size()];
      weight = new double[parts.size()];
      pairable = new double[parts.size()];
      int initialCount = 0;
      long letters = 0;
      letter = new long[parts.size()];
      for (int k = 0; k < parts.size(); k++) {
        NamePart p = parts.get(k);
        name[k] = p.role() == NamePart.Role.NAME;
        weight[k] = p.weight();
        pairable[k] = pairableWeight(p);
        letter[k] = letter(p);
        if (p.role() == NamePart.Role.INITIAL) {
          initialCount++;
          letters |= letter[k];
        }
      }
      initials = initialCount;
      initialLetters = letters;
      covers = new long[units.size()];
      twoWords = new boolean[units.size()];
      joinedFrom = new int[units.size()][];
      int[] unitOfPart = new int[parts.size()];
      boolean two = false;
      for (int u = 0; u < covers.length; u++) {
        covers[u] = units.get(u).covers;
        twoWords[u] = units.get(u).joined || units.get(u).double_;
        two |= twoWords[u];
        if (!units.get(u).joined) {
          unitOfPart[Long.numberOfTrailingZeros(covers[u])] = u;
        } else {
          int first = Long.numberOfTrailingZeros(covers[u]);
          joinedFrom[u] = new int[] {unitOfPart[first], unitOfPart[first + 1]};
        }
      }
      anyTwoWords = two;
      int nameCount = 0;
      for (boolean n : name) {
        nameCount += n ? 1 : 0;
      }
      names = nameCount;
    }
  }

  /** A part's weight as a pair may count it: a particle joined to a name weighs by its letters. */
  private static double pairableWeight(NamePart p) {
    return pairableWeight(p.role().ordinal(), p.weight());
  }

  private static double pairableWeight(int role, double weight) {
    return role == PARTICLE ? weight / NamePart.PARTICLE_WEIGHT : weight;
  }

  /**
   * The filed parts a query part is like (at {@link #CREDIT_FLOOR}), remembered for the next query with that part:
   * manifests repeat the common names.
   */
  private Alike alike(Unit unit, Scratch s) {
    String signature = (unit.joined ? "j" : "p") + signature(unit.part);
    Alike known = alike.get(signature);
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
    long queryShape = KeyShape.of(unit.part);
    // The parts met lie anywhere in memory: first listed from the keys (read in order), their shapes turning most
    // away; then each one's key gathered in tight loops whose reads overlap; then compared.
    MetParts met = s.unitMet;
    met.clear();
    for (int k = 0; k < collected.size; k++) {
      long key = FiledKeys.truncated(collected.values[k]);
      for (int i = FiledKeys.first(keys, key); i < keys.length && keys[i] >>> FiledKeys.ID_BITS == key; i++) {
        if (KeyShape.mayBeAlike(queryShape, keyShapes[i], CREDIT_FLOOR)) {
          met.add((int) (keys[i] & FiledKeys.ID_MASK), keyShapes[i]);
        }
      }
    }
    met.keepFirstVisits(s);
    met.gatherKeys(keyStart, keyLetters);
    IntList found = new IntList();
    double[] similarities = new double[16];
    String queryKey = unit.part.key();
    char[] letters = met.letters;
    for (int j = 0; j < met.size; j++) {
      int from = met.keyAt[j];
      int length = met.keyAt[j + 1] - from;
      // Most parts are compared by key alone, without the part's objects.
      double similarity = KeyShape.byKeysAlone(queryShape, met.shapes[j])
          && !ConfusableDistance.equal(queryKey, letters, from, length)
          ? PartSimilarity.byKeys(queryKey, letters, from, length, CREDIT_FLOOR)
          : PartSimilarity.similarity(unit.part, vocabulary[met.parts[j]], CREDIT_FLOOR);
      if (similarity >= CREDIT_FLOOR) {
        if (found.size == similarities.length) {
          similarities = Arrays.copyOf(similarities, 2 * similarities.length);
        }
        similarities[found.size] = similarity;
        found.add(met.parts[j]);
      }
    }
    Alike alikeParts = new Alike(found.toArray(), Arrays.copyOf(similarities, found.size));
    if (alike.size() >= REMEMBERED_PARTS) {
      alike.clear(); // a crude bound: the common parts come back at once
    }
    alike.put(signature, alikeParts);
    return alikeParts;
  }

  /** The filed parts a query part is like, and how alike (as {@link PartSimilarity} measures, query part first). */
  private record Alike(int[] parts, double[] similarities) {}

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

  /**
   * Neighbours the matcher may join: names and particles ({@code Abu Bakr} / {@code Abubakr}, {@code Abu Del} /
   * {@code Abudel}).
   */
  private static boolean joinable(NamePart a, NamePart b) {
    return (a.role() == NamePart.Role.NAME || a.role() == NamePart.Role.PARTICLE)
        && (b.role() == NamePart.Role.NAME || b.role() == NamePart.Role.PARTICLE);
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
    private final List<NameKind> givenKinds = new ArrayList<>();
    /** As read: a name's parts may say more than the kind given (a company form). */
    private final List<NameKind> kinds = new ArrayList<>();
    private byte[] nameParts;
    private final Map<Long, Integer> joins = new HashMap<>();
    private final List<int[]> entryParts = new ArrayList<>();
    private final List<NamePart> vocabulary = new ArrayList<>();
    private final List<IntList> postings = new ArrayList<>();
    private final IntList joinedFirst = new IntList();
    private final IntList joinedSecond = new IntList();
    private final Map<Integer, IntList> unblockedPostings = new HashMap<>();
    /** Per vocabulary id, whether its word keys are filed (a part filed first as a join has only the others). */
    private final List<Boolean> wordKeys = new ArrayList<>();
    private final Map<String, Integer> interned = new HashMap<>();
    private final FiledKeys keys = new FiledKeys();
    private final IntList unblocked = new IntList();
    private final KeyCollector collected = new KeyCollector();
    private int commonFrom = COMMON_POSTINGS;

    /** Parts with this many plain postings or more are common (tests set it low to exercise the pairs). */
    Builder commonFrom(int postings) {
      this.commonFrom = postings;
      return this;
    }

    /** Adds a listed name; returns its entry number. The name is read and filed by {@link #build()}. */
    public int add(String name, NameKind kind) {
      names.add(name);
      givenKinds.add(kind);
      return names.size() - 1;
    }

    /**
     * Reads the names and files them. Reading (transliteration, dictionary) costs about as much as filing, and
     * only filing shares state: a chunk of names is read on another core while the one before is filed.
     */
    public NameIndex build() {
      nameParts = new byte[names.size()];
      CompletableFuture<ParsedName[]> next = readAhead(0);
      for (int from = 0; from < names.size(); from += CHUNK) {
        ParsedName[] chunk;
        try {
          chunk = next.join();
        } catch (CompletionException failed) {
          throw failed.getCause() instanceof RuntimeException r ? r : failed;
        }
        next = readAhead(from + CHUNK);
        for (int i = 0; i < chunk.length; i++) {
          file(from + i, chunk[i]);
        }
      }
      return new NameIndex(this);
    }

    private static final int CHUNK = 4096;

    private CompletableFuture<ParsedName[]> readAhead(int from) {
      int to = Math.min(names.size(), from + CHUNK);
      if (from >= to) {
        return CompletableFuture.completedFuture(new ParsedName[0]);
      }
      return CompletableFuture.supplyAsync(() -> {
        ParsedName[] read = new ParsedName[to - from];
        for (int i = from; i < to; i++) {
          read[i - from] = NameNormalizer.parse(names.get(i)).as(givenKinds.get(i));
        }
        return read;
      });
    }

    private void file(int entry, ParsedName parsed) {
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
          postings.get(joinOf(ids[i - 1], ids[i], previous, p)).add(entry << 1 | 1);
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
      nameParts[entry] = (byte) Math.min(count, 100);
    }

    /** The vocabulary id of the join of two filed parts (Mohammad Ali comes back often: joined once). */
    private int joinOf(int first, int second, NamePart a, NamePart b) {
      long pair = (long) first << 32 | second;
      Integer known = joins.get(pair);
      if (known != null) {
        return known;
      }
      int joined = intern(NamePart.join(a, b), false);
      joinedFirst.set(joined, first);
      joinedSecond.set(joined, second);
      joins.put(pair, joined);
      return joined;
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
        joinedFirst.add(-1);
        joinedSecond.add(-1);
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
   * Blocking keys filed as they come, then sorted once: each is a long of the key's hash cut to
   * {@value #KEY_BITS} bits (a collision only adds a part to check) and the vocabulary id, so that filing is an
   * append and looking up is a binary search, with no table of tens of millions of lists to grow.
   */
  static final class FiledKeys {
    static final int ID_BITS = 28;
    static final int KEY_BITS = 63 - ID_BITS;
    static final long ID_MASK = (1L << ID_BITS) - 1;
    private long[] filed = new long[1 << 16];
    private int size;

    static long truncated(long hash) {
      return hash >>> (64 - KEY_BITS);
    }

    void add(long hash, int id) {
      if (id > ID_MASK) {
        throw new IllegalStateException("more than " + ID_MASK + " distinct name parts");
      }
      if (size == filed.length) {
        filed = Arrays.copyOf(filed, size * 2);
      }
      filed[size++] = truncated(hash) << ID_BITS | id;
    }

    /** The filed keys sorted, a key filed twice for one part kept once. */
    long[] sorted() {
      long[] out = Arrays.copyOf(filed, size);
      filed = null;
      Arrays.parallelSort(out);
      int n = 0;
      for (int i = 0; i < out.length; i++) {
        if (n == 0 || out[n - 1] != out[i]) {
          out[n++] = out[i];
        }
      }
      return Arrays.copyOf(out, n);
    }

    /** The index of the first filed value of {@code key} (a truncated hash), or where it would be. */
    static int first(long[] sorted, long key) {
      int lo = 0;
      int hi = sorted.length;
      long from = key << ID_BITS;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /**
   * Long key to a list of ints (pairs of common parts to the names holding both), open addressing; a value filed
   * twice in a row under one key is kept once (names are filed one at a time, so a repeat is the list's last).
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
      int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask; // keys of pairs are not hashes: mixed here
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
   * and credit packed), so counting a posting costs one cache line, not one per field: a
   * common part's postings touch tens of thousands of entries at random.
   */
  private static final class Scratch {
    /** Units per query: {@link NameNormalizer#MAX_PARTS} parts and the joins between them. */
    private static final int UNIT_BITS = 24;
    private static final int CREDIT_SHIFT = 2 * UNIT_BITS;
    /** [2e] the generation that touched entry e; [2e + 1] its packed state. */
    final long[] state;
    final int[] entries;
    final int[] visited;
    /** The parts this query met: alike to a unit (credited, with a row of likeness) or common and like one. */
    final PartTable met = new PartTable();
    /** The bound's credited name weights and what leaving each unpaired loses: the query's from 0, the listed
     * name's from MAX_PARTS; and per query part its best likeness to the listed name. */
    final double[] weights = new double[2 * NameNormalizer.MAX_PARTS];
    final double[] losses = new double[2 * NameNormalizer.MAX_PARTS];
    final double[] best = new double[NameNormalizer.MAX_PARTS];
    final double[] upgrades = new double[2 * NameNormalizer.MAX_PARTS];
    /** Per vocabulary part credited by this query, at its row, its likeness to each unit (0: not alike). */
    double[] rows = new double[1024];
    int rowCount;
    int unitCount;
    int touched;
    int generation;
    int unitGeneration;
    /**
     * The names found, gathered ({@link #gather}): per name in {@link #entries}' order, its facts byte, and its
     * parts as {@code gathered[partsAt[i], partsAt[i + 1])}.
     */
    int[] facts = new int[1 << 12];
    int[] partsAt = new int[1 << 12];
    int[] gathered = new int[1 << 14];
    /** The parts a unit's look-up meets ({@link #alike}). */
    final MetParts unitMet = new MetParts();
    /** Per gathered part, its slot in {@link #met} (-1: not met by this query): one look-up per part. */
    int[] gatheredSlots = new int[1 << 14];

    Scratch(int size, int vocabularySize) {
      state = new long[2 * size];
      entries = new int[size];
      visited = new int[vocabularySize];
    }

    void beginRows(int units) {
      rowCount = 0;
      unitCount = units;
    }

    /**
     * Vocabulary part {@code v} is like query unit {@code unit} this much, itself or ({@code viaJoin}) joined with
     * its neighbour in a listed name: it is credited.
     */
    void like(int v, int unit, double similarity, boolean viaJoin) {
      int width = 2 * unitCount;
      int slot = met.slot(v);
      int row = met.row(slot);
      if (row < 0) {
        row = rowCount++;
        met.setRow(slot, row);
        if (rowCount * width > rows.length) {
          rows = Arrays.copyOf(rows, Math.max(rows.length * 2, rowCount * width));
        }
        Arrays.fill(rows, row * width, rowCount * width, 0);
      }
      int i = row * width + (viaJoin ? unitCount : 0) + unit;
      rows[i] = Math.max(rows[i], similarity);
    }

    /** The row of the credited part at {@code gathered[p]}, -1 when the query did not find it alike. */
    int rowAt(int p) {
      int slot = gatheredSlots[p];
      return slot < 0 ? -1 : met.row(slot);
    }

    /** The plain units the common part at {@code gathered[p]} is like, as bits (0 when none, or not common). */
    long commonUnitsAt(int p) {
      int slot = gatheredSlots[p];
      return slot < 0 ? 0 : met.units(slot);
    }

    /** How alike the credited part at {@code row} is itself to unit {@code unit}; 0 when not. */
    double similarity(int row, int unit) {
      return rows[row * 2 * unitCount + unit];
    }

    /** How alike the credited part at {@code row}, joined with a neighbour, is to unit {@code unit}; 0 when not. */
    double similarityJoined(int row, int unit) {
      return rows[row * 2 * unitCount + unitCount + unit];
    }

    /** Common part {@code v}, whose postings are not walked, is like plain unit {@code unit}. */
    void markCommon(int v, int unit) {
      int slot = met.slot(v);
      met.addUnits(slot, 1L << unit);
    }

    void begin() {
      touched = 0;
      met.clear();
      if (++generation == Integer.MAX_VALUE) {
        Arrays.fill(state, 0);
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

    /** Unit {@code unit} found entry {@code e}; a joined match (either side), weight 2, stands for two parts. */
    void count(int e, int unit, int weight) {
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
      state[2 * e + 1] = packed;
    }

    /**
     * Reads the facts and parts of the names found into this scratch. They lie anywhere in memory: read in tight
     * loops, the reads overlap, where one name at a time between the bound's work each would wait alone (at a
     * million names, about a quarter of the time to find a query's candidates once its parts are known).
     */
    void gather(byte[] entryFacts, int[] entryStart, int[] entryPartIds) {
      if (partsAt.length < touched + 1) {
        facts = new int[Math.max(2 * facts.length, touched + 1)];
        partsAt = new int[facts.length];
      }
      int[] ends = facts; // the ends are kept here until the parts are copied
      int length = 0;
      for (int i = 0; i < touched; i++) {
        int e = entries[i];
        partsAt[i] = entryStart[e];
        ends[i] = entryStart[e + 1];
        length += ends[i] - partsAt[i];
      }
      if (gathered.length < length) {
        gathered = new int[Math.max(2 * gathered.length, length)];
        gatheredSlots = new int[gathered.length];
      }
      int at = 0;
      for (int i = 0; i < touched; i++) {
        int from = partsAt[i];
        int count = ends[i] - from;
        partsAt[i] = at;
        for (int k = 0; k < count; k++) {
          gathered[at + k] = entryPartIds[from + k];
        }
        at += count;
      }
      partsAt[touched] = at;
      for (int p = 0; p < at; p++) {
        gatheredSlots[p] = met.find(gathered[p]);
      }
      for (int i = 0; i < touched; i++) {
        facts[i] = entryFacts[entries[i]] & 0xFF;
      }
    }

    /** Whether this query's units found entry {@code e}. */
    boolean touched(int e) {
      return state[2 * e] == generation;
    }

    int credit(int e) {
      return (int) (state[2 * e + 1] >>> CREDIT_SHIFT & 0xFF);
    }
  }

  /** The vocabulary parts a look-up meets that their shapes do not turn away, and their keys gathered. */
  private static final class MetParts {
    int[] parts = new int[1 << 10];
    long[] shapes = new long[1 << 10];
    /** Per part met, its key as {@code letters[keyAt[j], keyAt[j + 1])}. */
    int[] keyAt = new int[(1 << 10) + 1];
    char[] letters = new char[1 << 13];
    int size;

    void clear() {
      size = 0;
    }

    void add(int v, long shape) {
      if (size == parts.length) {
        parts = Arrays.copyOf(parts, 2 * size);
        shapes = Arrays.copyOf(shapes, 2 * size);
      }
      parts[size] = v;
      shapes[size++] = shape;
    }

    /** Keeps each part once: a part is filed under several keys, and the unit may already have met it. */
    void keepFirstVisits(Scratch s) {
      int kept = 0;
      for (int j = 0; j < size; j++) {
        if (s.firstVisit(parts[j])) {
          parts[kept] = parts[j];
          shapes[kept++] = shapes[j];
        }
      }
      size = kept;
    }

    void gatherKeys(int[] keyStart, char[] keyLetters) {
      if (keyAt.length < size + 1) {
        keyAt = new int[parts.length + 1];
      }
      int length = 0;
      for (int j = 0; j < size; j++) {
        int v = parts[j];
        keyAt[j] = keyStart[v];
        length += keyStart[v + 1] - keyAt[j];
      }
      if (letters.length < length) {
        letters = new char[Math.max(2 * letters.length, length)];
      }
      int at = 0;
      for (int j = 0; j < size; j++) {
        int from = keyAt[j];
        int count = keyStart[parts[j] + 1] - from;
        keyAt[j] = at;
        for (int k = 0; k < count; k++) {
          letters[at + k] = keyLetters[from + k];
        }
        at += count;
      }
      keyAt[size] = at;
    }
  }

  /** A growable int array: postings of a million names without boxing. */
  private static final class IntList {
    int[] values = new int[1];
    int size;

    void set(int i, int v) {
      values[i] = v;
    }

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
