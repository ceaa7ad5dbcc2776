package io.tailwatch.cli;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.receiver.ReceiverConnection;
import io.tailwatch.formats.receiver.ReceiverFormat;
import io.tailwatch.store.Ingest;
import io.tailwatch.store.IngestResult;
import io.tailwatch.store.Store;
import io.tailwatch.surveillance.StateVector;
import io.tailwatch.surveillance.modes.AircraftStateAssembler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
          report(json, file, ingest(ingest, file));
        }
      }
      return 0;
    }

    static void report(boolean json, Path file, IngestResult result) {
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

  @Command(name = "tracks", mixinStandardHelpOptions = true,
      description = "Ingest position reports: OpenSky state vectors, or a receiver's AVR, Beast or SBS-1 output "
          + "from files or live from tcp://HOST:PORT (runs until stopped, committing every few seconds).")
  static final class Tracks implements Callable<Integer> {
    static final int LIVE_BATCH = 10_000;

    @Mixin
    CommonOptions options;

    @Option(names = "--format", defaultValue = "opensky", description = "opensky, traffic, avr, beast or sbs.")
    String format;

    @Option(names = "--json", description = "Print one JSON object per ingested file on stdout.")
    boolean json;

    @Option(names = "--max-connections", hidden = true, defaultValue = "0")
    int maxConnections;

    @Option(names = "--detect", description = "With a live feed: rebuild flights and run every detector after each "
        + "committed batch (at most once a minute), printing alerts as they appear.")
    boolean detect;

    @Parameters(paramLabel = "FILE|tcp://HOST:PORT", arity = "1..*", description = "Files or one live feed.")
    List<String> sources;

    @Override
    public Integer call() throws Exception {
      boolean traffic = format.equals("traffic");
      ReceiverFormat receiver = format.equals("opensky") || traffic ? null : DecodeCommand.receiverFormat(format);
      try (Store store = options.openStore()) {
        Ingest ingest = new Ingest(store);
        for (String source : sources) {
          if (ReceiverConnection.isAddress(source)) {
            if (receiver == null) {
              throw new UserException("a live feed needs --format avr, beast or sbs");
            }
            live(store, source, receiver);
            continue;
          }
          Path file = Path.of(source);
          IngestResult result = traffic ? ingest.trafficTracks(file)
              : receiver == null ? ingest.tracks(file) : ingest.tracks(file, receiver, Progress::log);
          FilesCommand.report(json, file, result);
        }
      }
      return 0;
    }

    /** Reads a live feed until stopped; positions are committed in batches so a crash loses at most one. */
    private void live(Store store, String source, ReceiverFormat receiver) throws Exception {
      ReceiverSource input = new ReceiverSource(source, receiver, Double.NaN, Double.NaN);
      AircraftStateAssembler assembler = new AircraftStateAssembler();
      List<StateVector> batch = new ArrayList<>();
      long[] batches = {0};
      LiveDetection detection = detect ? new LiveDetection(store, options) : null;
      Runnable commit = () -> {
        if (!batch.isEmpty()) {
          store.ingestPositions(source, "live:" + source + ":" + Instant.now() + ":" + batches[0]++,
              List.copyOf(batch));
          batch.clear();
          if (detection != null) {
            detection.maybeRun(false);
          }
        }
      };
      try {
        input.read(m -> {
          StateVector v = assembler.accept(m);
          if (v != null) {
            input.countPosition();
            batch.add(v);
            if (batch.size() >= LIVE_BATCH) {
              commit.run();
            }
          }
        }, maxConnections, commit);
      } finally {
        commit.run();
        if (detection != null) {
          detection.maybeRun(true);
        }
        Progress.log(input.counts());
      }
    }
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
