package io.tailwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;
import io.tailwatch.store.AuditLog;
import io.tailwatch.store.Store;
import io.tailwatch.store.Users;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, and may they. API clients send {@code Authorization: Bearer TOKEN}; the page signs in once with a
 * token ({@code POST /api/session}) and then sends an HttpOnly, SameSite=Strict session cookie. Every route names
 * the least role it needs ({@link Access}); a request without valid credentials is answered 401, one with too
 * low a role 403.
 *
 * <p>CSRF: a request that changes state and rides on the cookie must also carry {@code X-Tailwatch-Request: 1},
 * which a cross-site form cannot send and cross-site scripts may not without a CORS pre-flight tailwatch never
 * grants, and an {@code Origin}, when the browser sends one, that is this server. Bearer tokens are never sent by
 * a browser on its own, so they need neither.
 *
 * <p>Tokens are looked up by digest in memory; the table is re-read when the store's users change.
 */
final class Auth {
  static final String CSRF_HEADER = "X-Tailwatch-Request";
  static final String COOKIE = "tailwatch_session";
  private static final String CALLER = "tailwatch.caller";
  private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private record Tokens(long revision, Map<String, Users.User> byDigest) {}

  private final Store store;
  private final Sessions sessions = new Sessions();
  private volatile Tokens tokens;

  Auth(Store store) {
    this.store = store;
  }

  void register(Javalin app) {
    app.beforeMatched(this::check);
    app.post("/api/session", this::signIn, Access.PUBLIC);
    app.delete("/api/session", this::signOut, Access.PUBLIC);
    app.get("/api/me", ctx -> {
      Caller c = caller(ctx);
      ctx.json(Map.of("name", c.name(), "role", c.role().key(), "session", c.viaSession()));
    }, Access.VIEWER);
  }

  /** The caller of a request that passed {@link #check}. */
  static Caller caller(Context ctx) {
    Caller c = ctx.attribute(CALLER);
    if (c == null) {
      throw new IllegalStateException("route without access rule: " + ctx.path());
    }
    return c;
  }

  private void check(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    Access access = roles.isEmpty() ? Access.PUBLIC : (Access) roles.iterator().next();
    if (access == Access.PUBLIC) {
      return;
    }
    Caller caller = identify(ctx).orElseThrow(() -> {
      ctx.header("WWW-Authenticate", "Bearer realm=\"tailwatch\"");
      return new ApiError(HttpStatus.UNAUTHORIZED, "sign in: send 'Authorization: Bearer TOKEN' (a token from "
          + "'tailwatch users add'), or sign in on the page");
    });
    if (caller.viaSession() && !SAFE.contains(ctx.method())) {
      requireSameSite(ctx);
    }
    if (!caller.role().includes(access.needed)) {
      throw new ApiError(HttpStatus.FORBIDDEN, access == Access.ANALYST
          ? "analysts only: this needs the analyst role (people, manifests and decisions are for analysts)"
          : "this needs the " + access.needed.key() + " role; " + caller.name() + " is " + caller.role().key());
    }
    ctx.attribute(CALLER, caller);
  }

  /** The caller by bearer token, else by session cookie. A token that is sent but wrong is never ignored. */
  private Optional<Caller> identify(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null) {
      String token = header.startsWith("Bearer ") ? header.substring(7).trim()
          : header.startsWith("ApiKey ") ? header.substring(7).trim() : null; // ApiKey: yente's clients
      Users.User user = token == null ? null : tokens().get(Users.digest(token));
      if (user == null) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"tailwatch\", error=\"invalid_token\"");
        throw new ApiError(HttpStatus.UNAUTHORIZED, "the token is not valid (revoked, mistyped, or not a tailwatch "
            + "token)");
      }
      return Optional.of(new Caller(user.name(), user.role(), false));
    }
    String id = ctx.cookie(COOKIE);
    if (id == null) {
      return Optional.empty();
    }
    Optional<Sessions.Session> session = sessions.find(id, Instant.now());
    Users.User user = session.map(s -> tokens().get(s.tokenDigest)).orElse(null);
    if (user == null) {
      sessions.close(id);
      throw new ApiError(HttpStatus.UNAUTHORIZED, "the session ended; sign in again");
    }
    return Optional.of(new Caller(user.name(), user.role(), true));
  }

  private Map<String, Users.User> tokens() {
    Tokens t = tokens;
    long revision = store.accessRevision();
    if (t == null || t.revision() != revision) {
      t = new Tokens(revision, store.users().byDigest());
      tokens = t;
    }
    return t.byDigest();
  }

  /** The CSRF header, and an Origin (when sent) naming this server. */
  static void requireSameSite(Context ctx) {
    if (!"1".equals(ctx.header(CSRF_HEADER))) {
      throw new ApiError(HttpStatus.FORBIDDEN, "missing header " + CSRF_HEADER + ": 1 (the page sends it; it guards "
          + "against cross-site requests)");
    }
    String origin = ctx.header("Origin");
    if (origin != null) {
      String host = ctx.header("Host");
      String originHost;
      try {
        URI uri = URI.create(origin);
        originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      } catch (IllegalArgumentException e) {
        originHost = null;
      }
      if (originHost == null || !originHost.equalsIgnoreCase(host)) {
        throw new ApiError(HttpStatus.FORBIDDEN, "cross-origin request refused");
      }
    }
  }

  private void signIn(Context ctx) {
    requireSameSite(ctx);
    JsonNode body = Params.jsonObject(ctx, "{\"token\": \"tw_...\"}");
    String token = Params.field(body, "token", 200);
    Users.User user = token == null ? null : tokens().get(Users.digest(token.trim()));
    if (user == null) {
      throw new ApiError(HttpStatus.UNAUTHORIZED, "the token is not valid (revoked, mistyped, or not a tailwatch "
          + "token)");
    }
    String id = sessions.open(Users.digest(token.trim()), Instant.now()).orElseThrow(() ->
        new ApiError(HttpStatus.SERVICE_UNAVAILABLE, "too many open sessions; try again later"));
    Cookie cookie = new Cookie(COOKIE, id);
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setPath("/");
    cookie.setSecure("https".equals(ctx.scheme()));
    ctx.cookie(cookie);
    store.audit().record(user.name(), AuditLog.LOGIN, "session", "page", null);
    ctx.json(Map.of("name", user.name(), "role", user.role().key(), "session", true));
  }

  private void signOut(Context ctx) {
    requireSameSite(ctx);
    sessions.close(ctx.cookie(COOKIE));
    Cookie gone = new Cookie(COOKIE, "");
    gone.setMaxAge(0);
    gone.setPath("/");
    gone.setHttpOnly(true);
    gone.setSameSite(SameSite.STRICT);
    ctx.cookie(gone);
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
