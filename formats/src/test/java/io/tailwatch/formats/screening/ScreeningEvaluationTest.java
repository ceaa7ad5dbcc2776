package io.tailwatch.formats.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.formats.SharedData;
import io.tailwatch.formats.ofac.SdnCsvReader;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.screening.JaroWinkler;
import io.tailwatch.screening.NameMatcher;
import io.tailwatch.screening.NameNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Name matching measured on the real OFAC SDN list (2021 set, which carries the alias file): every person's names
 * against their own aliases as written by OFAC (positives: transliterations, reordered and joined parts, but also
 * noms de guerre no name matcher can know), and pairs of different people who share a family name (hard negatives).
 * tailwatch's {@link NameMatcher} at its default threshold against the baseline most screening tools use: Jaro-Winkler
 * on the whole name with tokens sorted. The figures go to docs/screening.md.
 */
class ScreeningEvaluationTest {
  static final double THRESHOLD = 0.8;
  static final double BASELINE_THRESHOLD = 0.9;

  record Pair(String a, String b, boolean same) {}

  @Test
  void tailwatchBeatsTokenSortJaroWinklerOnTheRealList() throws Exception {
    List<Entity> entities = SdnCsvReader.read(SharedData.require("ofac/sdn-csv-2021-07"), LocalDate.of(2021, 7, 1))
        .entities();
    List<Pair> pairs = pairs(entities);
    long positives = pairs.stream().filter(Pair::same).count();
    int[] ours = new int[4];
    int[] baseline = new int[4];
    for (Pair p : pairs) {
      count(ours, p.same(), NameMatcher.match(p.a(), p.b()).score() >= THRESHOLD);
      count(baseline, p.same(), tokenSortJaroWinkler(p.a(), p.b()) >= BASELINE_THRESHOLD);
    }
    String report = String.format(Locale.ROOT, "%d pairs (%d same person, %d different people sharing a family name)%n"
        + "tailwatch NameMatcher >= %.2f: %s%nbaseline token-sort Jaro-Winkler >= %.2f: %s", pairs.size(), positives,
        pairs.size() - positives, THRESHOLD, figures(ours), BASELINE_THRESHOLD, figures(baseline));
    System.out.println(report);
    assertThat(f1(ours)).as(report).isGreaterThan(f1(baseline));
    assertThat(precision(ours)).as(report).isGreaterThan(0.95);
  }

  /** Positives: a person's name against each alias. Negatives: two people whose last name part is the same. */
  static List<Pair> pairs(List<Entity> entities) {
    List<Pair> out = new ArrayList<>();
    Map<String, List<Entity>> byFamilyName = new HashMap<>();
    for (Entity e : entities) {
      if (!e.schema().equals("Person") || e.first("name") == null) {
        continue;
      }
      String name = e.first("name");
      for (String alias : e.values("alias")) {
        if (!alias.equalsIgnoreCase(name)) {
          out.add(new Pair(name, alias, true));
        }
      }
      List<String> parts = NameNormalizer.parts(name);
      if (parts.size() >= 2) {
        byFamilyName.computeIfAbsent(parts.get(0), k -> new ArrayList<>()).add(e); // OFAC writes "FAMILY, Given"
      }
    }
    SplittableRandom random = new SplittableRandom(6);
    for (List<Entity> people : byFamilyName.values()) {
      for (int i = 0; i + 1 < people.size() && i < 6; i++) {
        Entity a = people.get(i);
        Entity b = people.get(i + 1 + random.nextInt(people.size() - i - 1));
        if (!a.id().equals(b.id())) {
          out.add(new Pair(a.first("name"), b.first("name"), false));
        }
      }
    }
    return out;
  }

  static double tokenSortJaroWinkler(String a, String b) {
    return JaroWinkler.similarity(sorted(a), sorted(b));
  }

  private static String sorted(String name) {
    List<String> parts = new ArrayList<>(NameNormalizer.parts(name));
    parts.sort(null);
    return String.join(" ", parts);
  }

  /** [true positives, false positives, false negatives, true negatives]. */
  private static void count(int[] c, boolean same, boolean matched) {
    c[same ? (matched ? 0 : 2) : (matched ? 1 : 3)]++;
  }

  private static double precision(int[] c) {
    return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
  }

  private static double recall(int[] c) {
    return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
  }

  private static double f1(int[] c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static String figures(int[] c) {
    return String.format(Locale.ROOT, "precision %.3f, recall %.3f, F1 %.3f (tp %d, fp %d, fn %d, tn %d)",
        precision(c), recall(c), f1(c), c[0], c[1], c[2], c[3]);
  }
}
