package io.tailwatch.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions of the page, in memory: a random id (256 bits) in an HttpOnly cookie stands for the token the user
 * signed in with. A session ends after {@link #IDLE} without a request, after {@link #LONGEST} in any case, when
 * its token is revoked, or when the server stops. At most {@value #MAX} sessions exist at once.
 */
final class Sessions {
  static final Duration IDLE = Duration.ofHours(8);
  static final Duration LONGEST = Duration.ofHours(24);
  static final int MAX = 10_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A signed-in page: who, by which token (its digest), since when, last seen when. */
  static final class Session {
    final String tokenDigest;
    final Instant created;
    volatile Instant lastSeen;

    Session(String tokenDigest, Instant created) {
      this.tokenDigest = tokenDigest;
      this.created = created;
      this.lastSeen = created;
    }

    boolean expired(Instant now) {
      return now.isAfter(lastSeen.plus(IDLE)) || now.isAfter(created.plus(LONGEST));
    }
  }

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  /** Opens a session for a token digest; empty when the table is full of live sessions. */
  Optional<String> open(String tokenDigest, Instant now) {
    if (sessions.size() >= MAX) {
      sessions.values().removeIf(s -> s.expired(now));
      if (sessions.size() >= MAX) {
        return Optional.empty();
      }
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    sessions.put(id, new Session(tokenDigest, now));
    return Optional.of(id);
  }

  /** The live session with this id, touched; empty (and forgotten) when it expired. */
  Optional<Session> find(String id, Instant now) {
    if (id == null || id.length() > 100) {
      return Optional.empty();
    }
    Session s = sessions.get(id);
    if (s == null) {
      return Optional.empty();
    }
    if (s.expired(now)) {
      sessions.remove(id);
      return Optional.empty();
    }
    s.lastSeen = now;
    return Optional.of(s);
  }

  void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  int size() {
    return sessions.size();
  }
}
