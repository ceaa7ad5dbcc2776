package io.tailwatch.cli;

import io.tailwatch.formats.receiver.FrameClock;
import io.tailwatch.formats.receiver.ReceiverConnection;
import io.tailwatch.formats.receiver.ReceiverFiles;
import io.tailwatch.formats.receiver.ReceiverFormat;
import io.tailwatch.formats.receiver.ReceiverStream;
import io.tailwatch.surveillance.StateVector;
import io.tailwatch.surveillance.modes.AircraftStateAssembler;
import io.tailwatch.surveillance.modes.DecodedMessage;
import io.tailwatch.surveillance.modes.DecoderStats;
import io.tailwatch.surveillance.modes.ModeSDecoder;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A receiver's output from a file or from {@code tcp://HOST:PORT}, read into decoded messages and the position
 * reports they complete. A live feed runs until Ctrl-C (or {@code maxConnections}), reconnecting when the receiver
 * drops, and logs its counts to stderr every {@value #REPORT_MS} ms.
 *
 * <p>Ctrl-C: the shutdown hook stops the connection and then waits (up to {@value #FINISH_WAIT_S} s) until the
 * reading thread has run the caller's {@code finish} (the last batch committed, output flushed), so that stopping a
 * live ingest loses nothing already received.
 */
final class ReceiverSource {
  static final long REPORT_MS = 10_000;
  static final long FINISH_WAIT_S = 30;
  private static final int PROBLEMS_SHOWN = 5;

  /** Receives each decoded message with the position report it completed (null when none). */
  interface Handler {
    void message(DecodedMessage message, StateVector position);
  }

  private final String source;
  private final ReceiverFormat format;
  private final ModeSDecoder decoder;
  private final AircraftStateAssembler assembler = new AircraftStateAssembler();
  private final Long startMs;
  private ReceiverStream stream;
  private long positions;
  private long problemsShown;

  /**
   * @param receiverLat the receiver's position (NaN when unknown): the reference for surface positions
   * @param startMs     for recordings: the time of the first frame, null to take it from the file
   */
  ReceiverSource(String source, ReceiverFormat format, double receiverLat, double receiverLon, Long startMs) {
    this.source = source;
    this.format = format;
    this.decoder = new ModeSDecoder(true, receiverLat, receiverLon);
    this.startMs = startMs;
  }

  boolean live() {
    return ReceiverConnection.isAddress(source);
  }

  /**
   * Reads the whole source; a live feed until stopped. {@code onTick} runs on the reading thread about every
   * second (files: never), {@code finish} once at the end however it ends, before a Ctrl-C lets the JVM exit.
   */
  void read(Handler handler, int maxConnections, Runnable onTick, Runnable finish) throws Exception {
    if (!live()) {
      try {
        stream = ReceiverFiles.read(Path.of(source), format, decoder, startMs, Progress::log,
            m -> handler.message(m, assemble(m)));
      } finally {
        finish.run();
      }
      return;
    }
    ReceiverConnection connection;
    try {
      connection = ReceiverConnection.parse(source, ReceiverConnection.Settings.defaults());
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    stream = new ReceiverStream(format, decoder, FrameClock.arrival(System::currentTimeMillis), (position, damage,
        detail) -> {
      if (problemsShown++ < PROBLEMS_SHOWN) {
        Progress.log(source + ": " + (format == ReceiverFormat.BEAST ? "byte " : "line ") + position
            + " of the connection: skipped: " + detail);
      }
    });
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      connection.stop();
      try {
        if (!finished.await(FINISH_WAIT_S, TimeUnit.SECONDS)) {
          System.err.println("tailwatch: the feed did not finish in " + FINISH_WAIT_S + " s; exiting anyway");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "tailwatch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    long[] lastReport = {System.currentTimeMillis()};
    try {
      connection.run(in -> stream.read(in, m -> handler.message(m, assemble(m))), new ReceiverConnection.Listener() {
        @Override
        public void connected(String address) {
          Progress.log("connected to " + address);
        }

        @Override
        public void disconnected(String address, String why, long retryInMs) {
          Progress.log(address + ": " + why + "; reconnecting in " + retryInMs + " ms");
        }

        @Override
        public void tick() {
          onTick.run();
          long now = System.currentTimeMillis();
          if (now - lastReport[0] >= REPORT_MS) {
            lastReport[0] = now;
            Progress.log(counts());
          }
        }
      }, maxConnections);
    } finally {
      try {
        finish.run();
      } finally {
        finished.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // Ctrl-C: the hook is running and waits for the countdown above
        }
      }
    }
  }

  private StateVector assemble(DecodedMessage m) {
    StateVector v = assembler.accept(m);
    if (v != null) {
      positions++;
    }
    return v;
  }

  /** Counters for people: messages, aircraft, positions, rejected frames by reason, damage, ignored input. */
  String counts() {
    if (stream == null) {
      return source + ": nothing read";
    }
    StringBuilder sb = new StringBuilder(source).append(": ").append(stream.messages()).append(" messages, ")
        .append(assembler.aircraft()).append(" aircraft, ").append(positions).append(" positions");
    if (format != ReceiverFormat.SBS) {
      sb.append(", ").append(stream.rejected()).append(" rejected frames");
      StringBuilder reasons = new StringBuilder();
      decoder.stats().byReason().forEach((reason, n) -> {
        if (reason.rejectsFrame()) {
          reasons.append(reasons.length() == 0 ? " (" : ", ").append(label(reason)).append(' ').append(n);
        }
      });
      sb.append(reasons.length() > 0 ? reasons.append(')') : "");
    }
    sb.append(", ").append(stream.damaged()).append(" damaged");
    if (stream.damaged() > 0) {
      sb.append(" (").append(stream.damageByReason()).append(')');
    }
    if (!stream.ignoredByKind().isEmpty()) {
      sb.append(", ignored: ").append(stream.ignoredByKind());
    }
    return sb.toString();
  }

  private static String label(DecoderStats.Reason reason) {
    return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
