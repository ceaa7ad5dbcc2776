package io.tailwatch.cli;

import io.tailwatch.formats.ftm.FtmJsonWriter;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.store.Store;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tailwatch export ftm}: the entity graph as FollowTheMoney JSON Lines, as it came in. */
@Command(name = "export", description = "Export from the store.", mixinStandardHelpOptions = true,
    subcommands = {ExportCommand.Ftm.class})
final class ExportCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  @Command(name = "ftm", description = "Every entity as FollowTheMoney JSON Lines (stdout, or --out FILE).",
      mixinStandardHelpOptions = true)
  static final class Ftm implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path out;

    @Override
    public Integer call() throws Exception {
      try (Store store = options.openStore();
          Writer w = out == null
              ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
              : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        long n = 0;
        for (Entity e : store.entities()) {
          w.write(FtmJsonWriter.toJson(e));
          w.write('\n');
          n++;
        }
        w.flush();
        Progress.log(n + " entities exported");
      }
      return 0;
    }
  }
}
