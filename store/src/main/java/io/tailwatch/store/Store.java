package io.tailwatch.store;

import io.tailwatch.detect.Alert;
import io.tailwatch.detect.ManifestEntry;
import io.tailwatch.flights.Leg;
import io.tailwatch.formats.ftm.FtmJsonReader;
import io.tailwatch.formats.ftm.FtmJsonWriter;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.resolution.Judgement;
import io.tailwatch.knowledge.resolution.Resolver;
import io.tailwatch.surveillance.StateVector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The embedded store: one DuckDB file, {@code tailwatch.duckdb}, in the data directory.
 *
 * <p>Every ingest is one transaction keyed by the content hash of its file: the same file twice adds nothing,
 * and a file that fails half-way leaves the store as it was (callers parse the whole file before writing, and
 * a failed write rolls back). Alerts are upserted by their stable id, keeping the analyst's decision.
 *
 * <p>DuckDB allows one writing process per file; {@code serve} and {@code ingest} on the same directory take
 * turns.
 */
public final class Store implements AutoCloseable {
  public static final String FILE_NAME = "tailwatch.duckdb";

  private final Path file;
  private final DuckDBConnection connection;
  /** Counts committed writes; readers that cache derived views (the web server) compare it to know they are stale. */
  private final AtomicLong revision = new AtomicLong();
  private final AtomicLong knowledgeRevision = new AtomicLong();
  private final AtomicLong accessRevision = new AtomicLong();
  private final List<Consumer<List<String>>> alertListeners = new CopyOnWriteArrayList<>();
  /** Guarded by this: DuckDB's driver crashes the JVM when a closed connection is used, so every use checks. */
  private boolean closed;

  private Store(Path file, DuckDBConnection connection) {
    this.file = file;
    this.connection = connection;
  }

  public static Store open(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dataDir);
      Class.forName("org.duckdb.DuckDBDriver");
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      Store store = new Store(file, c.unwrap(DuckDBConnection.class));
      store.applySchema();
      store.dropKeyOfLegs();
      return store;
    } catch (IOException | SQLException | ClassNotFoundException e) {
      throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /**
   * Stores made before 0.1 kept a primary key on legs, which made every rebuild after the first fail (DuckDB checks
   * a key deleted and re-inserted in one transaction as a duplicate). Legs are derived data: the table is remade.
   */
  private void dropKeyOfLegs() throws SQLException {
    try (Statement st = connection.createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'legs' "
             + "AND constraint_type = 'PRIMARY KEY'")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        st.execute("CREATE TABLE legs_without_key AS SELECT * FROM legs");
        st.execute("DROP TABLE legs");
        st.execute("ALTER TABLE legs_without_key RENAME TO legs");
      }
    }
  }

  private void applySchema() throws SQLException, IOException {
    try (InputStream in = Store.class.getResourceAsStream("schema.sql"); Statement st = connection.createStatement()) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
      for (String statement : sql.split(";")) {
        String s = statement.trim();
        if (!s.isEmpty()) {
          st.execute(s);
        }
      }
    }
  }

  /** Whether content with this hash was ingested before. */
  public boolean isIngested(String sha256) {
    return query("SELECT 1 FROM ingests WHERE sha256 = ?", ps -> ps.setString(1, sha256), rs -> true).size() > 0;
  }

  public IngestResult ingestPositions(String path, String sha256, List<StateVector> positions) {
    return ingest(path, sha256, "tracks", positions.size(), () -> {
      try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "positions")) {
        for (StateVector v : positions) {
          appender.beginRow();
          appender.append(v.icao24());
          appender.append(v.timeMs());
          appender.append(v.lat());
          appender.append(v.lon());
          appender.append(v.velocity());
          appender.append(v.heading());
          appender.append(v.vertRate());
          appender.append(v.callsign());
          appender.append(v.onGround());
          appender.append(v.squawk());
          appender.append(v.baroAltitude());
          appender.append(v.geoAltitude());
          appender.append(sha256);
          appender.endRow();
        }
      }
    });
  }

  /**
   * Adds or replaces entities by id (the newest statement of an entity wins). Rows go through the appender into
   * a staging table and then replace in one statement: row-by-row upserts are ten times slower in DuckDB.
   */
  public IngestResult ingestEntities(String path, String sha256, List<Entity> entities) {
    knowledgeRevision.incrementAndGet(); // before and after: a reader never keeps a graph older than the write
    try {
      return ingestEntitiesOnce(path, sha256, entities);
    } finally {
      knowledgeRevision.incrementAndGet();
    }
  }

  private IngestResult ingestEntitiesOnce(String path, String sha256, List<Entity> entities) {
    return ingest(path, sha256, "ftm", entities.size(), () -> {
      try (Statement st = connection.createStatement()) {
        st.execute("DELETE FROM entities_staging");
      }
      try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "entities_staging")) {
        for (Entity e : entities) {
          appender.beginRow();
          appender.append(e.id());
          appender.append(origin(e));
          appender.append(e.schema());
          appender.append(e.caption());
          appender.append(FtmJsonWriter.toJson(e));
          appender.append(sha256);
          appender.endRow();
        }
      }
      refuseSchemaConflicts();
      try (Statement st = connection.createStatement()) {
        // Last statement of an id within the file wins, as it would row by row.
        st.execute("INSERT OR REPLACE INTO entities SELECT id, origin, schema, caption, json, ingest FROM ("
            + "SELECT *, row_number() OVER (PARTITION BY id, origin ORDER BY rowid DESC) AS n FROM entities_staging) "
            + "WHERE n = 1");
        st.execute("DELETE FROM entities_staging");
      }
    });
  }

  public IngestResult ingestManifest(String path, String sha256, List<ManifestEntry> rows) {
    return ingest(path, sha256, "manifest", rows.size(), () -> {
      try (PreparedStatement ps = connection.prepareStatement("INSERT INTO manifests (ingest, line, source, "
          + "flight_date, registration, callsign, full_name, role, nationality, date_of_birth, declared_cargo_kg) "
          + "VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
        for (ManifestEntry r : rows) {
          ps.setString(1, sha256);
          ps.setInt(2, r.line());
          ps.setString(3, r.source());
          ps.setObject(4, r.flightDate());
          ps.setString(5, r.registration());
          ps.setString(6, r.callsign());
          ps.setString(7, r.fullName());
          ps.setString(8, r.role());
          ps.setString(9, r.nationality());
          ps.setString(10, r.dateOfBirth());
          ps.setObject(11, r.declaredCargoKg());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    });
  }

  private interface Write {
    void run() throws SQLException;
  }

  private synchronized IngestResult ingest(String path, String sha256, String kind, long records, Write write) {
    if (isIngested(sha256)) {
      return new IngestResult(path, kind, 0, true);
    }
    inTransaction(() -> {
      write.run();
      try (PreparedStatement ps = connection.prepareStatement(
          "INSERT INTO ingests (sha256, kind, path, records, ingested_at) VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, sha256);
        ps.setString(2, kind);
        ps.setString(3, path);
        ps.setLong(4, records);
        ps.setObject(5, LocalDateTime.now(ZoneOffset.UTC));
        ps.executeUpdate();
      }
    });
    return new IngestResult(path, kind, records, false);
  }

  private synchronized void inTransaction(Write write) {
    ensureOpen();
    try {
      connection.setAutoCommit(false);
      try {
        write.run();
        connection.commit();
        revision.incrementAndGet();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("write to " + file + " failed, nothing was changed: " + e.getMessage(), e);
    }
  }

  /**
   * How many writes this store has committed since it was opened. DuckDB lets one process write a store, so within
   * that process an unchanged revision means unchanged data.
   */
  public long revision() {
    return revision.get();
  }

  /** Like {@link #revision()}, counting only writes that change the entity graph (entities, judgements). */
  public long knowledgeRevision() {
    return knowledgeRevision.get();
  }

  /** Like {@link #revision()}, counting only writes to users and tokens. */
  public long accessRevision() {
    return accessRevision.get();
  }

  void accessChanged() {
    accessRevision.incrementAndGet();
  }

  /**
   * Calls the listener with the ids of alerts after they were added, refreshed or decided (on the writing
   * thread). Returns what stops it.
   */
  public Runnable onAlertsChanged(Consumer<List<String>> listener) {
    alertListeners.add(listener);
    return () -> alertListeners.remove(listener);
  }

  private void alertsChanged(List<String> ids) {
    for (Consumer<List<String>> listener : alertListeners) {
      listener.accept(ids);
    }
  }

  /** Users of the web page and API, and their tokens. */
  public Users users() {
    return new Users(this);
  }

  /** The audit log of views of people and decisions on alerts. */
  public AuditLog audit() {
    return new AuditLog(this);
  }

  /** Streams every stored position ordered by aircraft and time: the order the flight tracker needs. */
  public void forEachPosition(Consumer<StateVector> sink) {
    forEachPosition("", ps -> { }, sink);
  }

  /** Positions of one aircraft in a time window (inclusive), for maps and exports. */
  public List<StateVector> track(int icao24, Instant from, Instant to) {
    List<StateVector> out = new ArrayList<>();
    forEachPosition("WHERE icao24 = ? AND time_ms BETWEEN ? AND ?", ps -> {
      ps.setInt(1, icao24);
      ps.setLong(2, from.toEpochMilli());
      ps.setLong(3, to.toEpochMilli());
    }, out::add);
    return out;
  }

  /**
   * Positions of every aircraft in a time window with a position, at most one per aircraft per {@code stepMs}
   * (the first of each step), ordered by aircraft and time: the map's replay. Refused when more than
   * {@code maxRows} would come back.
   */
  public List<StateVector> traffic(Instant from, Instant to, long stepMs, int maxRows) {
    // The appender writes a missing position as NaN, not NULL.
    String where = "WHERE time_ms BETWEEN ? AND ? AND NOT isnan(lat) AND NOT isnan(lon) "
        + "QUALIFY row_number() OVER (PARTITION BY icao24, time_ms // ? ORDER BY time_ms) = 1";
    List<StateVector> out = new ArrayList<>();
    forEachPosition(where, " LIMIT ?", ps -> {
      ps.setLong(1, from.toEpochMilli());
      ps.setLong(2, to.toEpochMilli());
      ps.setLong(3, Math.max(1, stepMs));
      ps.setInt(4, maxRows + 1);
    }, out::add);
    if (out.size() > maxRows) {
      throw new IllegalArgumentException("more than " + maxRows + " positions in that window; narrow it or sample "
          + "less often");
    }
    return out;
  }

  private synchronized void forEachPosition(String where, Binder binder, Consumer<StateVector> sink) {
    forEachPosition(where, "", binder, sink);
  }

  private synchronized void forEachPosition(String where, String limit, Binder binder, Consumer<StateVector> sink) {
    ensureOpen();
    String sql = "SELECT icao24, time_ms, lat, lon, velocity, heading, vert_rate, callsign, on_ground, squawk, "
        + "baro_alt, geo_alt FROM positions " + where + " ORDER BY icao24, time_ms" + limit;
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(new StateVector(rs.getLong(2), rs.getInt(1), dbl(rs, 3), dbl(rs, 4), dbl(rs, 5), dbl(rs, 6),
              dbl(rs, 7), rs.getString(8), rs.getBoolean(9), rs.getString(10), dbl(rs, 11), dbl(rs, 12)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read positions from " + file + ": " + e.getMessage(), e);
    }
  }

  private static double dbl(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : v;
  }

  public long count(String table) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException(table);
    }
    return query("SELECT count(*) FROM " + table, ps -> { }, rs -> rs.getLong(1)).get(0);
  }

  /** Earliest position time, the start of the surveillance history. */
  public Optional<Instant> firstPositionTime() {
    List<Long> t = query("SELECT min(time_ms) FROM positions", ps -> { }, rs -> {
      long v = rs.getLong(1);
      return rs.wasNull() ? null : v;
    });
    return t.isEmpty() || t.get(0) == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(t.get(0)));
  }

  /** Latest position time, the end of the surveillance history. */
  public Optional<Instant> lastPositionTime() {
    List<Long> t = query("SELECT max(time_ms) FROM positions", ps -> { }, rs -> {
      long v = rs.getLong(1);
      return rs.wasNull() ? null : v;
    });
    return t.isEmpty() || t.get(0) == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(t.get(0)));
  }

  /** An id stated as a Person by one source and as a Company by another cannot be merged: refuse the file. */
  private void refuseSchemaConflicts() throws SQLException {
    String sql = "SELECT DISTINCT s.id, s.schema, e.schema, e.origin FROM entities_staging s JOIN entities e "
        + "ON s.id = e.id AND s.origin <> e.origin AND s.schema <> e.schema";
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        io.tailwatch.knowledge.Schema a = io.tailwatch.knowledge.Schema.of(rs.getString(2));
        io.tailwatch.knowledge.Schema b = io.tailwatch.knowledge.Schema.of(rs.getString(3));
        if (!a.isA(b.name()) && !b.isA(a.name())) {
          throw new StoreException("entity " + rs.getString(1) + " is a " + a.name() + " here but a " + b.name()
              + " in " + rs.getString(4) + "; nothing was stored", null);
        }
      }
    }
  }

  /** Who states an entity: its first dataset, the unit within which a newer statement replaces an older one. */
  static String origin(Entity e) {
    return e.datasets().isEmpty() ? "default" : e.datasets().get(0);
  }

  /** Every entity, the statements of all origins merged per id. */
  public List<Entity> entities() {
    return merged(query("SELECT json, id FROM entities ORDER BY id, origin", ps -> { },
        rs -> parseEntity(rs.getString(1), rs.getString(2))));
  }

  public Optional<Entity> entity(String id) {
    return merged(query("SELECT json, id FROM entities WHERE id = ? ORDER BY origin", ps -> ps.setString(1, id),
        rs -> parseEntity(rs.getString(1), rs.getString(2)))).stream().findFirst();
  }

  /** Merges consecutive statements of one id (the input is ordered by id). */
  private List<Entity> merged(List<Entity> statements) {
    List<Entity> out = new ArrayList<>(statements.size());
    for (Entity e : statements) {
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).id().equals(e.id())) {
        try {
          out.set(last, out.get(last).merge(e));
        } catch (IllegalArgumentException conflict) {
          throw new StoreException("conflicting statements in " + file + ": " + conflict.getMessage(), conflict);
        }
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private Entity parseEntity(String json, String id) {
    try {
      return FtmJsonReader.parse(json, file.toString(), 0);
    } catch (io.tailwatch.formats.InputFormatException e) {
      throw new StoreException("corrupt entity " + id + " in the store: " + e.problem(), e);
    }
  }

  public List<ManifestEntry> manifests() {
    return query("SELECT flight_date, registration, callsign, full_name, role, nationality, date_of_birth, source, line, "
        + "declared_cargo_kg FROM manifests ORDER BY flight_date, source, line", ps -> { },
        rs -> new ManifestEntry(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
            (Double) rs.getObject(10)));
  }

  /** Replaces the rebuilt flights (flights are derived from positions, so a rebuild supersedes them all). */
  public void replaceLegs(List<Leg> legs) {
    inTransaction(() -> {
      try (Statement st = connection.createStatement()) {
        st.execute("DELETE FROM legs");
      }
      try (PreparedStatement ps = connection.prepareStatement("INSERT INTO legs (id, icao24, callsign, origin, "
          + "destination, departure, arrival, json) VALUES (?,?,?,?,?,?,?,?)")) {
        for (Leg leg : legs) {
          ps.setString(1, leg.id());
          ps.setString(2, leg.icao24Hex());
          ps.setString(3, leg.callsign());
          ps.setString(4, leg.origin());
          ps.setString(5, leg.destination());
          ps.setObject(6, utc(leg.departure()));
          ps.setObject(7, utc(leg.arrival()));
          ps.setString(8, Json.write(leg));
          ps.addBatch();
        }
        ps.executeBatch();
      }
    });
  }

  public List<Leg> legs() {
    return query("SELECT json FROM legs ORDER BY departure, id", ps -> { }, rs -> Json.read(rs.getString(1), Leg.class));
  }

  /**
   * Legs in the air at some time of [from, to], of one aircraft ({@code icao24} as six hex digits) or of every
   * aircraft when it is null, in departure order.
   */
  public List<Leg> legs(String icao24, Instant from, Instant to, int limit) {
    String sql = "SELECT json FROM legs WHERE arrival >= ? AND departure <= ?" + (icao24 == null ? "" : " AND icao24 = ?")
        + " ORDER BY departure, id LIMIT ?";
    return query(sql, ps -> {
      ps.setObject(1, utc(from));
      ps.setObject(2, utc(to));
      int i = 3;
      if (icao24 != null) {
        ps.setString(i++, icao24.toLowerCase(java.util.Locale.ROOT));
      }
      ps.setInt(i, limit);
    }, rs -> Json.read(rs.getString(1), Leg.class));
  }

  /** The legs with these ids (those that exist), by id. */
  public Map<String, Leg> legs(java.util.Collection<String> ids) {
    Map<String, Leg> out = new HashMap<>();
    List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
    for (int from = 0; from < all.size(); from += 500) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
      String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
      for (Leg leg : query("SELECT json FROM legs WHERE id IN (" + marks + ")", ps -> {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
      }, rs -> Json.read(rs.getString(1), Leg.class))) {
        out.put(leg.id(), leg);
      }
    }
    return out;
  }

  public Optional<Leg> leg(String id) {
    return query("SELECT json FROM legs WHERE id = ?", ps -> ps.setString(1, id),
        rs -> Json.read(rs.getString(1), Leg.class)).stream().findFirst();
  }

  /**
   * Stores alerts by id. A finding seen before keeps the analyst's decision; its content is refreshed. Alerts
   * that detection no longer produces are left in place (an analyst may have acted on them).
   */
  public void upsertAlerts(List<Alert> alerts) {
    inTransaction(() -> {
      try (PreparedStatement ps = connection.prepareStatement("INSERT INTO alerts (id, detector, subject_type, "
          + "subject_id, case_id, time, severity, score, title, json) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO "
          + "UPDATE SET detector = excluded.detector, subject_type = excluded.subject_type, subject_id = "
          + "excluded.subject_id, case_id = excluded.case_id, time = excluded.time, severity = excluded.severity, "
          + "score = excluded.score, title = excluded.title, json = excluded.json")) {
        for (Alert a : alerts) {
          ps.setString(1, a.id());
          ps.setString(2, a.detector());
          ps.setString(3, a.subjectType());
          ps.setString(4, a.subjectId());
          ps.setString(5, a.caseId());
          ps.setObject(6, utc(a.time()));
          ps.setString(7, a.severity().name());
          ps.setDouble(8, a.score());
          ps.setString(9, a.title());
          ps.setString(10, Json.write(a));
          ps.executeUpdate();
        }
      }
    });
    alertsChanged(alerts.stream().map(Alert::id).toList());
  }

  /** Alerts, most severe first, then newest. {@code status} null means any. */
  public List<StoredAlert> alerts(AlertStatus status) {
    String where = status == null ? "" : "WHERE status = ?";
    return query("SELECT json, status, status_reason, status_at, status_by FROM alerts " + where
        + " ORDER BY CASE severity WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END, time DESC, id",
        ps -> {
          if (status != null) {
            ps.setString(1, status.key());
          }
        }, Store::storedAlert);
  }

  public Optional<StoredAlert> alert(String id) {
    return query("SELECT json, status, status_reason, status_at, status_by FROM alerts WHERE id = ?", ps -> ps.setString(1, id),
        Store::storedAlert).stream().findFirst();
  }

  /** Records an analyst's decision. Returns false when there is no such alert. */
  public boolean decide(String id, AlertStatus status, String reason) {
    return decide(id, status, reason, null);
  }

  /** Records a decision and who made it ({@code by} null when unknown, e.g. from the command line). */
  public boolean decide(String id, AlertStatus status, String reason, String by) {
    boolean found;
    synchronized (this) {
      ensureOpen();
      try (PreparedStatement ps = connection.prepareStatement(
          "UPDATE alerts SET status = ?, status_reason = ?, status_at = ?, status_by = ? WHERE id = ?")) {
        ps.setString(1, status.key());
        ps.setString(2, reason);
        ps.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
        ps.setString(4, by);
        ps.setString(5, id);
        found = ps.executeUpdate() > 0;
        revision.incrementAndGet();
      } catch (SQLException e) {
        throw new StoreException("cannot record the decision in " + file + ": " + e.getMessage(), e);
      }
    }
    if (found) {
      alertsChanged(List.of(id));
    }
    return found;
  }

  /** Records that the screened name is not the listed entity; later screenings leave the pair out. */
  public void recordNotSame(String name, String entityId, String reason) {
    inTransaction(() -> {
      try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO screening_decisions "
          + "(decision_key, name, entity_id, reason, decided_at) VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, io.tailwatch.screening.ManifestScreening.decisionKey(name, entityId));
        ps.setString(2, name);
        ps.setString(3, entityId);
        ps.setString(4, reason);
        ps.setObject(5, LocalDateTime.now(ZoneOffset.UTC));
        ps.executeUpdate();
      }
    });
  }

  /**
   * Keys of every "not this person" decision (see {@link io.tailwatch.screening.ManifestScreening#decisionKey}),
   * computed afresh from the name and entity kept with each, so decisions survive changes to name normalisation.
   */
  public java.util.Set<String> notSameDecisions() {
    return new java.util.HashSet<>(query("SELECT name, entity_id FROM screening_decisions", ps -> { },
        rs -> io.tailwatch.screening.ManifestScreening.decisionKey(rs.getString(1), rs.getString(2))));
  }

  /**
   * Records analysts' judgements that pairs of entities are (or are not) one party, each replacing an earlier
   * one on the same pair. All or none: refused, naming the pair and why, when one contradicts an earlier judgement
   * or its entities cannot be one party.
   */
  public synchronized void recordJudgements(List<Judgement> judgements) {
    Resolver resolver = new Resolver(judgements());
    Map<String, Entity> byId = new HashMap<>();
    for (Judgement judgement : judgements) {
      for (String id : List.of(judgement.keptId(), judgement.otherId())) {
        if (!byId.containsKey(id)) {
          entity(id).ifPresent(e -> byId.put(id, e));
        }
      }
      resolver.check(judgement, byId).ifPresent(problem -> {
        throw new StoreException("judgement refused: " + problem);
      });
      resolver.add(judgement);
    }
    inTransaction(() -> {
      try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO resolver_judgements "
          + "(pair_key, kept_id, other_id, verdict, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        for (Judgement judgement : judgements) {
          ps.setString(1, judgement.pairKey());
          ps.setString(2, judgement.keptId());
          ps.setString(3, judgement.otherId());
          ps.setString(4, judgement.verdict() == Judgement.Verdict.SAME ? "same" : "not-same");
          ps.setString(5, judgement.reason());
          ps.setObject(6, utc(judgement.decidedAt()));
          ps.addBatch();
        }
        ps.executeBatch();
      }
    });
    knowledgeRevision.incrementAndGet();
  }

  /** Every judgement on entity pairs, oldest first. */
  public List<Judgement> judgements() {
    return query("SELECT kept_id, other_id, verdict, reason, decided_at FROM resolver_judgements ORDER BY decided_at",
        ps -> { }, rs -> new Judgement(rs.getString(1), rs.getString(2),
            "same".equals(rs.getString(3)) ? Judgement.Verdict.SAME : Judgement.Verdict.NOT_SAME, rs.getString(4),
            rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
  }

  /** The entity graph as analysts see it: every source's statements merged, and their SAME judgements applied. */
  public EntityGraph graph() {
    return new EntityGraph(new Resolver(judgements()).apply(entities()));
  }

  private static StoredAlert storedAlert(ResultSet rs) throws SQLException {
    LocalDateTime at = rs.getObject(4, LocalDateTime.class);
    return new StoredAlert(Json.read(rs.getString(1), Alert.class), AlertStatus.parse(rs.getString(2)),
        rs.getString(3), at == null ? null : at.toInstant(ZoneOffset.UTC), rs.getString(5));
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** One writing statement in a transaction of its own; returns the rows it changed. */
  synchronized int update(String sql, Binder binder) {
    int[] changed = new int[1];
    inTransaction(() -> {
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        binder.bind(ps);
        changed[0] = ps.executeUpdate();
      }
    });
    return changed[0];
  }

  /** Several writing statements in one transaction. */
  synchronized void updateAll(List<String> sqls, List<Binder> binders) {
    inTransaction(() -> {
      for (int i = 0; i < sqls.size(); i++) {
        try (PreparedStatement ps = connection.prepareStatement(sqls.get(i))) {
          binders.get(i).bind(ps);
          ps.executeUpdate();
        }
      }
    });
  }

  synchronized <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
    ensureOpen();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      binder.bind(ps);
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("query on " + file + " failed: " + e.getMessage(), e);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new StoreException("the store " + file + " is closed");
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
