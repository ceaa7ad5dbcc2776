package io.tailwatch.web;

import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Schema;
import io.tailwatch.screening.JaroWinkler;
import io.tailwatch.screening.NameMatcher;
import io.tailwatch.screening.NameNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The search box: finds entities by an identifier (id, registration current or earlier, serial number, Mode S
 * address, airline designator: exact, score 1) or by a name in any spelling or script, while it is being typed.
 *
 * <p>Names are cut into parts ({@link NameNormalizer#parts}) and each part is indexed by its phonetic key
 * ({@link NameNormalizer#fold}: Qasemi and Ghasemi share one). A query part finds index parts that are equal, that
 * it begins (typing "mah" finds Mahan), that begin it (Airlines finds Air), or that are close: sharing trigrams,
 * then Jaro-Winkler of at least {@value #CLOSE}. Entities reached are scored by how well every query part is
 * matched and how much of the name is covered; people's names are also scored by {@link NameMatcher}, which knows
 * name order and titles, and the better score counts.
 *
 * <p>Cost: building is linear in the names (about a second for the 40,000 entities of the OFAC list); a query
 * touches only the postings of the parts it reaches, a few milliseconds. Immutable, so thread-safe.
 */
final class SearchIndex {
  static final double CLOSE = 0.85;
  private static final int MAX_KEYS_PER_PART = 400;
  private static final int MAX_RESCORED = 300;

  /** One hit: the entity, a score in [0,1], and what matched. */
  record Hit(Entity entity, double score, String matched) {}

  private final EntityGraph graph;
  private final List<Entity> entities = new ArrayList<>();
  private final String[] keys;                       // distinct part keys, sorted: prefix lookups
  private final int[][] postings;                    // key index -> entity indexes
  private final Map<String, int[]> keysByTrigram;    // trigram -> key indexes

  SearchIndex(EntityGraph graph) {
    this.graph = graph;
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (Entity e : graph.entities()) {
      if (!isSearchable(e)) {
        continue;
      }
      int index = entities.size();
      entities.add(e);
      for (String name : names(e)) {
        for (String part : NameNormalizer.parts(name)) {
          List<Integer> list = byKey.computeIfAbsent(NameNormalizer.fold(part), k -> new ArrayList<>());
          if (list.isEmpty() || list.get(list.size() - 1) != index) {
            list.add(index);
          }
        }
      }
    }
    keys = byKey.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    postings = new int[keys.length][];
    Map<String, List<Integer>> trigrams = new HashMap<>();
    for (int k = 0; k < keys.length; k++) {
      postings[k] = byKey.get(keys[k]).stream().mapToInt(Integer::intValue).toArray();
      for (String t : trigrams(keys[k])) {
        trigrams.computeIfAbsent(t, x -> new ArrayList<>()).add(k);
      }
    }
    keysByTrigram = new HashMap<>();
    trigrams.forEach((t, list) -> keysByTrigram.put(t, list.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** Parties, things and events; links between them (ownerships, sanctions, passports) are reached from those. */
  static boolean isSearchable(Entity e) {
    Schema schema = Schema.of(e.schema());
    return !schema.isA("Interval") || schema.name().equals("Event");
  }

  int size() {
    return entities.size();
  }

  /** Hits of at least {@code threshold}, best first, at most {@code limit}, among entities {@code allowed}. */
  List<Hit> search(String query, int limit, double threshold, Predicate<Entity> allowed) {
    Map<String, Hit> hits = new LinkedHashMap<>();
    String q = query.trim();
    graph.find(q).ifPresent(e -> hits.put(e.id(), new Hit(e, 1, "id")));
    identifiers(hits, graph.airplanesByRegistration(q), "registration");
    identifiers(hits, graph.airplanesBySerial(q), "serial number");
    identifiers(hits, graph.airplanesByModeS(q), "Mode S address");
    identifiers(hits, graph.operatorsByDesignator(q), "ICAO designator");
    hits.values().removeIf(h -> !allowed.test(h.entity()));

    List<String> queryKeys = new ArrayList<>();
    for (String part : NameNormalizer.parts(q)) {
      queryKeys.add(NameNormalizer.fold(part));
    }
    if (!queryKeys.isEmpty()) {
      for (Hit h : byName(q, queryKeys, allowed)) {
        if (h.score() >= threshold) {
          hits.putIfAbsent(h.entity().id(), h);
        }
      }
    }
    List<Hit> ranked = new ArrayList<>(hits.values());
    ranked.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> h.entity().caption()));
    return ranked.subList(0, Math.min(limit, ranked.size()));
  }

  private List<Hit> byName(String query, List<String> queryKeys, Predicate<Entity> allowed) {
    // Rough score per entity: the sum over query parts of the best similarity reached.
    Map<Integer, double[]> best = new HashMap<>();
    for (int qi = 0; qi < queryKeys.size(); qi++) {
      for (Map.Entry<Integer, Double> key : similarKeys(queryKeys.get(qi)).entrySet()) {
        for (int e : postings[key.getKey()]) {
          double[] s = best.computeIfAbsent(e, x -> new double[queryKeys.size()]);
          s[qi] = Math.max(s[qi], key.getValue());
        }
      }
    }
    List<Map.Entry<Integer, Double>> rough = new ArrayList<>();
    best.forEach((e, s) -> rough.add(Map.entry(e, Arrays.stream(s).sum())));
    rough.sort(Map.Entry.<Integer, Double>comparingByValue().reversed());
    List<Hit> out = new ArrayList<>();
    for (Map.Entry<Integer, Double> r : rough.subList(0, Math.min(MAX_RESCORED, rough.size()))) {
      Entity e = entities.get(r.getKey());
      if (allowed.test(e)) {
        out.add(rescore(query, queryKeys, e));
      }
    }
    return out;
  }

  /** The entity's best name: every query part matched well, and most of the name covered. */
  private static Hit rescore(String query, List<String> queryKeys, Entity e) {
    double bestScore = 0;
    String bestName = null;
    boolean person = e.is("Person");
    for (String name : names(e)) {
      List<String> nameKeys = new ArrayList<>();
      for (String part : NameNormalizer.parts(name)) {
        nameKeys.add(NameNormalizer.fold(part));
      }
      if (nameKeys.isEmpty()) {
        continue;
      }
      double sum = 0;
      boolean[] covered = new boolean[nameKeys.size()];
      for (String qk : queryKeys) {
        double partBest = 0;
        int at = -1;
        for (int i = 0; i < nameKeys.size(); i++) {
          double s = similarity(qk, nameKeys.get(i));
          if (s > partBest) {
            partBest = s;
            at = i;
          }
        }
        sum += partBest;
        if (at >= 0) {
          covered[at] = true;
        }
      }
      int coveredCount = 0;
      for (boolean c : covered) {
        coveredCount += c ? 1 : 0;
      }
      double score = sum / queryKeys.size() * (0.8 + 0.2 * coveredCount / nameKeys.size());
      if (person) {
        score = Math.max(score, NameMatcher.match(query, name).score());
      }
      if (score > bestScore) {
        bestScore = score;
        bestName = name;
      }
    }
    return new Hit(e, Math.min(1, bestScore), "name '" + bestName + "'");
  }

  /** Similarity of a query part to a name part, both phonetic keys. */
  static double similarity(String query, String key) {
    if (query.equals(key)) {
      return 1;
    }
    if (query.length() >= 2 && key.startsWith(query)) {
      return 0.9; // still being typed
    }
    if (key.length() >= 3 && query.startsWith(key)) {
      return 0.75; // "airlines" for "air"
    }
    double jw = JaroWinkler.similarity(query, key);
    return jw >= CLOSE ? jw : 0;
  }

  /** Index keys similar to a query key, with their similarity. */
  private Map<Integer, Double> similarKeys(String qk) {
    Map<Integer, Double> out = new HashMap<>();
    int from = lowerBound(qk);
    for (int k = from; k < keys.length && keys[k].startsWith(qk) && out.size() < MAX_KEYS_PER_PART; k++) {
      out.put(k, similarity(qk, keys[k]));
    }
    for (int len = Math.min(qk.length(), 12); len >= 3; len--) {
      int k = Arrays.binarySearch(keys, qk.substring(0, len));
      if (k >= 0) {
        out.merge(k, similarity(qk, keys[k]), Math::max);
      }
    }
    // Close spellings: keys sharing at least a third of the query's trigrams.
    List<String> grams = trigrams(qk);
    Map<Integer, Integer> shared = new HashMap<>();
    for (String g : grams) {
      for (int k : keysByTrigram.getOrDefault(g, new int[0])) {
        shared.merge(k, 1, Integer::sum);
      }
    }
    int needed = Math.max(1, grams.size() / 3);
    shared.forEach((k, n) -> {
      if (n >= needed && !out.containsKey(k)) {
        double s = similarity(qk, keys[k]);
        if (s > 0) {
          out.put(k, s);
        }
      }
    });
    return out;
  }

  private int lowerBound(String key) {
    int k = Arrays.binarySearch(keys, key);
    return k >= 0 ? k : -k - 1;
  }

  private static List<String> trigrams(String key) {
    String padded = "^" + key + "$";
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 3 <= padded.length(); i++) {
      out.add(padded.substring(i, i + 3));
    }
    return out;
  }

  private static List<String> names(Entity e) {
    List<String> names = e.allNames();
    return names.isEmpty() ? List.of(e.caption()) : names;
  }

  private static void identifiers(Map<String, Hit> hits, List<Entity> found, String what) {
    for (Entity e : found) {
      hits.putIfAbsent(e.id(), new Hit(e, 1, what));
    }
  }
}
