package io.tailwatch.formats.receiver;

import io.tailwatch.surveillance.modes.ModeSFrame;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads Beast binary frames from a stream as it arrives (port 30005 of dump1090 and readsb). A frame is {@code
 * 0x1A}, a type byte, a 6-byte big-endian 12 MHz counter, a signal byte and the reply: type {@code '1'} Mode A/C (2
 * bytes), {@code '2'} Mode S short (7 bytes), {@code '3'} Mode S long (14 bytes). Any {@code 0x1A} inside a frame is
 * sent twice, so a lone {@code 0x1A} always starts a frame.
 *
 * <p>What is not a reply: Mode A/C frames (no address) and the frames receivers add for themselves, {@code '4'}
 * (Beast status), {@code '5'} (Radarcape position), {@code 0xE3} (readsb's receiver id), are skipped up to the next
 * frame and counted as ignored. Damage is reported with the byte offset where it starts, and reading resynchronises
 * at the next lone {@code 0x1A}: bytes outside any frame, an unknown type, a frame cut short by a lone {@code 0x1A}
 * (which then starts the next frame) or by the end of the stream. State is a few ints and one 21-byte frame buffer;
 * one array per frame is allocated for the reply, which the frame keeps.
 *
 * <p>Signal levels become power in [0,1], (byte / 255)², as readsb reads them (see {@code Bytes.SIGNAL}).
 */
public final class BeastFramer {
  private static final int ESCAPE = 0x1A;
  private static final int BETWEEN = 0;
  private static final int TYPE = 1;
  private static final int BODY = 2;
  private static final int SKIP = 3; // inside a frame we do not read, up to the next lone 0x1A

  private BeastFramer() {}

  public static void read(InputStream in, FrameClock clock, FrameSink sink) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    byte[] frame = new byte[6 + 1 + 14];
    long offset = 0; // of the byte being read
    long frameStart = -1;
    long junkFrom = -1; // first byte of a run outside any frame
    int state = BETWEEN;
    boolean escaped = false; // the previous byte was a 0x1A not yet paired
    int type = 0;
    int have = 0;
    int need = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      for (int i = 0; i < n; i++, offset++) {
        int c = buffer[i] & 0xFF;
        if (state == BODY) {
          if (escaped) {
            escaped = false;
            if (c != ESCAPE) {
              // A lone 0x1A: this frame was cut, and that byte started the next one, whose type is c.
              sink.damaged(frameStart, Damage.CUT_FRAME, "frame cut short after " + have + " of " + need
                  + " bytes by a frame start at byte " + (offset - 1));
              frameStart = offset - 1;
              state = startFrame(c, frameStart, sink);
              type = c;
              have = 0;
              need = bodyLength(c);
              continue;
            }
          } else if (c == ESCAPE) {
            escaped = true;
            continue;
          }
          frame[have++] = (byte) c;
          if (have == need) {
            emit(frame, type, clock, sink);
            state = BETWEEN;
          }
        } else if (state == TYPE) {
          if (c == ESCAPE) {
            // 0x1A 0x1A between frames is an escaped data byte of something we are not in: junk.
            junkFrom = junkFrom < 0 ? frameStart : junkFrom;
            state = BETWEEN;
            continue;
          }
          if (junkFrom >= 0) {
            reportJunk(junkFrom, frameStart, sink);
            junkFrom = -1;
          }
          state = startFrame(c, frameStart, sink);
          type = c;
          have = 0;
          need = bodyLength(c);
        } else if (escaped) {
          // BETWEEN or SKIP, after a 0x1A: a pair is an escaped data byte, a lone one starts a frame.
          escaped = false;
          if (c == ESCAPE) {
            if (state == BETWEEN && junkFrom < 0) {
              junkFrom = offset - 1;
            }
            continue;
          }
          frameStart = offset - 1;
          if (state == BETWEEN && junkFrom >= 0) {
            reportJunk(junkFrom, frameStart, sink);
            junkFrom = -1;
          }
          state = startFrame(c, frameStart, sink);
          type = c;
          have = 0;
          need = bodyLength(c);
        } else if (c == ESCAPE) {
          escaped = true;
          if (state == BETWEEN) {
            frameStart = offset;
            state = TYPE;
            escaped = false;
          }
        } else if (state == BETWEEN && junkFrom < 0) {
          junkFrom = offset;
        }
      }
    }
    if (state == BODY) {
      sink.damaged(frameStart, Damage.CUT_FRAME, "frame cut short after " + have + " of " + need
          + " bytes by the end of the stream");
    } else if (state == TYPE) {
      sink.damaged(frameStart, Damage.CUT_FRAME, "frame cut short by the end of the stream after its 0x1A");
    } else if (junkFrom >= 0) {
      reportJunk(junkFrom, offset, sink);
    }
  }

  /** The state after a frame's type byte: its body, a frame to skip, or junk (reported) for an unknown type. */
  private static int startFrame(int type, long at, FrameSink sink) {
    if (bodyLength(type) > 0) {
      return BODY;
    }
    if (type == '4' || type == '5' || type == 0xE3) {
      sink.ignored(Ignored.RECEIVER_DATA);
      return SKIP;
    }
    sink.damaged(at, Damage.UNKNOWN_FRAME_TYPE, String.format("unknown frame type 0x%02x", type));
    return SKIP; // what follows belongs to the unknown frame: skip it quietly to the next frame start
  }

  /** Bytes after the type: counter, signal and reply; 0 for types without a reply. */
  private static int bodyLength(int type) {
    return switch (type) {
      case '1' -> 7 + 2;
      case '2' -> 7 + 7;
      case '3' -> 7 + 14;
      default -> 0;
    };
  }

  private static void reportJunk(long from, long to, FrameSink sink) {
    sink.damaged(from, Damage.BYTES_BETWEEN_FRAMES, (to - from) + " bytes outside any frame");
  }

  private static void emit(byte[] frame, int type, FrameClock clock, FrameSink sink) {
    if (type == '1') {
      sink.ignored(Ignored.MODE_AC);
      return;
    }
    long ticks = 0;
    for (int i = 0; i < 6; i++) {
      ticks = ticks << 8 | (frame[i] & 0xFF);
    }
    int length = type == '2' ? 7 : 14;
    byte[] reply = new byte[length];
    System.arraycopy(frame, 7, reply, 0, length);
    long receiverTicks = ticks == 0 ? -1 : ticks; // dump1090 sends zeros when it keeps no counter
    sink.frame(new ModeSFrame(reply, clock.timeMs(receiverTicks), receiverTicks, Bytes.SIGNAL[frame[6] & 0xFF]));
  }
}
