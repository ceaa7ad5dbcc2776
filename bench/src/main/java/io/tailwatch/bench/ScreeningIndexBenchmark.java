package io.tailwatch.bench;

import io.tailwatch.screening.NameIndex;
import io.tailwatch.screening.NameKind;
import io.tailwatch.screening.NameMatcher;
import io.tailwatch.screening.NameNormalizer;
import io.tailwatch.screening.ParsedName;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Screening names against a list of one million ({@link ScreeningCorpus}: the real OFAC, UN and CSL names and
 * made-up names of the same scripts), on two threads, at the {@code screen} command's threshold.
 *
 * <ul>
 *   <li>{@code indexed}: tailwatch, {@link NameIndex} then {@link NameMatcher} on the candidates.
 *   <li>{@code fullScan}: the same matcher on every listed name (what the index must equal, without it).
 *   <li>{@code duckdbJaroWinkler}: what an analyst would otherwise run, Jaro-Winkler at 0.9 on lower-cased,
 *       accent-stripped names in DuckDB.
 *   <li>{@code buildIndex}: building the index from the names, once.
 * </ul>
 *
 * <p>Run: {@code java -Dtailwatch.referenceData=../shared/data -jar bench/target/benchmarks.jar ScreeningIndex
 * -f 1 -wi 1 -i 3 -w 10s -r 10s -jvmArgs -Xmx8g}. Throughput of {@code indexed} is names per second over both
 * threads; sample mode gives the per-name percentiles.
 */
public class ScreeningIndexBenchmark {
  static final int QUERIES = 1 << 14;

  @State(Scope.Benchmark)
  public static class Corpus {
    @Param("1000000")
    int names;

    ScreeningCorpus corpus;

    @Setup(Level.Trial)
    public void load() throws Exception {
      corpus = ScreeningCorpus.build(names, QUERIES, 42);
      System.err.printf("%ncorpus: %,d names (%,d from the real lists), %,d queries%n", corpus.names.length,
          corpus.realNames, corpus.queries.length);
    }
  }

  @State(Scope.Benchmark)
  public static class Indexed {
    NameIndex index;

    @Setup(Level.Trial)
    public void build(Corpus c) {
      long start = System.nanoTime();
      index = index(c.corpus);
      System.err.printf("index built in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
  }

  @State(Scope.Benchmark)
  public static class Parsed {
    ParsedName[] names;

    @Setup(Level.Trial)
    public void parse(Corpus c) {
      names = new ParsedName[c.corpus.names.length];
      for (int i = 0; i < names.length; i++) {
        names[i] = NameNormalizer.parse(c.corpus.names[i]).as(c.corpus.kinds[i]);
      }
    }
  }

  /** One DuckDB table of folded names; each thread queries it on its own connection. */
  @State(Scope.Benchmark)
  public static class Duck {
    Connection connection;

    @Setup(Level.Trial)
    public void load(Corpus c) throws Exception {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement st = connection.createStatement()) {
        st.execute("CREATE TABLE names (entry INTEGER, folded VARCHAR)");
      }
      try (DuckDBAppender a = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
          "names")) {
        for (int i = 0; i < c.corpus.names.length; i++) {
          a.beginRow();
          a.append(i);
          a.append(fold(c.corpus.names[i]));
          a.endRow();
        }
      }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
      connection.close();
    }
  }

  @State(Scope.Thread)
  public static class DuckQuery {
    Connection connection;
    PreparedStatement statement;

    @Setup(Level.Trial)
    public void open(Duck duck) throws Exception {
      connection = ((DuckDBConnection) duck.connection).duplicate();
      statement = connection.prepareStatement(
          "SELECT entry FROM names WHERE jaro_winkler_similarity(folded, ?) >= 0.9");
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
      statement.close();
      connection.close();
    }
  }

  @State(Scope.Thread)
  public static class Cursor {
    int next;

    String query(Corpus c) {
      String[] q = c.corpus.queries;
      return q[next++ & (q.length - 1)];
    }
  }

  @Benchmark
  @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Threads(2)
  public int indexed(Corpus c, Indexed i, Cursor cursor) {
    return i.index.search(cursor.query(c), NameKind.UNKNOWN, NameMatcher.THRESHOLD).size();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Threads(2)
  public int fullScan(Corpus c, Parsed p, Cursor cursor) {
    ParsedName query = NameNormalizer.parse(cursor.query(c));
    int found = 0;
    for (ParsedName listed : p.names) {
      if (NameMatcher.match(query, listed).score() >= NameMatcher.THRESHOLD) {
        found++;
      }
    }
    return found;
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Threads(2)
  public int duckdbJaroWinkler(Corpus c, DuckQuery q, Cursor cursor) throws Exception {
    q.statement.setString(1, fold(cursor.query(c)));
    int found = 0;
    try (ResultSet rs = q.statement.executeQuery()) {
      while (rs.next()) {
        found++;
      }
    }
    return found;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(1)
  public NameIndex buildIndex(Corpus c) {
    return index(c.corpus);
  }

  static NameIndex index(ScreeningCorpus corpus) {
    NameIndex.Builder builder = new NameIndex.Builder();
    for (int i = 0; i < corpus.names.length; i++) {
      builder.add(corpus.names[i], corpus.kinds[i]);
    }
    return builder.build();
  }

  /** Lower case without accents: the folding a plain Jaro-Winkler screen does. */
  static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
