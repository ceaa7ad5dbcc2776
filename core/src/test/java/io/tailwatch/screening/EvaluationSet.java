package io.tailwatch.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The screening evaluation set ({@code evaluation-pairs.tsv}): labelled pairs of names, each with where it comes
 * from. The file's header says how each part was drawn.
 */
final class EvaluationSet {
  /** One labelled pair. {@code source} is the note's first word: ofac-2021, us-csl-2022, un-2026, curated. */
  record Pair(boolean same, NameKind kindA, String a, NameKind kindB, String b, String source, String note) {}

  /** Counts at one threshold. */
  record Outcome(double threshold, int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {
    double precision() {
      return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "at %.2f: precision %.3f, recall %.3f, F1 %.3f (TP %d, FN %d, FP %d, TN %d)",
          threshold, precision(), recall(), f1(), truePositives, falseNegatives, falsePositives, trueNegatives);
    }
  }

  final List<Pair> pairs;

  private EvaluationSet(List<Pair> pairs) {
    this.pairs = pairs;
  }

  static EvaluationSet load() {
    List<Pair> pairs = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        EvaluationSet.class.getResourceAsStream("evaluation-pairs.tsv"), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 6 || !(f[0].equals("match") || f[0].equals("no-match"))) {
          throw new IllegalStateException("evaluation-pairs.tsv:" + number + ": expected label, kind, name, kind, name, source");
        }
        pairs.add(new Pair(f[0].equals("match"), kind(f[1], number), f[2], kind(f[3], number), f[4],
            f[5].split(" ", 2)[0], f[5]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new EvaluationSet(pairs);
  }

  private static NameKind kind(String code, int line) {
    return switch (code) {
      case "P" -> NameKind.PERSON;
      case "O" -> NameKind.ORGANIZATION;
      default -> throw new IllegalStateException("evaluation-pairs.tsv:" + line + ": kind must be P or O");
    };
  }

  /** Every pair's score, in file order. */
  double[] score(ToDoubleFunction<Pair> scorer) {
    double[] scores = new double[pairs.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = scorer.applyAsDouble(pairs.get(i));
    }
    return scores;
  }

  Outcome at(double[] scores, double threshold) {
    return at(scores, threshold, null);
  }

  /** Counts at a threshold, over the pairs of one source (null: all). */
  Outcome at(double[] scores, double threshold, String source) {
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    for (int i = 0; i < scores.length; i++) {
      Pair p = pairs.get(i);
      if (source != null && !p.source().equals(source)) {
        continue;
      }
      boolean hit = scores[i] >= threshold;
      if (p.same()) {
        tp += hit ? 1 : 0;
        fn += hit ? 0 : 1;
      } else {
        fp += hit ? 1 : 0;
        tn += hit ? 0 : 1;
      }
    }
    return new Outcome(threshold, tp, fn, fp, tn);
  }

  /** The threshold (in steps of 0.01 from 0.5) with the best F1: a scorer's fairest operating point. */
  Outcome best(double[] scores) {
    Outcome best = at(scores, 0.5);
    for (int t = 51; t <= 100; t++) {
      Outcome o = at(scores, t / 100.0);
      if (o.f1() > best.f1()) {
        best = o;
      }
    }
    return best;
  }

  /** The sources in file order. */
  List<String> sources() {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    pairs.forEach(p -> seen.put(p.source(), true));
    return new ArrayList<>(seen.keySet());
  }
}
