package io.tailwatch.cli;

import io.tailwatch.formats.Inputs;
import io.tailwatch.formats.receiver.ReceiverConnection;
import io.tailwatch.formats.receiver.ReceiverFormat;
import io.tailwatch.formats.receiver.ReceiverStream;
import io.tailwatch.surveillance.modes.DecodedMessage;
import io.tailwatch.surveillance.modes.ModeSDecoder;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A receiver's output from a file or from {@code tcp://HOST:PORT}, read into decoded messages. A live feed runs
 * until Ctrl-C (or {@code maxConnections}), reconnecting when the receiver drops, and reports its counts to stderr
 * every {@value #REPORT_MS} ms.
 */
final class ReceiverSource {
  static final long REPORT_MS = 10_000;

  private final String source;
  private final ReceiverFormat format;
  private final ModeSDecoder decoder;
  private final ReceiverStream stream;
  private long positions;

  ReceiverSource(String source, ReceiverFormat format, double receiverLat, double receiverLon) {
    this.source = source;
    this.format = format;
    this.decoder = new ModeSDecoder(true, receiverLat, receiverLon);
    this.stream = new ReceiverStream(format, decoder, System::currentTimeMillis, this::garbled);
  }

  private long garbledShown;

  private void garbled(long position, String problem) {
    if (garbledShown++ < 5) {
      Progress.log(source + ":" + (format == ReceiverFormat.BEAST ? "byte " : "line ") + position + ": skipped: "
          + problem);
    }
  }

  boolean live() {
    return ReceiverConnection.isAddress(source);
  }

  void countPosition() {
    positions++;
  }

  /** Reads the whole source; for a live feed, until stopped. {@code onReport} runs with each progress report. */
  void read(Consumer<DecodedMessage> out, int maxConnections, Runnable onReport) throws Exception {
    if (!live()) {
      try (InputStream in = Inputs.open(Path.of(source))) {
        stream.read(in, out);
      }
      return;
    }
    ReceiverConnection connection;
    try {
      connection = ReceiverConnection.parse(source);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    Thread reader = Thread.currentThread();
    Thread stopper = new Thread(connection::stop, "tailwatch-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    long[] lastReport = {System.currentTimeMillis()};
    try {
      connection.run(in -> stream.read(in, m -> {
        out.accept(m);
        long now = System.currentTimeMillis();
        if (now - lastReport[0] >= REPORT_MS) {
          lastReport[0] = now;
          Progress.log(counts());
          onReport.run();
        }
      }), new ReceiverConnection.Listener() {
        @Override
        public void connected(String address) {
          Progress.log("connected to " + address);
        }

        @Override
        public void disconnected(String address, String why, long retryInMs) {
          Progress.log(address + ": " + why + "; reconnecting in " + retryInMs + " ms");
        }
      }, maxConnections);
    } finally {
      if (Thread.currentThread() == reader) {
        try {
          Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
          // the JVM is exiting; the hook is running
        }
      }
    }
  }

  String counts() {
    StringBuilder reasons = new StringBuilder();
    decoder.stats().byReason().forEach((reason, n) -> reasons.append(reasons.length() == 0 ? " (" : ", ")
        .append(reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(' ').append(n));
    if (reasons.length() > 0) {
      reasons.append(')');
    }
    return String.format("%s: %d messages, %d aircraft, %d positions, %d rejected frames%s, %d garbled", source,
        stream.messages(), decoder.aircraftInView(), positions, stream.rejected(), reasons, stream.garbled());
  }
}
