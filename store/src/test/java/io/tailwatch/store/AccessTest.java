package io.tailwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.detect.Alert;
import io.tailwatch.detect.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users, tokens kept only as digests, the audit log, and who decided an alert. */
class AccessTest {
  @TempDir
  Path dir;

  @Test
  void aTokenIsShownOnceAndKeptOnlyAsItsDigest() throws Exception {
    String token;
    try (Store store = Store.open(dir)) {
      Users.IssuedToken issued = store.users().add("maria", Role.ANALYST);
      token = issued.token();
      assertThat(token).startsWith("tw_").hasSizeGreaterThan(40);
      assertThat(store.users().authenticate(token)).hasValueSatisfying(u -> {
        assertThat(u.name()).isEqualTo("maria");
        assertThat(u.role()).isEqualTo(Role.ANALYST);
      });
      assertThat(store.users().authenticate(token + "x")).isEmpty();
      assertThat(store.users().authenticate("")).isEmpty();
      assertThat(store.users().authenticate(null)).isEmpty();
    }
    // The token never reaches the file; its digest does.
    byte[] file = Files.readAllBytes(dir.resolve(Store.FILE_NAME));
    assertThat(contains(file, token.getBytes())).isFalse();
    try (Store store = Store.open(dir)) {
      assertThat(store.users().authenticate(token)).isPresent();
    }
  }

  @Test
  void namesAreCheckedTakenNamesRefusedAndRemovalRevokes() {
    try (Store store = Store.open(dir)) {
      Users users = store.users();
      String first = users.add("ops.admin", Role.ADMIN).token();
      assertThatThrownBy(() -> users.add("ops.admin", Role.VIEWER)).hasMessageContaining("exists");
      assertThatThrownBy(() -> users.add("a b", Role.VIEWER)).hasMessageContaining("user name");
      assertThatThrownBy(() -> users.add("", Role.VIEWER)).hasMessageContaining("user name");
      String second = users.issueToken("ops.admin").token();
      assertThat(users.authenticate(first)).isPresent();
      assertThat(users.authenticate(second)).isPresent();
      assertThat(users.revokeTokens("ops.admin")).isEqualTo(2);
      assertThat(users.authenticate(second)).isEmpty();
      String third = users.issueToken("ops.admin").token();
      assertThat(users.remove("ops.admin")).isTrue();
      assertThat(users.authenticate(third)).isEmpty();
      assertThat(users.remove("ops.admin")).isFalse();
      assertThatThrownBy(() -> users.issueToken("nobody")).hasMessageContaining("no user 'nobody'");
    }
  }

  @Test
  void rolesIncludeTheLowerOnes() {
    assertThat(Role.ADMIN.includes(Role.ANALYST)).isTrue();
    assertThat(Role.ANALYST.includes(Role.VIEWER)).isTrue();
    assertThat(Role.VIEWER.includes(Role.ANALYST)).isFalse();
    assertThatThrownBy(() -> Role.parse("root")).hasMessageContaining("viewer, analyst or admin");
  }

  @Test
  void theAuditLogListsNewestFirstAndFilters() {
    try (Store store = Store.open(dir)) {
      AuditLog audit = store.audit();
      audit.record("maria", AuditLog.VIEW_PERSON, "entity", "demo-ghasemi", null);
      audit.record("maria", AuditLog.DECIDE_ALERT, "alert", "crew-match:x", "dismissed: other person");
      audit.record("li", AuditLog.VIEW_PERSON, "entity", "demo-ghasemi", null);
      List<AuditLog.Entry> all = audit.list(AuditLog.Filter.all(), 10, 0);
      assertThat(all).extracting(AuditLog.Entry::user).containsExactly("li", "maria", "maria");
      assertThat(all.get(0).seq()).isGreaterThan(all.get(1).seq());
      assertThat(audit.list(new AuditLog.Filter("maria", null, null, null), 10, 0)).hasSize(2);
      assertThat(audit.count(new AuditLog.Filter(null, AuditLog.VIEW_PERSON, "entity", "demo-ghasemi"))).isEqualTo(2);
      assertThat(audit.list(AuditLog.Filter.all(), 1, 1)).extracting(AuditLog.Entry::detail)
          .containsExactly("dismissed: other person");
    }
  }

  @Test
  void decisionsNameTheirAuthorAndTellListeners() {
    Alert alert = new Alert("d:1", "d", "flight", "leg-1", "leg-1", Instant.parse("2022-05-13T13:00:00Z"),
        Severity.HIGH, 0.9, "title", List.of());
    try (Store store = Store.open(dir)) {
      List<List<String>> heard = new ArrayList<>();
      store.onAlertsChanged(heard::add);
      long before = store.revision();
      store.upsertAlerts(List.of(alert));
      store.decide("d:1", AlertStatus.ESCALATED, "crew of interest", "maria");
      assertThat(store.revision()).isGreaterThan(before);
      assertThat(heard).containsExactly(List.of("d:1"), List.of("d:1"));
      StoredAlert stored = store.alert("d:1").orElseThrow();
      assertThat(stored.statusBy()).isEqualTo("maria");
      assertThat(stored.status()).isEqualTo(AlertStatus.ESCALATED);
      store.decide("nope", AlertStatus.ESCALATED, null, "maria");
      assertThat(heard).hasSize(2);
    }
  }

  @Test
  void aClosedStoreRefusesWorkInsteadOfCrashing() {
    Store store = Store.open(dir);
    store.close();
    store.close();
    assertThatThrownBy(() -> store.alerts(null)).isInstanceOf(StoreException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> store.decide("x", AlertStatus.OPEN, null)).isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> store.users().add("a", Role.VIEWER)).isInstanceOf(StoreException.class);
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
