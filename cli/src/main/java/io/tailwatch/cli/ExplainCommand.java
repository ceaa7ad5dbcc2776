package io.tailwatch.cli;

import io.tailwatch.store.Store;
import io.tailwatch.store.StoredAlert;
import io.tailwatch.web.JsonViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailwatch explain ALERT}: an alert's evidence chain, link by link, with sources. */
@Command(name = "explain", description = "Print an alert's evidence chain with its sources.",
    mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Option(names = "--json", description = "The alert as one JSON object.")
  boolean json;

  @Parameters(paramLabel = "ALERT", description = "Alert id, as printed by detect.")
  String id;

  @Override
  public Integer call() throws Exception {
    try (Store store = options.openStore()) {
      StoredAlert stored = store.alert(id).orElseThrow(() -> new UserException("no alert with id '" + id
          + "' in " + store.file() + "; 'tailwatch detect' lists them"));
      if (json) {
        JsonOut.line(JsonViews.alert(stored));
      } else {
        Printer.explain(System.out, stored.alert());
        System.out.println("\nStatus: " + stored.status().key()
            + (stored.statusReason() != null ? " (" + stored.statusReason() + ")" : ""));
      }
    }
    return 0;
  }
}
