package io.tailwatch.cli;

import io.tailwatch.store.AlertStatus;
import io.tailwatch.store.AuditLog;
import io.tailwatch.store.Store;
import io.tailwatch.store.StoredAlert;
import io.tailwatch.web.JsonViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tailwatch alerts}: the alert queue as {@code detect} left it, and an analyst's decisions on it. A decision
 * is kept by the store and survives later runs of {@code detect} (the same finding keeps its id); each one goes into
 * the audit log with who made it.
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
    description = "List stored alerts, most severe and newest first; acknowledge, dismiss or escalate one.",
    subcommands = {AlertsCommand.Acknowledge.class, AlertsCommand.Dismiss.class, AlertsCommand.Escalate.class,
        AlertsCommand.Reopen.class})
final class AlertsCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Option(names = "--status", paramLabel = "STATUS", description = "open, acknowledged, dismissed or escalated.")
  String status;

  @Option(names = "--detector", paramLabel = "NAME", description = "Only this detector's alerts.")
  String detector;

  @Option(names = "--json", description = "One JSON object per alert, with its evidence and status.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    AlertStatus wanted = status == null ? null : parse(status);
    try (Store store = options.openStore()) {
      int shown = 0;
      for (StoredAlert stored : store.alerts(wanted)) {
        if (detector != null && !detector.equals(stored.alert().detector())) {
          continue;
        }
        shown++;
        if (json) {
          JsonOut.line(JsonViews.alert(stored));
        } else {
          Printer.alertSummary(System.out, stored.alert());
          if (stored.status() != AlertStatus.OPEN) {
            System.out.println("      " + describe(stored));
          }
        }
      }
      Progress.log(shown + " alerts" + (wanted == null ? "" : " " + wanted.key()));
    }
    return 0;
  }

  static String describe(StoredAlert stored) {
    return stored.status().key() + (stored.statusBy() != null ? " by " + stored.statusBy() : "")
        + (stored.statusAt() != null ? " at " + stored.statusAt() : "")
        + (stored.statusReason() != null ? ": " + stored.statusReason() : "");
  }

  static AlertStatus parse(String text) throws UserException {
    try {
      return AlertStatus.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }

  /** Records one decision, in the store and in the audit log. */
  abstract static class Decision implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "ALERT", description = "Alert id, as printed by detect or alerts.")
    String id;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why; kept with the decision.")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: the system user name).")
    String by = System.getProperty("user.name", "cli");

    abstract AlertStatus decision();

    @Override
    public Integer call() throws Exception {
      String why = reason == null || reason.isBlank() ? null : reason.strip();
      if (decision() == AlertStatus.DISMISSED && why == null) {
        throw new UserException("dismissing an alert needs --reason (it is kept, so the next analyst knows why)");
      }
      if (why != null && why.length() > 2_000) {
        throw new UserException("--reason is " + why.length() + " characters; at most 2,000");
      }
      try (Store store = options.openStore()) {
        if (store.alert(id).isEmpty()) {
          throw new UserException("no alert with id '" + id + "' in " + store.file() + "; 'tailwatch alerts' lists them");
        }
        store.audit().record(by, AuditLog.DECIDE_ALERT, "alert", id,
            decision().key() + (why == null ? "" : ": " + why));
        store.decide(id, decision(), why, by);
        StoredAlert stored = store.alert(id).orElseThrow();
        System.out.println(id + ": " + describe(stored));
      }
      return 0;
    }
  }

  @Command(name = "ack", aliases = "acknowledge", mixinStandardHelpOptions = true,
      description = "Acknowledge an alert: seen, being looked at.")
  static final class Acknowledge extends Decision {
    @Override
    AlertStatus decision() {
      return AlertStatus.ACKNOWLEDGED;
    }
  }

  @Command(name = "dismiss", mixinStandardHelpOptions = true, description = "Dismiss an alert; --reason is required.")
  static final class Dismiss extends Decision {
    @Override
    AlertStatus decision() {
      return AlertStatus.DISMISSED;
    }
  }

  @Command(name = "escalate", mixinStandardHelpOptions = true, description = "Escalate an alert for action.")
  static final class Escalate extends Decision {
    @Override
    AlertStatus decision() {
      return AlertStatus.ESCALATED;
    }
  }

  @Command(name = "reopen", mixinStandardHelpOptions = true, description = "Put an alert back in the open queue.")
  static final class Reopen extends Decision {
    @Override
    AlertStatus decision() {
      return AlertStatus.OPEN;
    }
  }
}
