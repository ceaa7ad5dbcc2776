package io.tailwatch.cli;

import io.tailwatch.formats.receiver.ReceiverFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailwatch decode --format avr|beast|sbs FILE|tcp://HOST:PORT}: prints what a receiver's messages say. */
@Command(name = "decode", mixinStandardHelpOptions = true,
    description = "Decode Mode S / ADS-B from a receiver's output (file or tcp://HOST:PORT) and print each message.")
final class DecodeCommand implements Callable<Integer> {
  @Option(names = "--format", required = true, description = "avr (port 30002), beast (30005) or sbs (30003).")
  String format;

  @Option(names = "--json", description = "One JSON object per message.")
  boolean json;

  @Option(names = "--receiver", paramLabel = "LAT,LON", split = ",",
      description = "The receiver's position: the reference for surface positions.")
  double[] receiver;

  @Option(names = "--start", paramLabel = "TIME", description = "AVR/Beast recordings: the time of the first frame "
      + "(ISO-8601, e.g. 2019-04-07T10:00:00Z). Default: the file's modification time minus the recording's span.")
  Instant start;

  @Option(names = "--max-connections", hidden = true, defaultValue = "0")
  int maxConnections;

  @Parameters(paramLabel = "FILE|tcp://HOST:PORT")
  String source;

  @Override
  public Integer call() throws Exception {
    ReceiverSource input = new ReceiverSource(source, receiverFormat(format), receiverLat(receiver),
        receiverLon(receiver), start == null ? null : start.toEpochMilli());
    MessageWriter out = new MessageWriter(System.out, json);
    input.read((m, position) -> out.write(m), maxConnections, out::flush, () -> {
      out.flush();
      Progress.log(input.counts());
    });
    return 0;
  }

  static ReceiverFormat receiverFormat(String name) throws UserException {
    try {
      return ReceiverFormat.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserException("unknown receiver format '" + name + "': avr, beast or sbs");
    }
  }

  static double receiverLat(double[] position) throws UserException {
    check(position);
    return position == null ? Double.NaN : position[0];
  }

  static double receiverLon(double[] position) throws UserException {
    check(position);
    return position == null ? Double.NaN : position[1];
  }

  private static void check(double[] p) throws UserException {
    if (p != null && (p.length != 2 || !(Math.abs(p[0]) <= 90) || !(Math.abs(p[1]) <= 180))) {
      throw new UserException("--receiver takes LAT,LON in degrees, e.g. 52.31,4.76");
    }
  }
}
