package io.tailwatch.bench;

import io.tailwatch.store.Ingest;
import io.tailwatch.store.IngestResult;
import io.tailwatch.store.Store;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

/**
 * Ingesting the full OFAC SDN list plus a one-million-entity FtM JSON Lines file into a new store: tailwatch's
 * {@code ingest ftm} (strict parsing of every line, all-or-nothing, statements merged per id and origin) against
 * the baseline a user would otherwise write, DuckDB's own {@code read_json} of the same file into a table (no
 * validation, no merging). One shot per iteration; divide the entity count by the time for entities per second.
 * Peak heap of each shot is printed.
 *
 * <p>Run: {@code java -Dtailwatch.referenceData=../shared/data -jar bench/target/benchmarks.jar FtmIngest -f 1 -wi 1 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FtmIngestBenchmark {
  @Param("1000000")
  int entities;

  Path dir;
  Path file;
  long lines;

  @Setup(Level.Trial)
  public void writeFile() throws Exception {
    dir = Files.createTempDirectory("tailwatch-bench-ingest");
    file = dir.resolve("graph.ftm.json");
    var all = new ArrayList<>(SyntheticGraph.ofac());
    all.addAll(SyntheticGraph.entities(entities, 42));
    SyntheticGraph.write(all, file);
    lines = all.size();
    System.err.printf("%nbench: %d entities, %d MB of FtM JSON Lines%n", lines, Files.size(file) >> 20);
  }

  @Setup(Level.Invocation)
  public void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  @TearDown(Level.Invocation)
  public void reportPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.err.printf("%nbench: peak heap %d MB%n", peak >> 20);
  }

  @TearDown(Level.Trial)
  public void delete() throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public long tailwatchIngestFtm() throws Exception {
    Path data = Files.createTempDirectory(dir, "store");
    try (Store store = Store.open(data)) {
      IngestResult result = new Ingest(store).entities(file);
      return result.added();
    }
  }

  @Benchmark
  public long baselineDuckDbReadJson() throws Exception {
    Path db = Files.createTempDirectory(dir, "duck").resolve("raw.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE entities AS SELECT * FROM read_json('" + file + "', format = 'newline_delimited', "
          + "columns = {id: 'VARCHAR', schema: 'VARCHAR', properties: 'JSON', datasets: 'VARCHAR[]'})");
      try (var rs = st.executeQuery("SELECT count(*) FROM entities")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
