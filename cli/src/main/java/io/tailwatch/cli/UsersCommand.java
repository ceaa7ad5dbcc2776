package io.tailwatch.cli;

import io.tailwatch.store.Role;
import io.tailwatch.store.Store;
import io.tailwatch.store.Users;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tailwatch users}: who may use the web page and the API. There are no passwords and no default user: each
 * user gets a role and a token, printed once (the store keeps only its digest). Run it while {@code serve} is
 * stopped (the store has one writer); a running server sees the change when it next starts.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
    description = "Users of the web page and API: roles (viewer, analyst, admin) and tokens.",
    subcommands = {UsersCommand.Add.class, UsersCommand.Token.class, UsersCommand.Revoke.class,
        UsersCommand.Remove.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  private static void printToken(Users.IssuedToken issued) {
    // The token alone on stdout, so that scripts can capture it; the explanation on stderr.
    System.out.println(issued.token());
    Progress.log(issued.user().name() + " (" + issued.user().role().key() + "): the token above is shown once; "
        + "tailwatch keeps only its digest. Use it as 'Authorization: Bearer TOKEN' or sign in on the page with it.");
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user with a role; prints its token once.")
  static final class Add implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, '.', '_', '@', '-'.")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
        description = "viewer (alerts, flights, organisations), analyst (also people, manifests, decisions), "
            + "admin (also the audit log).")
    String role;

    @Override
    public Integer call() throws UserException {
      Role parsed = role(role);
      try (Store store = options.openStore()) {
        printToken(store.users().add(name, parsed));
      } catch (IllegalArgumentException e) {
        throw new UserException(e.getMessage());
      }
      return 0;
    }
  }

  @Command(name = "token", mixinStandardHelpOptions = true,
      description = "Issue another token to a user (earlier ones stay valid until revoked).")
  static final class Token implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() throws UserException {
      try (Store store = options.openStore()) {
        printToken(store.users().issueToken(name));
      } catch (IllegalArgumentException e) {
        throw new UserException(e.getMessage());
      }
      return 0;
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true,
      description = "Revoke every token of a user (and so its page sessions).")
  static final class Revoke implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() throws UserException {
      try (Store store = options.openStore()) {
        if (store.users().find(name).isEmpty()) {
          throw new UserException("no user '" + name + "'");
        }
        Progress.log("revoked " + store.users().revokeTokens(name) + " tokens of " + name);
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user and its tokens.")
  static final class Remove implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() throws UserException {
      try (Store store = options.openStore()) {
        if (!store.users().remove(name)) {
          throw new UserException("no user '" + name + "'");
        }
        Progress.log("removed " + name);
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Users and their roles (never tokens).")
  static final class ListUsers implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--json", description = "One JSON object per user.")
    boolean json;

    @Override
    public Integer call() {
      try (Store store = options.openStore()) {
        for (Users.User u : store.users().list()) {
          if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", u.name());
            m.put("role", u.role().key());
            m.put("created_at", u.createdAt().toString());
            JsonOut.line(m);
          } else {
            System.out.println(u.name() + "\t" + u.role().key() + "\tsince " + u.createdAt());
          }
        }
      }
      return 0;
    }
  }

  static Role role(String text) throws UserException {
    try {
      return Role.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }
}
