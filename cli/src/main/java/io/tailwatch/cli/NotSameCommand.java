package io.tailwatch.cli;

import io.tailwatch.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailwatch not-same NAME ENTITY_ID --reason R}: an analyst's decision that a screened name is not an entity. */
@Command(name = "not-same", description = "Record that a screened name is not a listed entity; later screenings "
    + "leave the pair out.", mixinStandardHelpOptions = true)
final class NotSameCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Parameters(index = "0", paramLabel = "NAME", description = "The name as screened.")
  String name;

  @Parameters(index = "1", paramLabel = "ENTITY_ID", description = "The listed entity it is not.")
  String entityId;

  @Option(names = "--reason", required = true, description = "Why (kept with the decision).")
  String reason;

  @Override
  public Integer call() throws Exception {
    try (Store store = options.openStore()) {
      if (store.entity(entityId).isEmpty()) {
        throw new UserException("no entity '" + entityId + "' in " + store.file());
      }
      store.recordNotSame(name, entityId, reason);
    }
    Progress.log("recorded: '" + name + "' is not " + entityId);
    return 0;
  }
}
