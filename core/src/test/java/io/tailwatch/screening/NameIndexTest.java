package io.tailwatch.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The index must find what a scan of every name finds: on the evaluation set's real list names (OFAC, CSL, UN, in
 * Latin and Arabic script, people and organisations) and its curated transliteration variants, every listed name a
 * scan scores at or above the threshold is among the index's results, at the screening threshold and at the lower
 * one that leaves room for a birth date to lift a score.
 */
class NameIndexTest {
  record Named(String name, NameKind kind) {}

  @Test
  void findsExactlyWhatAScanOfEveryNameFinds() {
    assertFindsWhatAScanFinds(new NameIndex.Builder());
  }

  /** Every part common: names found through pairs of common parts and credited with the parts not walked. */
  @Test
  void findsTheSameThroughPairsOfCommonParts() {
    assertFindsWhatAScanFinds(new NameIndex.Builder().commonFrom(1));
  }

  private static void assertFindsWhatAScanFinds(NameIndex.Builder builder) {
    List<EvaluationSet.Pair> pairs = EvaluationSet.load().pairs;
    List<Named> listed = new ArrayList<>();
    List<Named> queries = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      EvaluationSet.Pair p = pairs.get(i);
      listed.add(new Named(p.b(), p.kindB()));
      if (i % 8 == 0) {
        queries.add(new Named(p.a(), p.kindA()));
        listed.add(new Named(p.a(), p.kindA()));
      }
    }
    List<ParsedName> parsed = new ArrayList<>();
    for (Named n : listed) {
      builder.add(n.name(), n.kind());
      parsed.add(NameNormalizer.parse(n.name()).as(n.kind()));
    }
    NameIndex index = builder.build();
    int found = 0;
    for (double threshold : new double[] {NameMatcher.THRESHOLD, NameMatcher.THRESHOLD - 0.07}) {
      for (Named q : queries) {
        ParsedName query = NameNormalizer.parse(q.name()).as(q.kind());
        TreeSet<Integer> scan = new TreeSet<>();
        for (int e = 0; e < parsed.size(); e++) {
          if (NameMatcher.match(query, parsed.get(e)).score() >= threshold) {
            scan.add(e);
          }
        }
        TreeSet<Integer> indexed = new TreeSet<>();
        index.search(q.name(), q.kind(), threshold).forEach(h -> indexed.add(h.entry()));
        if (!indexed.equals(scan)) {
          StringBuilder missed = new StringBuilder();
          for (int e : scan) {
            if (!indexed.contains(e)) {
              missed.append("\n  ").append(listed.get(e).name()).append(" :: ")
                  .append(NameMatcher.match(query, parsed.get(e)).explain()).append(" parts ")
                  .append(parsed.get(e).parts()).append(" vs ").append(query.parts());
            }
          }
          assertThat(indexed).as("'%s' at %.2f misses:%s", q.name(), threshold, missed).isEqualTo(scan);
        }
        found += scan.size();
      }
    }
    assertThat(found).isGreaterThan(queries.size()); // every query finds at least itself, most find more
  }

  @Test
  void prunesNamesThatShareOnlyOnePart() {
    NameIndex.Builder builder = new NameIndex.Builder();
    builder.add("Mohammad Hassan Rahimi", NameKind.PERSON);
    builder.add("Ali Rahimi", NameKind.PERSON);
    builder.add("Gholamreza Ghasemi", NameKind.PERSON);
    builder.add("Rahimi Trading LLC", NameKind.ORGANIZATION);
    NameIndex index = builder.build();
    ParsedName query = NameNormalizer.parse("Reza Rahimi").as(NameKind.PERSON);
    // Rahimi alone cannot make two people one (at most 0.6), and a person is never a company (at most 0.3).
    assertThat(index.candidates(query, NameMatcher.THRESHOLD)).isEmpty();
    assertThat(index.candidates(NameNormalizer.parse("Reza Rahimi"), 0.7)).contains(3);
    assertThat(index.candidates(query, 0.5)).containsExactly(0, 1);
    assertThat(index.search("QASEMI/GHOLAM REZA MR", NameKind.UNKNOWN, NameMatcher.THRESHOLD))
        .singleElement().satisfies(h -> assertThat(h.name()).isEqualTo("Gholamreza Ghasemi"));
  }

  @Test
  void pairsNamePartsOneToOne() {
    NameIndex index = people("Mohammad Rezaei", "Mohammad Mohammadi", "Muhammad Mohammed");
    // Both query parts are like the one Mohammad of the first name: one pair at most, so not a candidate; the
    // second has Mohammed against Mohammadi, not alike enough.
    assertThat(index.candidates(NameNormalizer.parse("Muhammad Mohammed").as(NameKind.PERSON),
        NameMatcher.THRESHOLD)).containsExactly(2);
    // A join of the query (muhammad'yehia) less like Muhammad than Muhammad itself does not form: Yehia stays
    // against Jamal.
    assertThat(people("Muhammad Jamal").candidates(NameNormalizer.parse("Muhammad Yehia"), NameMatcher.THRESHOLD)).isEmpty();
  }

  @Test
  void joinsTwoParticlesWithoutComparingEveryName() {
    NameIndex index = people("Abudel", "Hassan Rahimi", "Abu Del", "Ali Rahimi");
    ParsedName query = NameNormalizer.parse("Abu Del").as(NameKind.PERSON);
    assertThat(index.candidates(query, NameMatcher.THRESHOLD)).containsExactlyInAnyOrder(0, 2);
    assertThat(index.search(query, NameMatcher.THRESHOLD)).extracting(NameIndex.Hit::name)
        .containsExactlyInAnyOrder("Abudel", "Abu Del");
  }

  private static NameIndex people(String... names) {
    NameIndex.Builder builder = new NameIndex.Builder();
    for (String name : names) {
      builder.add(name, NameKind.PERSON);
    }
    return builder.build();
  }
}
