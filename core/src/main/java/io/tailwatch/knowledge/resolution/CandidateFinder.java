package io.tailwatch.knowledge.resolution;

import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.Extensions;
import io.tailwatch.screening.NameMatch;
import io.tailwatch.screening.NameMatcher;
import io.tailwatch.screening.NameNormalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds entities from different sources that may be one party: the same airline on the SDN list and on the Denied
 * Persons List, the same airframe in a registry and on a sanctions list.
 *
 * <p>Method. Blocking first, so that not every pair is scored: each entity of a resolvable kind (person,
 * organisation, airplane, vessel) is filed under the phonetic keys of its name parts (generic words such as AIR,
 * AIRLINES, LLC left out) and under its identifiers (registration, serial number, Mode S address, IMO, tax and
 * passport numbers). Entities sharing a key, of the same kind and with no dataset in common, become pairs; a key
 * shared by more than {@value #MAX_BLOCK} entities says nothing and is skipped. Then each pair is scored:
 *
 * <ul>
 *   <li>name: the best {@link NameMatcher} score over both entities' names and aliases; for organisations also
 *       with the generic words dropped (MAHAN AIR and MAHAN AIRWAYS agree on MAHAN), at most {@value
 *       #GENERIC_ONLY_SCORE} when only that agrees;
 *   <li>each shared identifier adds {@value #IDENTIFIER_BONUS}; a shared address adds {@value #ADDRESS_BONUS};
 *   <li>countries stated on both sides without one in common multiply by {@value #COUNTRY_PENALTY}; persons with
 *       birth dates on both sides and none in common by {@value #BIRTH_PENALTY}.
 * </ul>
 *
 * Pairs already judged either way are left out.
 */
public final class CandidateFinder {
  static final int MAX_BLOCK = 200;
  static final double GENERIC_ONLY_SCORE = 0.85;
  static final double IDENTIFIER_BONUS = 0.15;
  static final double ADDRESS_BONUS = 0.1;
  static final double COUNTRY_PENALTY = 0.8;
  static final double BIRTH_PENALTY = 0.5;
  private static final int MAX_NAMES = 12;

  /** Words that say what kind of organisation a name is, not which one. */
  static final Set<String> GENERIC = Set.of(
      "air", "airline", "airlines", "airways", "aviation", "aero", "airtransport", "cargo", "express", "transport",
      "company", "co", "corp", "corporation", "inc", "ltd", "limited", "llc", "plc", "pjsc", "ojsc", "cjsc", "jsc",
      "sa", "ag", "gmbh", "bv", "fze", "fzco", "fzc", "sherkat", "sherkate", "group", "holding", "international",
      "trading", "services", "the", "of", "and", "al", "el");

  private static final List<String> IDENTIFIERS = List.of(
      "registrationNumber", "serialNumber", "imoNumber", "mmsi", "taxNumber", "idNumber", "passportNumber",
      "innCode", "ogrnCode", "swiftBic", "leiCode", "icaoCode");

  private CandidateFinder() {}

  /** What scoring needs of an entity, computed once: names, their folded parts, identifiers, addresses. */
  private record Profile(Entity entity, List<String> names, List<Set<String>> foldedNames, List<String> distinctive,
      Set<String> identifiers, List<Set<String>> addressWords, Set<String> countries) {

    static Profile of(Entity e) {
      List<String> names = new ArrayList<>();
      List<Set<String>> folded = new ArrayList<>();
      List<String> distinctive = new ArrayList<>();
      if (!e.is("Airplane") && !e.is("Vessel")) {
        for (String name : limit(e.allNames())) {
          names.add(name); // kept as written: the matcher reads Arabic script through its dictionary, not ICU
          Set<String> keys = new HashSet<>();
          StringBuilder key = new StringBuilder();
          for (String part : NameNormalizer.parts(name)) {
            String f = NameNormalizer.fold(part);
            keys.add(f);
            if (!GENERIC.contains(part)) {
              key.append(f).append(' ');
            }
          }
          folded.add(keys);
          distinctive.add(key.toString().trim());
        }
      }
      List<Set<String>> addresses = new ArrayList<>();
      for (String address : e.values("address")) {
        addresses.add(new HashSet<>(NameNormalizer.parts(address)));
      }
      return new Profile(e, names, folded, distinctive, CandidateFinder.identifiers(e), addresses,
          CandidateFinder.countries(e));
    }
  }

  /** Candidates scoring at least {@code threshold}, best first. */
  public static List<Candidate> find(Collection<Entity> entities, Resolver resolver, double threshold) {
    List<Profile> resolvable = new ArrayList<>();
    List<Set<String>> keysOf = new ArrayList<>();
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (Entity e : entities) {
      String kind = kind(e);
      if (kind == null) {
        continue;
      }
      int index = resolvable.size();
      Profile profile = Profile.of(e);
      resolvable.add(profile);
      Set<String> keys = blockingKeys(profile);
      keysOf.add(keys);
      for (String key : keys) {
        blocks.computeIfAbsent(kind + ":" + key, k -> new ArrayList<>()).add(index);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < resolvable.size(); i++) {
      Profile pa = resolvable.get(i);
      Entity a = pa.entity();
      // Count the keys each later entity shares with this one; an identifier counts as enough on its own.
      Map<Integer, Integer> shared = new HashMap<>();
      for (String key : keysOf.get(i)) {
        List<Integer> block = blocks.get(kind(a) + ":" + key);
        if (block.size() > MAX_BLOCK) {
          continue;
        }
        int weight = key.startsWith("i:") ? 2 : 1;
        for (int j : block) {
          if (j > i) {
            shared.merge(j, weight, Integer::sum);
          }
        }
      }
      for (Map.Entry<Integer, Integer> hit : shared.entrySet()) {
        Profile pb = resolvable.get(hit.getKey());
        Entity b = pb.entity();
        int needed = Math.min(2, Math.min(nameKeys(keysOf.get(i)), nameKeys(keysOf.get(hit.getKey()))));
        if (hit.getValue() < Math.max(1, needed) || a.id().equals(b.id()) || shareDataset(a, b)
            || resolver.decided(a.id(), b.id())) {
          continue;
        }
        Candidate c = score(pa, pb);
        if (c.score() >= threshold) {
          out.add(c);
        }
      }
    }
    out.sort(Comparator.comparingDouble(Candidate::score).reversed()
        .thenComparing(c -> c.left().id()).thenComparing(c -> c.right().id()));
    return out;
  }

  private static int nameKeys(Set<String> keys) {
    int n = 0;
    for (String k : keys) {
      if (k.startsWith("n:")) {
        n++;
      }
    }
    return n;
  }

  /** The score of one pair with its reasons. */
  public static Candidate score(Entity a, Entity b) {
    return score(Profile.of(a), Profile.of(b));
  }

  private static Candidate score(Profile pa, Profile pb) {
    Entity a = pa.entity();
    Entity b = pb.entity();
    List<String> reasons = new ArrayList<>();
    double score = nameScore(pa, pb, reasons);
    Set<String> sharedIds = new LinkedHashSet<>(pa.identifiers());
    sharedIds.retainAll(pb.identifiers());
    for (String id : sharedIds) {
      score += IDENTIFIER_BONUS;
      reasons.add("same identifier " + id);
    }
    String address = sharedAddress(pa, pb);
    if (address != null) {
      score += ADDRESS_BONUS;
      reasons.add("same address: " + address);
    }
    Set<String> countriesA = pa.countries();
    Set<String> countriesB = pb.countries();
    if (!countriesA.isEmpty() && !countriesB.isEmpty() && disjoint(countriesA, countriesB)) {
      score *= COUNTRY_PENALTY;
      reasons.add("countries differ: " + countriesA + " / " + countriesB);
    }
    if (a.is("Person") && b.is("Person")) {
      Set<String> birthA = new HashSet<>(a.values("birthDate"));
      Set<String> birthB = new HashSet<>(b.values("birthDate"));
      if (!birthA.isEmpty() && !birthB.isEmpty()) {
        if (disjoint(birthA, birthB)) {
          score *= BIRTH_PENALTY;
          reasons.add("birth dates differ: " + birthA + " / " + birthB);
        } else {
          reasons.add("same birth date");
        }
      }
    }
    return new Candidate(a, b, Math.min(1, Math.max(0, score)), reasons);
  }

  private static double nameScore(Profile pa, Profile pb, List<String> reasons) {
    Entity a = pa.entity();
    if (a.is("Airplane") || a.is("Vessel")) {
      reasons.add("names are not compared for " + a.schema() + ": identifiers decide");
      return 0.5;
    }
    double best = 0;
    int bestI = -1;
    int bestJ = -1;
    for (int i = 0; i < pa.names().size(); i++) {
      for (int j = 0; j < pb.names().size(); j++) {
        if (disjoint(pa.foldedNames().get(i), pb.foldedNames().get(j))) {
          continue; // not one part in common: the matcher would not find the names alike either
        }
        double score = NameMatcher.match(pa.names().get(i), pb.names().get(j)).score();
        if (score > best) {
          best = score;
          bestI = i;
          bestJ = j;
        }
      }
    }
    String why = bestI < 0 ? null : String.format(Locale.ROOT, "name '%s' ~ '%s' %.2f",
        pa.names().get(bestI), pb.names().get(bestJ), best);
    if (!a.is("Person") && best < GENERIC_ONLY_SCORE) {
      for (int i = 0; i < pa.names().size(); i++) {
        for (int j = 0; j < pb.names().size(); j++) {
          String ka = pa.distinctive().get(i);
          if (!ka.isEmpty() && ka.equals(pb.distinctive().get(j))) {
            best = GENERIC_ONLY_SCORE;
            why = "name '" + pa.names().get(i) + "' ~ '" + pb.names().get(j) + "': same once generic words are dropped";
          }
        }
      }
    }
    if (why != null) {
      reasons.add(why);
    }
    return best;
  }

  /** Distinctive name parts (generic words left out: AIR files MAHAN AIR with every airline) and identifiers. */
  private static Set<String> blockingKeys(Profile p) {
    Set<String> keys = new LinkedHashSet<>();
    for (String distinctive : p.distinctive()) {
      for (String part : distinctive.split(" ")) {
        if (part.length() >= 3) {
          keys.add("n:" + part);
        }
      }
    }
    for (String id : p.identifiers()) {
      keys.add("i:" + id);
    }
    return keys;
  }

  private static Set<String> identifiers(Entity e) {
    Set<String> ids = new LinkedHashSet<>();
    for (String property : IDENTIFIERS) {
      for (String v : e.values(property)) {
        addIdentifier(ids, property, v);
      }
    }
    for (String field : List.of(Extensions.MODE_S, Extensions.PREVIOUS_REGISTRATION, Extensions.ICAO_DESIGNATOR)) {
      for (String v : e.extension(field)) {
        addIdentifier(ids, field.equals(Extensions.PREVIOUS_REGISTRATION) ? "registrationNumber" : field, v);
      }
    }
    return ids;
  }

  private static void addIdentifier(Set<String> ids, String kind, String value) {
    String v = value.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    if (v.length() >= 3) {
      ids.add(kind + "=" + v);
    }
  }

  /** An address both state, compared on its words (order and punctuation aside), or null. */
  private static String sharedAddress(Profile a, Profile b) {
    for (int i = 0; i < a.addressWords().size(); i++) {
      Set<String> wordsX = a.addressWords().get(i);
      for (Set<String> wordsY : b.addressWords()) {
        Set<String> common = new HashSet<>(wordsX);
        common.retainAll(wordsY);
        int smaller = Math.min(wordsX.size(), wordsY.size());
        if (smaller >= 3 && common.size() * 4 >= smaller * 3) {
          return a.entity().values("address").get(i);
        }
      }
    }
    return null;
  }

  private static Set<String> countries(Entity e) {
    Set<String> out = new HashSet<>();
    for (String p : List.of("country", "nationality", "jurisdiction", "citizenship")) {
      for (String v : e.values(p)) {
        out.add(v.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static boolean shareDataset(Entity a, Entity b) {
    for (String d : a.datasets()) {
      if (b.datasets().contains(d)) {
        return true;
      }
    }
    return false;
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> limit(List<String> names) {
    return names.size() <= MAX_NAMES ? names : names.subList(0, MAX_NAMES);
  }

  /** The kind within which entities can be one party, or null for entities that are not parties or objects. */
  private static String kind(Entity e) {
    if (e.is("Person")) {
      return "person";
    }
    if (e.is("Organization") || e.schema().equals("LegalEntity")) {
      return "organization";
    }
    if (e.is("Airplane")) {
      return "airplane";
    }
    if (e.is("Vessel")) {
      return "vessel";
    }
    return null;
  }
}
