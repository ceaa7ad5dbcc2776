package io.tailwatch.formats.receiver;

import io.tailwatch.surveillance.modes.ModeSFrame;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Reads Beast binary frames from a stream as it arrives (port 30005 of dump1090 and readsb). Each frame is
 * {@code 0x1A}, a type byte ({@code '1'} Mode A/C, 2 bytes; {@code '2'} Mode S short, 7 bytes; {@code '3'} Mode S
 * long, 14 bytes), a 6-byte 12 MHz timestamp, a 1-byte signal level and the reply; a {@code 0x1A} inside a frame
 * is sent twice. A lone {@code 0x1A} inside a frame means the frame was cut: it is reported with its byte offset
 * and reading resynchronises on that byte as a new frame start. Mode A/C frames are skipped (no address).
 *
 * <p>Signal levels are converted to [0,1] power as readsb does: (byte / 255) squared. Beast has no wall-clock
 * time, so frames are stamped with the arrival time from {@code clock}. No allocation per byte; one array per frame.
 */
public final class BeastFramer {
  private static final int ESCAPE = 0x1A;

  private BeastFramer() {}

  public static void read(InputStream in, LongSupplier clock, FrameSink sink) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    byte[] frame = new byte[6 + 1 + 14];
    long offset = 0;
    long frameStart = -1;
    int need = 0; // bytes still to read for the current frame; 0 = between frames
    int have = 0;
    int type = 0;
    boolean afterEscape = false; // saw 0x1A, waiting for the next byte
    boolean expectType = false;
    long skippedFrom = -1;
    int n;
    while ((n = in.read(buffer)) > 0) {
      for (int i = 0; i < n; i++, offset++) {
        int c = buffer[i] & 0xFF;
        if (expectType) {
          expectType = false;
          int length = replyLength(c);
          if (length < 0) {
            if (c != ESCAPE) {
              sink.garbled(frameStart, String.format("unknown Beast frame type 0x%02x", c));
            } else {
              skippedFrom = skippedFrom < 0 ? frameStart : skippedFrom;
            }
            continue;
          }
          type = c;
          need = 7 + length;
          have = 0;
          continue;
        }
        if (need > 0) {
          if (afterEscape) {
            afterEscape = false;
            if (c != ESCAPE) {
              // A lone 0x1A: the frame was cut, and that byte starts the next one, of which c is the type.
              sink.garbled(frameStart, "Beast frame cut short at byte " + (offset - 1));
              need = 0;
              frameStart = offset - 1;
              int length = replyLength(c);
              if (length > 0) {
                type = c;
                need = 7 + length;
                have = 0;
              } else {
                sink.garbled(frameStart, String.format("unknown Beast frame type 0x%02x", c));
              }
              continue;
            }
          } else if (c == ESCAPE) {
            afterEscape = true;
            continue;
          }
          frame[have++] = (byte) c;
          if (--need == 0) {
            emit(frame, type, clock, sink);
          }
          continue;
        }
        if (c == ESCAPE) {
          if (skippedFrom >= 0) {
            sink.garbled(skippedFrom, "bytes outside any Beast frame up to offset " + offset);
            skippedFrom = -1;
          }
          frameStart = offset;
          expectType = true;
        } else if (skippedFrom < 0) {
          skippedFrom = offset;
        }
      }
    }
    if (need > 0) {
      sink.garbled(frameStart, "Beast frame cut short by the end of the stream");
    } else if (skippedFrom >= 0) {
      sink.garbled(skippedFrom, "bytes outside any Beast frame up to the end of the stream");
    }
  }

  /** Reply bytes of a frame type: '1' Mode A/C, '2' Mode S short, '3' Mode S long; -1 for anything else. */
  private static int replyLength(int type) {
    return switch (type) {
      case '1' -> 2;
      case '2' -> 7;
      case '3' -> 14;
      default -> -1;
    };
  }

  private static void emit(byte[] frame, int type, LongSupplier clock, FrameSink sink) {
    if (type == '1') {
      return; // Mode A/C: no address to key it by
    }
    long ticks = 0;
    for (int i = 0; i < 6; i++) {
      ticks = ticks << 8 | (frame[i] & 0xFF);
    }
    double signal = Math.pow((frame[6] & 0xFF) / 255.0, 2);
    int length = type == '2' ? 7 : 14;
    byte[] reply = new byte[length];
    System.arraycopy(frame, 7, reply, 0, length);
    sink.frame(new ModeSFrame(reply, clock.getAsLong(), ticks, signal));
  }
}
