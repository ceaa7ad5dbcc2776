package io.tailwatch.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Users of the web page and API and their tokens. There are no passwords: a user is created with a role and
 * given a random token (256 bits), shown once; the store keeps only its SHA-256 digest. A plain digest suffices
 * because the token is random and long: there is nothing to guess, so a slow password hash would add nothing
 * but latency on every request.
 */
public final class Users {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
  private static final String TOKEN_PREFIX = "tw_";
  private static final SecureRandom RANDOM = new SecureRandom();

  public record User(String name, Role role, Instant createdAt) {}

  /** A token as issued: the only moment the token itself exists outside its holder's hands. */
  public record IssuedToken(User user, String token) {}

  private final Store store;

  Users(Store store) {
    this.store = store;
  }

  /** Creates a user with one token. Refused when the name is taken or not a plain name. */
  public IssuedToken add(String name, Role role) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a user name is 1 to 64 letters, digits, '.', '_', '@' or '-', "
          + "starting with a letter or digit");
    }
    if (find(name).isPresent()) {
      throw new IllegalArgumentException("user '" + name + "' exists; use 'users token' for another token");
    }
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    String token = newToken();
    store.updateAll(List.of("INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)",
        "INSERT INTO api_tokens (digest, user_name, created_at) VALUES (?, ?, ?)"), List.of(ps -> {
          ps.setString(1, name);
          ps.setString(2, role.key());
          ps.setObject(3, now);
        }, ps -> {
          ps.setString(1, digest(token));
          ps.setString(2, name);
          ps.setObject(3, now);
        }));
    store.accessChanged();
    return new IssuedToken(find(name).orElseThrow(), token);
  }

  /** Issues another token to an existing user (earlier tokens stay valid until revoked). */
  public IssuedToken issueToken(String name) {
    User user = find(name).orElseThrow(() -> new IllegalArgumentException("no user '" + name + "'"));
    String token = newToken();
    store.update("INSERT INTO api_tokens (digest, user_name, created_at) VALUES (?, ?, ?)", ps -> {
      ps.setString(1, digest(token));
      ps.setString(2, name);
      ps.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
    });
    store.accessChanged();
    return new IssuedToken(user, token);
  }

  /** Revokes every token of a user; returns how many there were. */
  public int revokeTokens(String name) {
    int revoked = store.update("DELETE FROM api_tokens WHERE user_name = ?", ps -> ps.setString(1, name));
    store.accessChanged();
    return revoked;
  }

  /** Removes a user and its tokens. Returns false when there was no such user. */
  public boolean remove(String name) {
    boolean found = find(name).isPresent();
    store.updateAll(List.of("DELETE FROM api_tokens WHERE user_name = ?", "DELETE FROM users WHERE name = ?"),
        List.of(ps -> ps.setString(1, name), ps -> ps.setString(1, name)));
    store.accessChanged();
    return found;
  }

  public Optional<User> find(String name) {
    return store.query("SELECT name, role, created_at FROM users WHERE name = ?", ps -> ps.setString(1, name),
        Users::user).stream().findFirst();
  }

  public List<User> list() {
    return store.query("SELECT name, role, created_at FROM users ORDER BY name", ps -> { }, Users::user);
  }

  /** The user holding this token, if it is one the store issued and did not revoke. */
  public Optional<User> authenticate(String token) {
    if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    return Optional.ofNullable(byDigest().get(digest(token)));
  }

  /** Every valid token's digest and its user: for callers that keep them in memory between store changes. */
  public Map<String, User> byDigest() {
    Map<String, User> out = new HashMap<>();
    store.query("SELECT t.digest, u.name, u.role, u.created_at FROM api_tokens t JOIN users u ON t.user_name = u.name",
        ps -> { }, rs -> out.put(rs.getString(1), new User(rs.getString(2), Role.parse(rs.getString(3)),
            rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC))));
    return out;
  }

  /** Hex SHA-256 of a token, the form in which the store knows it. */
  public static String digest(String token) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static User user(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new User(rs.getString(1), Role.parse(rs.getString(2)),
        rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC));
  }
}
