package io.tailwatch.web;

import io.tailwatch.store.Role;

/**
 * Who makes a request: a user and its role, and whether it came with the page's session cookie (then a
 * state-changing request must also carry the CSRF header) or with a bearer token.
 */
record Caller(String name, Role role, boolean viaSession) {
  /** People and manifests are personal data: analysts and admins only. */
  boolean seesPeople() {
    return role.includes(Role.ANALYST);
  }
}
