package io.tailwatch.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Precision, recall and F1 on the labelled pairs of {@code evaluation-pairs.tsv} at {@link NameMatcher#THRESHOLD},
 * beside the plain token Jaro-Winkler baseline ({@link TokenJaroWinkler}) in the same run, at the same threshold
 * and at the baseline's own best one. The floors are the figures recorded in docs/screening.md, rounded down: a
 * change that lowers them fails here. Run with {@code -Dtailwatch.evaluation.verbose=true} to list every pair
 * on the wrong side of the threshold with its explanation.
 */
class ScreeningEvaluationTest {
  static final double PRECISION_FLOOR = 0.99;
  static final double RECALL_FLOOR = 0.95;
  static final double F1_FLOOR = 0.97;

  @Test
  void precisionAndRecallStayAboveTheRecordedFiguresAndAboveTheBaseline() {
    EvaluationSet set = EvaluationSet.load();
    assertThat(set.pairs).hasSizeGreaterThan(2000);
    Map<String, ParsedName> parsed = new HashMap<>();
    double[] ours = set.score(p -> NameMatcher.match(parse(parsed, p.a(), p.kindA()), parse(parsed, p.b(), p.kindB()))
        .score());
    double[] kindless = set.score(p -> NameMatcher.match(p.a(), p.b()).score());
    double[] baseline = set.score(p -> TokenJaroWinkler.score(p.a(), p.b()));

    EvaluationSet.Outcome atThreshold = set.at(ours, NameMatcher.THRESHOLD);
    EvaluationSet.Outcome baselineSame = set.at(baseline, NameMatcher.THRESHOLD);
    EvaluationSet.Outcome baselineBest = set.best(baseline);
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "evaluation set: %d pairs%n", set.pairs.size()));
    report.append("tailwatch                 ").append(atThreshold).append('\n');
    report.append("tailwatch, kinds unknown  ").append(set.at(kindless, NameMatcher.THRESHOLD)).append('\n');
    report.append("baseline                  ").append(baselineSame).append('\n');
    report.append("baseline at its best      ").append(baselineBest).append('\n');
    for (String source : set.sources()) {
      report.append(String.format(Locale.ROOT, "  %-12s tailwatch %s%n  %-12s baseline  %s%n", source,
          set.at(ours, NameMatcher.THRESHOLD, source), "", set.at(baseline, baselineBest.threshold(), source)));
    }
    System.out.print(report);
    if (Boolean.getBoolean("tailwatch.evaluation.verbose")) {
      for (int i = 0; i < ours.length; i++) {
        EvaluationSet.Pair p = set.pairs.get(i);
        if (ours[i] >= NameMatcher.THRESHOLD != p.same()) {
          System.out.printf(Locale.ROOT, "%s %.3f  %s | %s  [%s] :: %s%n", p.same() ? "MISS " : "FALSE", ours[i],
              p.a(), p.b(), p.note(), NameMatcher.match(parse(parsed, p.a(), p.kindA()),
                  parse(parsed, p.b(), p.kindB())).explain());
        }
      }
    }
    assertThat(atThreshold.precision()).as(report.toString()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
    assertThat(atThreshold.recall()).as(report.toString()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    assertThat(atThreshold.f1()).as(report.toString()).isGreaterThanOrEqualTo(F1_FLOOR)
        .isGreaterThan(baselineBest.f1());
  }

  private static ParsedName parse(Map<String, ParsedName> cache, String name, NameKind kind) {
    return cache.computeIfAbsent(name, NameNormalizer::parse).as(kind);
  }
}
