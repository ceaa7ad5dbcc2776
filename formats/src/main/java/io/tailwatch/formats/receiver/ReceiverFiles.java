package io.tailwatch.formats.receiver;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.Inputs;
import io.tailwatch.surveillance.StateVector;
import io.tailwatch.surveillance.modes.AircraftStateAssembler;
import io.tailwatch.surveillance.modes.FrameDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Recorded receiver output (AVR, Beast or SBS-1 files, optionally gzip-compressed) as position reports. A receiver
 * file always holds some noise, so garbled input is reported (the first few places, and a count) rather than
 * refused; a file in which not one frame could be read is refused, naming where the first problem was.
 */
public final class ReceiverFiles {
  private static final int PROBLEMS_SHOWN = 5;

  private ReceiverFiles() {}

  public static List<StateVector> positions(Path file, ReceiverFormat format, FrameDecoder decoder,
      Consumer<String> warnings) throws IOException, InputFormatException {
    List<StateVector> out = new ArrayList<>();
    AircraftStateAssembler assembler = new AircraftStateAssembler();
    long[] firstProblem = {-1};
    String[] firstProblemText = {null};
    long[] shown = {0};
    ReceiverStream stream = new ReceiverStream(format, decoder, System::currentTimeMillis, (position, problem) -> {
      if (firstProblem[0] < 0) {
        firstProblem[0] = position;
        firstProblemText[0] = problem;
      }
      if (shown[0]++ < PROBLEMS_SHOWN) {
        warnings.accept(file + ":" + where(format, position) + ": skipped: " + problem);
      }
    });
    try (InputStream in = Inputs.open(file)) {
      stream.read(in, m -> {
        var v = assembler.accept(m);
        if (v != null) {
          out.add(v);
        }
      });
    }
    if (stream.frames() == 0 && stream.garbled() > 0) {
      throw new InputFormatException(file.toString(), format == ReceiverFormat.BEAST ? 0 : firstProblem[0],
          "no " + format + " frame in the file; first problem " + where(format, firstProblem[0]) + ": "
              + firstProblemText[0]);
    }
    if (stream.garbled() > PROBLEMS_SHOWN) {
      warnings.accept(file + ": " + stream.garbled() + " pieces of input skipped in all");
    }
    return out;
  }

  private static String where(ReceiverFormat format, long position) {
    return format == ReceiverFormat.BEAST ? "byte " + position : "line " + position;
  }
}
