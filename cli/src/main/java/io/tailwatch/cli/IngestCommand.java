package io.tailwatch.cli;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.store.Ingest;
import io.tailwatch.store.IngestResult;
import io.tailwatch.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailwatch ingest tracks|ftm|manifest FILE...}: brings files into the store, idempotently. */
@Command(name = "ingest", description = "Bring files into the store (the same file twice adds nothing).",
    mixinStandardHelpOptions = true,
    subcommands = {IngestCommand.Tracks.class, IngestCommand.Ftm.class, IngestCommand.Manifest.class,
        IngestCommand.Ofac.class, IngestCommand.Un.class, IngestCommand.Csl.class, IngestCommand.Registry.class})
final class IngestCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  abstract static class FilesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--json", description = "Print one JSON object per ingested file on stdout.")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to ingest.")
    List<Path> files;

    /** The store being written, for commands that read it while ingesting. */
    Store store;

    abstract IngestResult ingest(Ingest ingest, Path file) throws IOException, InputFormatException;

    @Override
    public Integer call() throws Exception {
      try (Store store = options.openStore()) {
        this.store = store;
        Ingest ingest = new Ingest(store);
        for (Path file : files) {
          IngestResult result = ingest(ingest, file);
          if (json) {
            JsonOut.line(java.util.Map.of("file", result.path(), "kind", result.kind(), "added", result.added(),
                "duplicate", result.duplicate()));
          } else {
            System.out.println(result.duplicate()
                ? file + ": already ingested, nothing added"
                : file + ": " + result.added() + " " + result.kind() + " records added");
          }
        }
      }
      return 0;
    }
  }

  @Command(name = "tracks", description = "Ingest position reports.", mixinStandardHelpOptions = true)
  static final class Tracks extends FilesCommand {
    @Option(names = "--format", defaultValue = "opensky", description = "Input format: ${COMPLETION-CANDIDATES}.")
    TrackFormat format;

    @Override
    IngestResult ingest(Ingest ingest, Path file) throws IOException, InputFormatException {
      return ingest.tracks(file);
    }
  }

  /** Track formats; decoders for receiver formats plug in here. */
  enum TrackFormat {
    opensky
  }

  @Command(name = "ftm", description = "Ingest FollowTheMoney entity JSON Lines.", mixinStandardHelpOptions = true)
  static final class Ftm extends FilesCommand {
    @Override
    IngestResult ingest(Ingest ingest, Path file) throws IOException, InputFormatException {
      return ingest.entities(file);
    }
  }

  @Command(name = "manifest", description = "Ingest a crew/passenger manifest CSV "
      + "(flight_date,registration,callsign,full_name,role,nationality,date_of_birth).",
      mixinStandardHelpOptions = true)
  static final class Manifest extends FilesCommand {
    @Override
    IngestResult ingest(Ingest ingest, Path file) throws IOException, InputFormatException {
      return ingest.manifest(file);
    }
  }

  /** Lists and registries that carry no date of their own take one with --date. */
  abstract static class DatedFilesCommand extends FilesCommand {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
        description = "Date of this snapshot of the list (default: the file's modification day).")
    java.time.LocalDate date;
  }

  @Command(name = "ofac", description = "Ingest the OFAC SDN list: a directory with sdn.csv (and add.csv, alt.csv, "
      + "sdn_comments.csv), sdn.csv alone, or sdn.xml. A newer snapshot ends the sanctions of entries it no longer "
      + "lists.", mixinStandardHelpOptions = true)
  static final class Ofac extends DatedFilesCommand {
    @Override
    IngestResult ingest(Ingest ingest, Path file) throws IOException, InputFormatException {
      return ListIngest.ofac(store, file, date);
    }
  }

  @Command(name = "un", description = "Ingest the UN Security Council consolidated list (XML).",
      mixinStandardHelpOptions = true)
  static final class Un extends FilesCommand {
    @Override
    IngestResult ingest(Ingest ingest, Path file) throws IOException, InputFormatException {
      return ListIngest.un(store, file);
    }
  }

  @Command(name = "csl", description = "Ingest the US Consolidated Screening List (CSV, plain or gzip), with BIS "
      + "Entity and Denied Persons lists.", mixinStandardHelpOptions = true)
  static final class Csl extends DatedFilesCommand {
    @Override
    IngestResult ingest(Ingest ingest, Path file) throws IOException, InputFormatException {
      return ListIngest.csl(store, file, date);
    }
  }

  @Command(name = "registry", description = "Ingest an aircraft registry CSV (OpenSky aircraft database) or the "
      + "plane-alert-db list of aircraft of interest.", mixinStandardHelpOptions = true)
  static final class Registry extends DatedFilesCommand {
    @Override
    IngestResult ingest(Ingest ingest, Path file) throws IOException, InputFormatException {
      return ListIngest.registry(store, file, date);
    }
  }
}
