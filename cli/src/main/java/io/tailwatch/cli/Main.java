package io.tailwatch.cli;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.ReferenceData;
import io.tailwatch.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The tailwatch command line. Records go to stdout (JSON Lines with {@code --json}); logs, progress and errors
 * go to stderr. A user's mistake (a bad file, a missing reference file) is reported in one line naming the file
 * and what was wrong, exit code 2; only a bug prints a stack trace.
 */
@Command(
    name = "tailwatch",
    mixinStandardHelpOptions = true,
    version = "tailwatch 0.1.0",
    description = "Aviation sanctions and security intelligence: flights, knowledge, screening, detection.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      FlightsCommand.class,
      DetectCommand.class,
      ExplainCommand.class,
      AlertsCommand.class,
      EntityCommand.class,
      PathCommand.class,
      ExportCommand.class,
      ScreenCommand.class,
      NotSameCommand.class,
      ResolveCommand.class,
      DecodeCommand.class,
      RoutesCommand.class,
      ServeCommand.class,
      UsersCommand.class,
      DataCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      PrintWriter err = cmd.getErr();
      String message = userError(e);
      if (message == null) {
        err.println("tailwatch: internal error (please report it): " + e);
        e.printStackTrace(err);
        return 70;
      }
      err.println("tailwatch: error: " + message);
      return 2;
    });
    return cli;
  }

  /** The one-line message for errors that are the user's to fix, or null for bugs. */
  static String userError(Exception e) {
    if (e instanceof InputFormatException
        || e instanceof ReferenceData.MissingReferenceDataException
        || e instanceof StoreException
        || e instanceof UserException) {
      return e.getMessage();
    }
    if (e instanceof NoSuchFileException nsf) {
      return nsf.getFile() + ": no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException ad) {
      return ad.getFile() + ": permission denied";
    }
    if (e instanceof IOException io) {
      return io.getMessage();
    }
    return null;
  }
}
