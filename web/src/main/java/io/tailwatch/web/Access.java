package io.tailwatch.web;

import io.javalin.security.RouteRole;
import io.tailwatch.store.Role;

/** Who may call a route: anyone (the page itself, the login, the API description), or users of a role and above. */
enum Access implements RouteRole {
  PUBLIC(null),
  VIEWER(Role.VIEWER),
  ANALYST(Role.ANALYST),
  ADMIN(Role.ADMIN);

  final Role needed;

  Access(Role needed) {
    this.needed = needed;
  }
}
