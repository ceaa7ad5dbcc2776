package io.tailwatch.knowledge.resolution;

import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies analysts' judgements to a set of entities, as FollowTheMoney's resolver does: entities judged the same
 * become one, under the id of the entity first named, with the others' ids as {@code referents}; references to
 * the merged ids (an Ownership's {@code owner}, a Sanction's {@code entity}) are rewritten to the kept id, so the
 * graph sees one party. NOT_SAME judgements keep pairs apart and out of later candidate lists.
 *
 * <p>Judgements replay in the order they were taken. One that contradicts an earlier one (SAME across a NOT_SAME,
 * or NOT_SAME inside a merged cluster) is refused by {@link #check} before it is recorded.
 *
 * <p>Cost: near O(n) in entities and judgements (union-find with path halving).
 */
public final class Resolver {
  private final Map<String, String> parent = new HashMap<>();
  private final Set<String> notSame = new HashSet<>();
  private final List<Judgement> judgements;

  public Resolver(Collection<Judgement> judgements) {
    this.judgements = new ArrayList<>(judgements.stream().sorted(Comparator.comparing(Judgement::decidedAt)).toList());
    Map<String, Judgement> latestPerPair = new LinkedHashMap<>();
    for (Judgement j : this.judgements) {
      latestPerPair.remove(j.pairKey());
      latestPerPair.put(j.pairKey(), j);
    }
    latestPerPair.values().forEach(this::take);
  }

  public static Resolver none() {
    return new Resolver(List.of());
  }

  public List<Judgement> judgements() {
    return List.copyOf(judgements);
  }

  /** Adds a judgement that {@link #check} accepted. */
  public void add(Judgement j) {
    judgements.add(j);
    take(j);
  }

  private void take(Judgement j) {
    if (j.verdict() == Judgement.Verdict.SAME) {
      union(j.keptId(), j.otherId());
    } else {
      notSame.add(j.pairKey());
    }
  }

  /** The id an entity is known by after resolution: its own, or that of the entity it was merged into. */
  public String canonical(String id) {
    String current = id;
    while (true) {
      String up = parent.get(current);
      if (up == null) {
        return current;
      }
      String grand = parent.get(up);
      if (grand != null) {
        parent.put(current, grand);
      }
      current = up;
    }
  }

  public boolean same(String a, String b) {
    return canonical(a).equals(canonical(b));
  }

  /** Whether an analyst said these two (or members of their merged clusters) are different parties. */
  public boolean judgedDifferent(String a, String b) {
    String ca = canonical(a);
    String cb = canonical(b);
    for (String key : notSame) {
      int cut = key.indexOf('\u0000');
      String x = canonical(key.substring(0, cut));
      String y = canonical(key.substring(cut + 1));
      if (x.equals(ca) && y.equals(cb) || x.equals(cb) && y.equals(ca)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this pair was decided either way, so candidate lists leave it out. */
  public boolean decided(String a, String b) {
    return same(a, b) || judgedDifferent(a, b);
  }

  /**
   * Why a new judgement cannot be recorded, or empty when it can: both entities must exist, SAME needs schemata
   * of one line (Company and Organization, not Company and Person), and no judgement may contradict an earlier one.
   */
  public Optional<String> check(Judgement j, Map<String, Entity> entities) {
    Entity kept = entities.get(j.keptId());
    Entity other = entities.get(j.otherId());
    if (kept == null || other == null) {
      return Optional.of("no entity '" + (kept == null ? j.keptId() : j.otherId()) + "'");
    }
    if (j.verdict() == Judgement.Verdict.SAME) {
      if (!Schema.of(kept.schema()).isA(other.schema()) && !Schema.of(other.schema()).isA(kept.schema())) {
        return Optional.of(j.keptId() + " is a " + kept.schema() + " and " + j.otherId() + " a " + other.schema()
            + ": they cannot be one party");
      }
      if (judgedDifferent(j.keptId(), j.otherId())) {
        return Optional.of("an earlier judgement says " + j.keptId() + " and " + j.otherId() + " are different");
      }
    } else if (same(j.keptId(), j.otherId())) {
      return Optional.of(j.keptId() + " and " + j.otherId() + " were judged the same; judge the pair again "
          + "with the ids of the merge you want to undo");
    }
    return Optional.empty();
  }

  /**
   * The entities with every SAME cluster merged into one and references rewritten. Members whose schemata have
   * become incompatible since the judgement (a source changed) stay apart rather than fail the whole graph.
   */
  public List<Entity> apply(Collection<Entity> entities) {
    if (parent.isEmpty()) {
      return new ArrayList<>(entities);
    }
    Map<String, Entity> merged = new LinkedHashMap<>();
    Map<String, String> rewrite = new HashMap<>();
    for (Entity e : entities) {
      String id = canonical(e.id());
      if (!id.equals(e.id())) {
        rewrite.put(e.id(), id);
      }
    }
    // The kept entities first, so that their names and values lead (the caption is the kept entity's).
    List<Entity> keptFirst = new ArrayList<>(entities.size());
    entities.stream().filter(e -> !rewrite.containsKey(e.id())).forEach(keptFirst::add);
    entities.stream().filter(e -> rewrite.containsKey(e.id())).forEach(keptFirst::add);
    for (Entity e : keptFirst) {
      String id = rewrite.getOrDefault(e.id(), e.id());
      Entity renamed = withReferencesRewritten(renamed(e, id), rewrite);
      Entity existing = merged.get(id);
      if (existing == null) {
        merged.put(id, renamed);
      } else {
        try {
          merged.put(id, existing.merge(renamed));
        } catch (IllegalArgumentException conflict) {
          merged.put(e.id(), withReferencesRewritten(e, rewrite));
        }
      }
    }
    return new ArrayList<>(merged.values());
  }

  private static Entity renamed(Entity e, String id) {
    if (id.equals(e.id())) {
      return e;
    }
    List<String> referents = new ArrayList<>(e.referents());
    referents.add(e.id());
    return new Entity(id, e.schema(), e.properties(), e.datasets(), referents, e.firstSeen(), e.lastSeen(),
        e.extensions());
  }

  private static Entity withReferencesRewritten(Entity e, Map<String, String> rewrite) {
    Map<String, List<String>> properties = null;
    for (Map.Entry<String, List<String>> p : e.properties().entrySet()) {
      List<String> values = p.getValue();
      for (int i = 0; i < values.size(); i++) {
        String target = rewrite.get(values.get(i));
        if (target != null) {
          if (properties == null) {
            properties = new LinkedHashMap<>(e.properties());
          }
          List<String> copy = new ArrayList<>(properties.get(p.getKey()));
          copy.set(i, target);
          properties.put(p.getKey(), copy);
        }
      }
    }
    return properties == null ? e
        : new Entity(e.id(), e.schema(), properties, e.datasets(), e.referents(), e.firstSeen(), e.lastSeen(),
            e.extensions());
  }

  private void union(String kept, String other) {
    String keptRoot = canonical(kept);
    String otherRoot = canonical(other);
    if (!keptRoot.equals(otherRoot)) {
      parent.put(otherRoot, keptRoot);
    }
  }
}
