package io.tailwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.store.Role;
import io.tailwatch.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users from the command line: a token printed once, roles checked, revocation and removal. */
class UsersCommandTest {
  @TempDir
  Path dir;

  @Test
  void addPrintsATokenOnceThatTheStoreKnowsOnlyByDigest() {
    String data = dir.resolve("d").toString();
    Cli add = Cli.run("users", "add", "maria", "--role", "analyst", "--data", data);
    assertThat(add.exitCode()).as(add.err()).isZero();
    String token = add.out().trim();
    assertThat(token).startsWith("tw_").doesNotContain("\n");
    assertThat(add.err()).contains("shown once");
    try (Store store = Store.open(dir.resolve("d"))) {
      assertThat(store.users().authenticate(token)).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.ANALYST));
    }
    Cli list = Cli.run("users", "list", "--json", "--data", data);
    assertThat(list.out()).contains("\"name\":\"maria\"", "\"role\":\"analyst\"").doesNotContain(token);

    Cli second = Cli.run("users", "token", "maria", "--data", data);
    assertThat(second.out().trim()).startsWith("tw_").isNotEqualTo(token);
    assertThat(Cli.run("users", "revoke", "maria", "--data", data).err()).contains("revoked 2 tokens");
    try (Store store = Store.open(dir.resolve("d"))) {
      assertThat(store.users().authenticate(token)).isEmpty();
    }
    assertThat(Cli.run("users", "remove", "maria", "--data", data).exitCode()).isZero();
    assertThat(Cli.run("users", "list", "--data", data).out()).isEmpty();
  }

  @Test
  void mistakesAreOneLineErrors() {
    String data = dir.resolve("d").toString();
    Cli badRole = Cli.run("users", "add", "maria", "--role", "root", "--data", data);
    assertThat(badRole.exitCode()).isEqualTo(2);
    assertThat(badRole.err()).contains("unknown role 'root'");
    Cli noRole = Cli.run("users", "add", "maria", "--data", data);
    assertThat(noRole.exitCode()).isNotZero();
    assertThat(Cli.run("users", "add", "maria", "--role", "viewer", "--data", data).exitCode()).isZero();
    Cli twice = Cli.run("users", "add", "maria", "--role", "viewer", "--data", data);
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).contains("exists");
    assertThat(Cli.run("users", "add", "a b", "--role", "viewer", "--data", data).err()).contains("user name");
    assertThat(Cli.run("users", "token", "nobody", "--data", data).err()).contains("no user 'nobody'");
    assertThat(Cli.run("users", "remove", "nobody", "--data", data).exitCode()).isEqualTo(2);
    assertThat(Cli.run("users", "revoke", "nobody", "--data", data).exitCode()).isEqualTo(2);
  }
}
