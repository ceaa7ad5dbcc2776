package io.tailwatch.bench;

import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.FtmDate;
import io.tailwatch.knowledge.Relation;
import io.tailwatch.knowledge.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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

/**
 * "Who was tied to this party, and was it listed, on that day": an entity's neighbourhood as of a date (its
 * relations in force that day and its sanctions in force that day), on a graph of the OFAC SDN list plus one
 * million synthetic entities. tailwatch's in-memory {@link EntityGraph} against the baseline a user would otherwise
 * write: the same question as SQL over a DuckDB relations table. Sample mode: JMH reports p50/p99/p99.9.
 *
 * <p>Run: {@code java -Dtailwatch.referenceData=../shared/data -jar bench/target/benchmarks.jar AsOfNeighbourhood
 * -f 1 -wi 2 -i 3 -jvmArgs -Xmx8g}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AsOfNeighbourhoodBenchmark {
  @Param("1000000")
  int entities;

  EntityGraph graph;
  Connection duck;
  PreparedStatement relationsSql;
  PreparedStatement sanctionsSql;
  String[] queryIds;
  LocalDate[] queryDays;
  int next;

  @Setup(Level.Trial)
  public void build() throws Exception {
    List<Entity> all = new ArrayList<>(SyntheticGraph.ofac());
    all.addAll(SyntheticGraph.entities(entities, 42));
    graph = new EntityGraph(all);
    SplittableRandom random = new SplittableRandom(7);
    List<String> parties = new ArrayList<>();
    for (Entity e : all) {
      if (!Schema.of(e.schema()).isLink() && !e.schema().equals("Sanction") && !graph.relations(e.id()).isEmpty()) {
        parties.add(e.id());
      }
    }
    queryIds = new String[1 << 14];
    queryDays = new LocalDate[queryIds.length];
    for (int i = 0; i < queryIds.length; i++) {
      queryIds[i] = parties.get(random.nextInt(parties.size()));
      queryDays[i] = LocalDate.of(1995 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement st = duck.createStatement()) {
      st.execute("CREATE TABLE relations (link_id VARCHAR, source_id VARCHAR, target_id VARCHAR, label VARCHAR, "
          + "start_date DATE, end_date DATE)");
      st.execute("CREATE TABLE sanctions (sanction_id VARCHAR, entity_id VARCHAR, start_date DATE, end_date DATE)");
    }
    try (DuckDBAppender rel = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "relations");
         DuckDBAppender san = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sanctions")) {
      for (Entity e : all) {
        Schema schema = Schema.of(e.schema());
        LocalDate start = FtmDate.start(e.first("startDate"));
        LocalDate end = FtmDate.end(e.first("endDate"));
        if (schema.name().equals("Sanction")) {
          for (String target : e.values("entity")) {
            san.beginRow();
            san.append(e.id());
            san.append(target);
            appendDate(san, start);
            appendDate(san, end);
            san.endRow();
          }
        } else if (schema.isLink()) {
          for (String from : e.values(schema.sourceProperty())) {
            for (String to : e.values(schema.targetProperty())) {
              rel.beginRow();
              rel.append(e.id());
              rel.append(from);
              rel.append(to);
              rel.append(schema.label());
              appendDate(rel, start);
              appendDate(rel, end);
              rel.endRow();
            }
          }
        }
      }
    }
    try (Statement st = duck.createStatement()) {
      // Indexes a user would add for point lookups.
      st.execute("CREATE INDEX relations_source ON relations (source_id)");
      st.execute("CREATE INDEX relations_target ON relations (target_id)");
      st.execute("CREATE INDEX sanctions_entity ON sanctions (entity_id)");
    }
    // Two indexed lookups rather than "source = ? OR target = ?", which DuckDB answers with a scan.
    String asOf = " AND (start_date IS NULL OR start_date <= ?) AND (end_date IS NULL OR end_date >= ?)";
    relationsSql = duck.prepareStatement("SELECT link_id, source_id, target_id, label FROM relations WHERE source_id = ?"
        + asOf + " UNION ALL SELECT link_id, source_id, target_id, label FROM relations WHERE target_id = ?" + asOf);
    sanctionsSql = duck.prepareStatement("SELECT sanction_id FROM sanctions WHERE entity_id = ? "
        + "AND (start_date IS NULL OR start_date <= ?) AND (end_date IS NULL OR end_date >= ?)");
  }

  private static void appendDate(DuckDBAppender appender, LocalDate day) throws java.sql.SQLException {
    if (day == null) {
      appender.append((String) null);
    } else {
      appender.appendLocalDateTime(day.atStartOfDay());
    }
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    duck.close();
  }

  @Benchmark
  public int tailwatchGraphAsOf() {
    int i = next++ & (queryIds.length - 1);
    String id = queryIds[i];
    LocalDate day = queryDays[i];
    int found = 0;
    for (Relation r : graph.relations(id)) {
      if (r.heldOn(day)) {
        found++;
      }
    }
    return found + graph.sanctionsOn(id, day).size();
  }

  @Benchmark
  public int baselineDuckDbSql() throws Exception {
    int i = next++ & (queryIds.length - 1);
    String id = queryIds[i];
    java.sql.Date day = java.sql.Date.valueOf(queryDays[i]);
    int found = 0;
    relationsSql.setString(1, id);
    relationsSql.setDate(2, day);
    relationsSql.setDate(3, day);
    relationsSql.setString(4, id);
    relationsSql.setDate(5, day);
    relationsSql.setDate(6, day);
    try (ResultSet rs = relationsSql.executeQuery()) {
      while (rs.next()) {
        found++;
      }
    }
    sanctionsSql.setString(1, id);
    sanctionsSql.setDate(2, day);
    sanctionsSql.setDate(3, day);
    try (ResultSet rs = sanctionsSql.executeQuery()) {
      while (rs.next()) {
        found++;
      }
    }
    return found;
  }
}
