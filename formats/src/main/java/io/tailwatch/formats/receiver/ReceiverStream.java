package io.tailwatch.formats.receiver;

import io.tailwatch.surveillance.modes.DecodedMessage;
import io.tailwatch.surveillance.modes.FrameDecoder;
import io.tailwatch.surveillance.modes.ModeSFrame;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One receiver's output, of any {@link ReceiverFormat}, as decoded messages: frames go through the decoder (SBS-1
 * arrives decoded). Counts what it saw; garbled input is passed to a listener with where it was.
 */
public final class ReceiverStream {
  /** Where garbled input is reported: line number (text formats) or byte offset (Beast). */
  public interface Problems {
    void garbled(long position, String problem);
  }

  private final ReceiverFormat format;
  private final FrameDecoder decoder;
  private final LongSupplier clock;
  private final Problems problems;
  private long frames;
  private long messages;
  private long garbled;

  public ReceiverStream(ReceiverFormat format, FrameDecoder decoder, LongSupplier clock, Problems problems) {
    this.format = format;
    this.decoder = decoder;
    this.clock = clock;
    this.problems = problems;
  }

  /** Reads until the stream ends, passing every decoded message on. */
  public void read(InputStream in, Consumer<DecodedMessage> out) throws IOException {
    switch (format) {
      case AVR -> AvrFramer.read(in, clock, frameSink(out));
      case BEAST -> BeastFramer.read(in, clock, frameSink(out));
      case SBS -> SbsReader.read(in, clock, new SbsReader.Sink() {
        @Override
        public void accept(DecodedMessage m) {
          frames++;
          messages++;
          out.accept(m);
        }

        @Override
        public void garbled(long line, String problem) {
          garbled++;
          problems.garbled(line, problem);
        }
      });
      default -> throw new IllegalStateException("unknown format " + format);
    }
  }

  private FrameSink frameSink(Consumer<DecodedMessage> out) {
    return new FrameSink() {
      @Override
      public void frame(ModeSFrame frame) {
        frames++;
        DecodedMessage m = decoder.decode(frame);
        if (m != null) {
          messages++;
          out.accept(m);
        }
      }

      @Override
      public void garbled(long position, String problem) {
        garbled++;
        problems.garbled(position, problem);
      }
    };
  }

  /** Frames (or SBS lines) read. */
  public long frames() {
    return frames;
  }

  /** Messages decoded from them. */
  public long messages() {
    return messages;
  }

  /** Frames the decoder rejected (bad parity, untrusted address ...); garbled input is counted apart. */
  public long rejected() {
    return format == ReceiverFormat.SBS ? 0 : decoder.rejected();
  }

  /** Pieces of input that were not frames at all. */
  public long garbled() {
    return garbled;
  }
}
