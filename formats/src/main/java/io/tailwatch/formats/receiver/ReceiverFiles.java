package io.tailwatch.formats.receiver;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.Inputs;
import io.tailwatch.surveillance.StateVector;
import io.tailwatch.surveillance.modes.AircraftStateAssembler;
import io.tailwatch.surveillance.modes.DecodedMessage;
import io.tailwatch.surveillance.modes.FrameDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Recorded receiver output (AVR, Beast or SBS-1 files, optionally gzip-compressed), read as a stream: never more
 * than the framers' fixed buffers of it in memory.
 *
 * <p><b>Time.</b> AVR and Beast recordings carry the receiver's 12 MHz counter, not the time: the first frame is
 * placed at {@code startMs} when given, else at the file's modification time minus the span of its counters (a
 * recording is written until its last frame), and later frames by how far the counter moved ({@link TickClock}).
 * That takes one extra pass over the file to measure the span. A recording without counters (AVR {@code *} lines)
 * can only be stamped with the time it is read, which is said in a warning.
 *
 * <p><b>Damage.</b> AVR and Beast frames carry parity: damage cannot slip through as data, so damaged input is
 * reported (the first {@value #PROBLEMS_SHOWN} places, then counts by reason) and skipped; a file in which not one
 * frame could be read is refused. SBS-1 carries no check: a malformed line means the file itself is damaged, so it
 * is refused at that line ({@code file:line: ...}), except a first line that starts mid-message and a last line
 * without an end, which a capture started or stopped mid-line leaves behind.
 */
public final class ReceiverFiles {
  static final int PROBLEMS_SHOWN = 5;

  private ReceiverFiles() {}

  /** Every position the file yields, as state vectors in the order read. */
  public static List<StateVector> positions(Path file, ReceiverFormat format, FrameDecoder decoder, Long startMs,
      Consumer<String> warnings) throws IOException, InputFormatException {
    List<StateVector> out = new ArrayList<>();
    AircraftStateAssembler assembler = new AircraftStateAssembler();
    read(file, format, decoder, startMs, warnings, m -> {
      StateVector v = assembler.accept(m);
      if (v != null) {
        out.add(v);
      }
    });
    return out;
  }

  /**
   * Reads the whole file, passing each decoded message on; returns the stream, for its counts. Warnings (damage,
   * missing time) go to {@code warnings}, prefixed with the file and where.
   */
  public static ReceiverStream read(Path file, ReceiverFormat format, FrameDecoder decoder, Long startMs,
      Consumer<String> warnings, Consumer<DecodedMessage> out) throws IOException, InputFormatException {
    FrameClock clock = clock(file, format, startMs, warnings);
    Problems problems = new Problems(file, format, warnings);
    ReceiverStream stream = new ReceiverStream(format, decoder, clock, problems);
    try (InputStream in = Inputs.open(file)) {
      stream.read(in, out);
    } catch (Refused e) {
      throw e.reason;
    }
    if (stream.frames() == 0 && stream.damaged() > 0) {
      throw new InputFormatException(file.toString(), problems.firstPosition,
          "no " + format + " frame in the file; first problem " + where(format, problems.firstPosition) + ": "
              + problems.firstDetail);
    }
    if (stream.damaged() > PROBLEMS_SHOWN) {
      warnings.accept(file + ": " + stream.damaged() + " pieces of damaged input skipped in all ("
          + stream.damageByReason() + ")");
    }
    if (clock instanceof TickClock ticks) {
      if (ticks.timedFrames() == 0 && stream.frames() > 0) {
        warnings.accept(file + ": no frame carries a receiver counter: every message is placed at the start time");
      } else if (ticks.clockChanges() > 0) {
        warnings.accept(file + ": the receiver counter started over or several receivers' counters are mixed ("
            + ticks.clockChanges() + " times): times between those parts are not measured");
      }
    }
    return stream;
  }

  /** The event-time clock for a recording (see the class description). */
  static FrameClock clock(Path file, ReceiverFormat format, Long startMs, Consumer<String> warnings)
      throws IOException {
    if (format == ReceiverFormat.SBS) {
      return FrameClock.arrival(System::currentTimeMillis); // only for lines without dates
    }
    if (startMs != null) {
      return new TickClock(startMs);
    }
    TickClock span = new TickClock(0);
    FrameSink ignore = new FrameSink() {
      @Override
      public void frame(io.tailwatch.surveillance.modes.ModeSFrame frame) { }

      @Override
      public void damaged(long position, Damage damage, String detail) { }
    };
    try (InputStream in = Inputs.open(file)) {
      if (format == ReceiverFormat.AVR) {
        AvrFramer.read(in, span, ignore);
      } else {
        BeastFramer.read(in, span, ignore);
      }
    }
    if (span.timedFrames() == 0) {
      warnings.accept(file + ": no receiver timestamps (AVR '*' lines): messages are stamped with the time they are "
          + "read, so their positions are not placed in time");
      return FrameClock.arrival(System::currentTimeMillis);
    }
    long end = Files.getLastModifiedTime(file).toMillis();
    return new TickClock(end - span.latestMs());
  }

  static String where(ReceiverFormat format, long position) {
    return format == ReceiverFormat.BEAST ? "byte " + position : "line " + position;
  }

  /** Reports damage: the first few places as warnings; for SBS-1, a malformed line refuses the file. */
  private static final class Problems implements ReceiverStream.Problems {
    private final Path file;
    private final ReceiverFormat format;
    private final Consumer<String> warnings;
    private long shown;
    long firstPosition = -1;
    String firstDetail;

    Problems(Path file, ReceiverFormat format, Consumer<String> warnings) {
      this.file = file;
      this.format = format;
      this.warnings = warnings;
    }

    @Override
    public void damaged(long position, Damage damage, String detail) {
      if (format == ReceiverFormat.SBS && damage != Damage.CUT_FRAME) {
        throw new Refused(new InputFormatException(file.toString(), position, detail));
      }
      if (firstPosition < 0) {
        firstPosition = position;
        firstDetail = detail;
      }
      if (shown++ < PROBLEMS_SHOWN) {
        warnings.accept(file + ":" + where(format, position) + ": skipped: " + detail);
      }
    }
  }

  /** Carries a refusal out of the framer's callbacks. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient InputFormatException reason;

    Refused(InputFormatException reason) {
      super(null, null, false, false);
      this.reason = reason;
    }
  }
}
