package io.tailwatch.screening;

import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.FtmDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Screens a person (a name, and where known a date of birth and a nationality) against listed entities, with a
 * score that explains itself.
 *
 * <p>The rule, in order:
 * <ol>
 *   <li>Name: the best {@link NameMatcher} score over the entity's names and aliases.
 *   <li>Date of birth: the same day raises the score by 0.05; a different year (or day, when both are full dates)
 *       multiplies it by 0.7. A missing date on either side changes nothing: absence is not contradiction.
 *   <li>Nationality: a shared country raises it by 0.02; none shared multiplies it by 0.9 (people hold several,
 *       and lists are incomplete, so this weighs less than a birth date).
 *   <li>Identifier: the same passport or id number sets the score to at least 0.98.
 * </ol>
 * The score is capped to [0,1]. Candidates are only Persons and, for names that are not people, other
 * LegalEntities. Names are looked up in a {@link NameIndex}: a query is scored only against the names that share
 * enough of its parts to reach the threshold.
 */
public final class ManifestScreening {
  /**
   * Who is screened. Null fields are unknown; {@code kind} says whether the name is a person's (a manifest's
   * rows are), an organisation's, or unknown, so that a person is never taken for a company.
   */
  public record Query(String name, NameKind kind, LocalDate dateOfBirth, String nationality, String documentNumber) {}

  /** One feature that moved the score, as shown to the analyst. */
  public record Feature(String name, String value, double effect) {}

  /** A candidate, its score and why. */
  public record Match(Entity entity, double score, NameMatch name, List<Feature> features) {}

  /** The most birth date (+0.05) and nationality (+0.02) add to a name score. */
  private static final double MAX_LIFT = 0.07;

  private static final Set<String> SCREENED = Set.of("Person", "LegalEntity", "Organization", "Company", "PublicBody");

  private final List<Entity> candidates;
  private final Set<String> dismissed;
  /** Every name and alias of the candidates, entry by entry; {@link #owners} gives each entry's entity. */
  private final NameIndex names;
  private final int[] owners;

  /**
   * @param entities  the list to screen against (other schemata are skipped)
   * @param dismissed keys of analysts' "not this person" decisions, {@link #decisionKey}: never returned
   */
  public ManifestScreening(List<Entity> entities, Set<String> dismissed) {
    this.candidates = entities.stream().filter(e -> SCREENED.contains(e.schema())).toList();
    this.dismissed = Set.copyOf(dismissed);
    NameIndex.Builder builder = new NameIndex.Builder();
    List<Integer> owner = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      for (String name : candidates.get(i).allNames()) {
        builder.add(name, NameKind.ofSchema(candidates.get(i).schema()));
        owner.add(i);
      }
    }
    this.names = builder.build();
    this.owners = owner.stream().mapToInt(Integer::intValue).toArray();
  }

  private ManifestScreening(ManifestScreening indexed, Set<String> dismissed) {
    this.candidates = indexed.candidates;
    this.names = indexed.names;
    this.owners = indexed.owners;
    this.dismissed = Set.copyOf(dismissed);
  }

  /** The same list and index with other decisions: cheap, so a server keeps one index and the latest decisions. */
  public ManifestScreening withDismissed(Set<String> dismissed) {
    return new ManifestScreening(this, dismissed);
  }

  /**
   * The key of an analyst's "not this person" decision: the screened name's parts by phonetic key, in sorted order
   * (so {@code QASEMI/GHOLAM REZA MR} and {@code Gholam Reza Ghasemi} are one decision), and the entity.
   */
  public static String decisionKey(String name, String entityId) {
    List<String> keys = new ArrayList<>();
    for (NamePart p : NameNormalizer.parse(name).parts()) {
      keys.add(p.key());
    }
    keys.sort(null);
    return String.join(" ", keys) + "|" + entityId;
  }

  public List<Match> screen(Query query, double threshold, int limit) {
    List<Match> matches = new ArrayList<>();
    if (query.name() == null || query.name().isBlank()) {
      return matches;
    }
    // Birth date and nationality lift a name score by at most MAX_LIFT, so names further below are not looked at,
    // whatever the other evidence (a matching document counts only for a name already this close).
    double nameFloor = Math.max(0, threshold - MAX_LIFT);
    ParsedName parsed = NameNormalizer.parse(query.name()).as(query.kind());
    Map<Integer, NameMatch> bestByEntity = new TreeMap<>();
    for (NameIndex.Hit hit : names.search(parsed, nameFloor)) {
      bestByEntity.merge(owners[hit.entry()], hit.match(), (a, b) -> b.score() > a.score() ? b : a);
    }
    for (Map.Entry<Integer, NameMatch> found : bestByEntity.entrySet()) {
      Entity e = candidates.get(found.getKey());
      NameMatch best = found.getValue();
      if (dismissed.contains(decisionKey(query.name(), e.id()))) {
        continue;
      }
      List<Feature> features = new ArrayList<>();
      double score = best.score();
      features.add(new Feature("name", best.explain(), best.score()));
      score = birthDate(query, e, score, features);
      score = nationality(query, e, score, features);
      score = identifier(query, e, score, features);
      score = Math.max(0, Math.min(1, score));
      if (score >= threshold) {
        matches.add(new Match(e, score, best, features));
      }
    }
    matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.entity().id()));
    return matches.subList(0, Math.min(limit, matches.size()));
  }

  private static double birthDate(Query q, Entity e, double score, List<Feature> features) {
    List<String> listed = e.values("birthDate");
    if (q.dateOfBirth() == null || listed.isEmpty()) {
      return score;
    }
    for (String d : listed) {
      LocalDate start = FtmDate.start(d);
      LocalDate end = FtmDate.end(d);
      if (start != null && !q.dateOfBirth().isBefore(start) && !q.dateOfBirth().isAfter(end)) {
        features.add(new Feature("birth_date", q.dateOfBirth() + " matches " + d, +0.05));
        return score + 0.05;
      }
    }
    features.add(new Feature("birth_date", q.dateOfBirth() + " contradicts " + String.join(", ", listed), -0.3));
    return score * 0.7;
  }

  private static double nationality(Query q, Entity e, double score, List<Feature> features) {
    List<String> listed = new ArrayList<>(e.values("nationality"));
    listed.addAll(e.values("citizenship"));
    if (q.nationality() == null || listed.isEmpty()) {
      return score;
    }
    String mine = q.nationality().toLowerCase(Locale.ROOT);
    if (listed.stream().anyMatch(n -> n.equalsIgnoreCase(mine))) {
      features.add(new Feature("nationality", mine + " is listed", +0.02));
      return score + 0.02;
    }
    features.add(new Feature("nationality", mine + " not among " + String.join(", ", listed), -0.1));
    return score * 0.9;
  }

  private static double identifier(Query q, Entity e, double score, List<Feature> features) {
    if (q.documentNumber() == null) {
      return score;
    }
    String mine = q.documentNumber().replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    for (String p : List.of("passportNumber", "idNumber")) {
      for (String v : e.values(p)) {
        if (v.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT).equals(mine)) {
          features.add(new Feature("identifier", p + " " + v + " matches", +1));
          return Math.max(score, 0.98);
        }
      }
    }
    return score;
  }
}
