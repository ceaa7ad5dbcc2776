package io.tailwatch.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Who looked at which person and who decided which alert, and when. Append-only: nothing in tailwatch updates
 * or deletes an entry. Entries are numbered in the order they were written.
 */
public final class AuditLog {
  /** Actions recorded. */
  public static final String VIEW_PERSON = "view-person";
  public static final String VIEW_MANIFEST = "view-manifest";
  public static final String DECIDE_ALERT = "decide-alert";
  public static final String EXPORT = "export";
  public static final String SCREEN = "screen";
  public static final String LOGIN = "login";

  public record Entry(long seq, Instant at, String user, String action, String objectType, String objectId,
      String detail) {}

  /** Which entries to list; null fields match anything. */
  public record Filter(String user, String action, String objectType, String objectId) {
    public static Filter all() {
      return new Filter(null, null, null, null);
    }
  }

  private final Store store;

  AuditLog(Store store) {
    this.store = store;
  }

  public void record(String user, String action, String objectType, String objectId, String detail) {
    store.update("INSERT INTO audit_log (at, user_name, action, object_type, object_id, detail) VALUES (?,?,?,?,?,?)",
        ps -> {
          ps.setObject(1, LocalDateTime.now(ZoneOffset.UTC));
          ps.setString(2, user);
          ps.setString(3, action);
          ps.setString(4, objectType);
          ps.setString(5, objectId);
          ps.setString(6, detail);
        });
  }

  /** Entries matching the filter, newest first. */
  public List<Entry> list(Filter filter, int limit, int offset) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    args.add(limit);
    args.add(offset);
    return store.query("SELECT seq, at, user_name, action, object_type, object_id, detail FROM audit_log" + where
        + " ORDER BY seq DESC LIMIT ? OFFSET ?", ps -> bind(ps, args), rs -> new Entry(rs.getLong(1),
            rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7)));
  }

  public long count(Filter filter) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    return store.query("SELECT count(*) FROM audit_log" + where, ps -> bind(ps, args), rs -> rs.getLong(1)).get(0);
  }

  private static String where(Filter f, List<Object> args) {
    List<String> terms = new ArrayList<>();
    String[][] fields = {{"user_name", f.user()}, {"action", f.action()}, {"object_type", f.objectType()},
        {"object_id", f.objectId()}};
    for (String[] field : fields) {
      if (field[1] != null) {
        terms.add(field[0] + " = ?");
        args.add(field[1]);
      }
    }
    return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
  }

  private static void bind(java.sql.PreparedStatement ps, List<Object> args) throws java.sql.SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
  }
}
