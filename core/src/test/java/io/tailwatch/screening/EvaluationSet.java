package io.tailwatch.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;

/**
 * The screening evaluation set ({@code evaluation-names.tsv}): names grouped by the party they name. Every two
 * names of one party are a pair that should match; every two names of different parties a pair that should not.
 */
final class EvaluationSet {
  /** One name of one party. */
  record Name(String identity, NameKind kind, String text, String source) {}

  /** Counts at one threshold. */
  record Outcome(double threshold, int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {
    double precision() {
      return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
      return 2 * precision() * recall() / (precision() + recall());
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "threshold %.2f: precision %.3f, recall %.3f (TP %d, FN %d, FP %d, TN %d)",
          threshold, precision(), recall(), truePositives, falseNegatives, falsePositives, trueNegatives);
    }
  }

  /** A scored pair. */
  record Scored(Name query, Name listed, double score, boolean same) {}

  final List<Name> names;

  private EvaluationSet(List<Name> names) {
    this.names = names;
  }

  static EvaluationSet load() {
    List<Name> names = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        EvaluationSet.class.getResourceAsStream("evaluation-names.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        names.add(new Name(f[0], f[1].equals("O") ? NameKind.ORGANIZATION : NameKind.PERSON, f[2], f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new EvaluationSet(names);
  }

  /** Every pair once, the earlier name in the file as the screened one. */
  List<Scored> score(ToDoubleBiFunction<Name, Name> scorer) {
    List<Scored> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        Name a = names.get(i);
        Name b = names.get(j);
        out.add(new Scored(a, b, scorer.applyAsDouble(a, b), a.identity().equals(b.identity())));
      }
    }
    return out;
  }

  static Outcome at(List<Scored> scored, double threshold) {
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    for (Scored s : scored) {
      boolean hit = s.score() >= threshold;
      if (s.same()) {
        tp += hit ? 1 : 0;
        fn += hit ? 0 : 1;
      } else {
        fp += hit ? 1 : 0;
        tn += hit ? 0 : 1;
      }
    }
    return new Outcome(threshold, tp, fn, fp, tn);
  }

  /** The threshold (in steps of 0.01) with the best F1: the baseline's fairest operating point. */
  static Outcome best(List<Scored> scored) {
    Outcome best = at(scored, 0.5);
    for (int t = 50; t <= 100; t++) {
      Outcome o = at(scored, t / 100.0);
      if (o.f1() > best.f1()) {
        best = o;
      }
    }
    return best;
  }
}
