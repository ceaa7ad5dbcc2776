package io.tailwatch.bench;

import io.tailwatch.screening.NameIndex;
import io.tailwatch.screening.NameKind;
import io.tailwatch.screening.NameMatcher;
import io.tailwatch.screening.NameNormalizer;
import io.tailwatch.screening.ParsedName;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where screening time goes: per query, candidates found and the time to find and to score them. With a third
 * argument {@code check}, also scans every listed name with the matcher and reports any name the index missed:
 * the losslessness test at the scale of the corpus, not only on the evaluation set.
 *
 * <p>Run: {@code java -Dtailwatch.referenceData=../shared/data -cp bench/target/benchmarks.jar
 * io.tailwatch.bench.ScreeningIndexProfile [NAMES] [QUERIES] [check|warm]}. With {@code warm}, every query is
 * searched once before the measured pass, as in the benchmark's cycle.
 */
public final class ScreeningIndexProfile {
  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    long t0 = System.nanoTime();
    ScreeningCorpus corpus = ScreeningCorpus.build(size, 1 << 14, 42);
    long t1 = System.nanoTime();
    NameIndex index = ScreeningIndexBenchmark.index(corpus);
    long t2 = System.nanoTime();
    System.out.printf("corpus %.1f s, index %.1f s, %,d distinct parts%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, index.distinctParts());
    boolean check = args.length > 2 && args[2].equals("check");
    if (args.length > 2 && args[2].equals("warm")) {
      // As the benchmark meets them: the queries' parts already looked up once (the index remembers them).
      for (int i = 0; i < queries; i++) {
        index.search(NameNormalizer.parse(corpus.queries[i]), NameMatcher.THRESHOLD);
      }
    }
    ParsedName[] listed = new ParsedName[check ? corpus.names.length : 0];
    for (int e = 0; e < listed.length; e++) {
      listed[e] = NameNormalizer.parse(corpus.names[e]).as(corpus.kinds[e]);
    }
    int missed = 0;
    long[] cand = new long[queries];
    long[] findNs = new long[queries];
    long[] scoreNs = new long[queries];
    long[] hitCounts = new long[queries];
    for (int i = 0; i < queries; i++) {
      String q = corpus.queries[i];
      long a = System.nanoTime();
      ParsedName parsed = NameNormalizer.parse(q);
      int[] c = index.candidates(parsed, NameMatcher.THRESHOLD);
      long b = System.nanoTime();
      List<NameIndex.Hit> found = index.search(parsed, NameMatcher.THRESHOLD);
      int hits = found.size();
      long d = System.nanoTime();
      if (check) {
        Set<Integer> byIndex = new HashSet<>();
        found.forEach(h -> byIndex.add(h.entry()));
        for (int e = 0; e < listed.length; e++) {
          if (NameMatcher.match(parsed, listed[e]).score() >= NameMatcher.THRESHOLD && !byIndex.contains(e)) {
            missed++;
            System.out.printf("MISSED %s -> %s :: %s%n", q, corpus.names[e], NameMatcher.match(parsed, listed[e])
                .explain());
          }
        }
      }
      cand[i] = c.length;
      hitCounts[i] = hits;
      findNs[i] = b - a;
      scoreNs[i] = d - b;
      if (c.length > 20_000 || i < 15) {
        System.out.printf("%-50s candidates %,8d hits %3d find %6.1f ms score %8.1f ms%n", q, c.length, hits,
            (b - a) / 1e6, (d - b) / 1e6);
      }
    }
    Arrays.sort(cand);
    Arrays.sort(findNs);
    Arrays.sort(scoreNs);
    Arrays.sort(hitCounts);
    System.out.printf("names found per query median %,d p90 %,d p99 %,d max %,d%n", hitCounts[queries / 2],
        hitCounts[queries * 9 / 10], hitCounts[queries * 99 / 100], hitCounts[queries - 1]);
    System.out.printf("candidates median %,d p90 %,d p99 %,d max %,d; find median %.2f ms p99 %.2f; score median %.2f"
        + " ms p99 %.2f%n", cand[queries / 2], cand[queries * 9 / 10], cand[queries * 99 / 100], cand[queries - 1],
        findNs[queries / 2] / 1e6, findNs[queries * 99 / 100] / 1e6, scoreNs[queries / 2] / 1e6,
        scoreNs[queries * 99 / 100] / 1e6);
    if (check) {
      System.out.printf("full scan check: %,d names the index missed%n", missed);
    }
  }
}
