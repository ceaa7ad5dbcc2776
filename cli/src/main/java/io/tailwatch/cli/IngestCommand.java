package io.tailwatch.cli;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.receiver.ReceiverConnection;
import io.tailwatch.formats.receiver.ReceiverFormat;
import io.tailwatch.store.Ingest;
import io.tailwatch.store.IngestResult;
import io.tailwatch.store.Store;
import io.tailwatch.surveillance.StateVector;
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
      description = "Ingest position reports: OpenSky state vectors, the traffic library's JSON, or a receiver's "
          + "AVR, Beast or SBS-1 output from files or live from tcp://HOST:PORT (runs until stopped, committing a "
          + "batch every few seconds).")
  static final class Tracks implements Callable<Integer> {
    /** A live batch is committed at this many positions, or after {@link #LIVE_COMMIT_MS}: a crash loses one. */
    static final int LIVE_BATCH = 10_000;
    static final long LIVE_COMMIT_MS = 5_000;

    @Mixin
    CommonOptions options;

    @Option(names = "--format", defaultValue = "opensky", description = "opensky, traffic, avr, beast or sbs.")
    String format;

    @Option(names = "--json", description = "Print one JSON object per ingested file on stdout.")
    boolean json;

    @Option(names = "--start", paramLabel = "TIME", description = "AVR/Beast recordings: the time of the first "
        + "frame (ISO-8601). Default: the file's modification time minus the recording's span.")
    Instant start;

    @Option(names = "--receiver", paramLabel = "LAT,LON", split = ",",
        description = "With a live feed: the receiver's position, the reference for surface positions.")
    double[] receiver;

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
      ReceiverFormat receiverFormat = format.equals("opensky") || traffic ? null
          : DecodeCommand.receiverFormat(format);
      Long startMs = start == null ? null : start.toEpochMilli();
      try (Store store = options.openStore()) {
        Ingest ingest = new Ingest(store);
        for (String source : sources) {
          if (ReceiverConnection.isAddress(source)) {
            if (receiverFormat == null) {
              throw new UserException("a live feed needs --format avr, beast or sbs");
            }
            live(store, source, receiverFormat);
            continue;
          }
          Path file = Path.of(source);
          IngestResult result = traffic ? ingest.trafficTracks(file)
              : receiverFormat == null ? ingest.tracks(file)
              : ingest.tracks(file, receiverFormat, startMs, Progress::log);
          FilesCommand.report(json, file, result);
        }
      }
      return 0;
    }

    /**
     * Reads a live feed until stopped. Positions are committed in batches of {@value #LIVE_BATCH}, or every
     * {@value #LIVE_COMMIT_MS} ms when the feed is slower, and once more at the end (Ctrl-C included): a crash loses
     * at most one batch.
     */
    private void live(Store store, String source, ReceiverFormat receiverFormat) throws Exception {
      ReceiverSource input = new ReceiverSource(source, receiverFormat, DecodeCommand.receiverLat(receiver),
          DecodeCommand.receiverLon(receiver), null);
      List<StateVector> batch = new ArrayList<>();
      String session = "live:" + source + ":" + Instant.now();
      long[] batches = {0};
      long[] committed = {0};
      long[] lastCommit = {System.currentTimeMillis()};
      LiveDetection detection = detect ? new LiveDetection(store, options) : null;
      Runnable commit = () -> {
        lastCommit[0] = System.currentTimeMillis();
        if (!batch.isEmpty()) {
          store.ingestPositions(source, session + ":" + batches[0]++, List.copyOf(batch));
          committed[0] += batch.size();
          batch.clear();
          if (detection != null) {
            detection.maybeRun(false);
          }
        }
      };
      input.read((m, position) -> {
        if (position != null) {
          batch.add(position);
          if (batch.size() >= LIVE_BATCH) {
            commit.run();
          }
        }
      }, maxConnections, () -> {
        if (System.currentTimeMillis() - lastCommit[0] >= LIVE_COMMIT_MS) {
          commit.run();
        }
      }, () -> {
        commit.run();
        if (detection != null) {
          detection.maybeRun(true);
        }
        Progress.log(input.counts() + "; " + committed[0] + " positions stored in " + batches[0] + " batches");
      });
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
