package io.tailwatch.formats.receiver;

import io.tailwatch.surveillance.modes.DecodedMessage;
import io.tailwatch.surveillance.modes.FrameDecoder;
import io.tailwatch.surveillance.modes.ModeSFrame;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * One receiver's output, of any {@link ReceiverFormat}, as decoded messages: frames go through the decoder (SBS-1
 * arrives decoded). Counts what it read, what the decoder refused, and what was damaged or ignored, by reason;
 * damage is also passed to a listener with where it was. One instance per stream; it may be read from several
 * connections in turn (a live feed that reconnects), and its counts run on.
 */
public final class ReceiverStream {
  /** Where damaged input is reported: line number (text formats) or byte offset (Beast). */
  public interface Problems {
    void damaged(long position, Damage damage, String detail);
  }

  private final ReceiverFormat format;
  private final FrameDecoder decoder;
  private final FrameClock clock;
  private final Problems problems;
  private final long[] damaged = new long[Damage.values().length];
  private final long[] ignored = new long[Ignored.values().length];
  private long frames;
  private long messages;

  public ReceiverStream(ReceiverFormat format, FrameDecoder decoder, FrameClock clock, Problems problems) {
    this.format = format;
    this.decoder = decoder;
    this.clock = clock;
    this.problems = problems;
  }

  public ReceiverFormat format() {
    return format;
  }

  /** Reads until the stream ends, passing every decoded message on. */
  public void read(InputStream in, Consumer<DecodedMessage> out) throws IOException {
    switch (format) {
      case AVR -> AvrFramer.read(in, clock, frameSink(out));
      case BEAST -> BeastFramer.read(in, clock, frameSink(out));
      case SBS -> SbsReader.read(in, clock, new SbsReader.Sink() {
        @Override
        public void message(DecodedMessage m) {
          frames++;
          messages++;
          out.accept(m);
        }

        @Override
        public void damaged(long line, Damage damage, String detail) {
          ReceiverStream.this.damaged(line, damage, detail);
        }

        @Override
        public void ignored(Ignored what) {
          ignored[what.ordinal()]++;
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
      public void damaged(long position, Damage damage, String detail) {
        ReceiverStream.this.damaged(position, damage, detail);
      }

      @Override
      public void ignored(Ignored what) {
        ignored[what.ordinal()]++;
      }
    };
  }

  private void damaged(long position, Damage damage, String detail) {
    damaged[damage.ordinal()]++;
    problems.damaged(position, damage, detail);
  }

  /** Frames (or SBS-1 messages) read. */
  public long frames() {
    return frames;
  }

  /** Messages decoded from them. */
  public long messages() {
    return messages;
  }

  /** Frames the decoder refused (bad parity, untrusted address ...); damaged input is counted apart. */
  public long rejected() {
    return format == ReceiverFormat.SBS ? 0 : decoder.rejected();
  }

  /** Pieces of input that were not frames, all reasons together. */
  public long damaged() {
    long sum = 0;
    for (long n : damaged) {
      sum += n;
    }
    return sum;
  }

  public long damaged(Damage damage) {
    return damaged[damage.ordinal()];
  }

  public long ignored(Ignored what) {
    return ignored[what.ordinal()];
  }

  /** Damage by reason, for people: {@code "cut frame 2, bytes between frames 1"}; empty when none. */
  public String damageByReason() {
    StringBuilder sb = new StringBuilder();
    for (Damage d : Damage.values()) {
      if (damaged[d.ordinal()] > 0) {
        sb.append(sb.length() == 0 ? "" : ", ").append(d.label()).append(' ').append(damaged[d.ordinal()]);
      }
    }
    return sb.toString();
  }

  /** What was ignored, by kind: {@code "mode a/c 12"}; empty when nothing. */
  public String ignoredByKind() {
    StringBuilder sb = new StringBuilder();
    for (Ignored i : Ignored.values()) {
      if (ignored[i.ordinal()] > 0) {
        sb.append(sb.length() == 0 ? "" : ", ").append(i.label()).append(' ').append(ignored[i.ordinal()]);
      }
    }
    return sb.toString();
  }
}
