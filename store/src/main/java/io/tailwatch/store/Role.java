package io.tailwatch.store;

import java.util.Locale;

/**
 * What a user of the web page and API may do. Each role includes the ones before it: a viewer reads alerts,
 * flights and organisations; an analyst also sees people and manifests (personal data) and decides alerts; an
 * admin also reads the audit log.
 */
public enum Role {
  VIEWER,
  ANALYST,
  ADMIN;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this role may do what {@code needed} may. */
  public boolean includes(Role needed) {
    return compareTo(needed) >= 0;
  }

  public static Role parse(String text) {
    for (Role r : values()) {
      if (r.key().equalsIgnoreCase(text)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown role '" + text + "'; use viewer, analyst or admin");
  }
}
