package io.tailwatch.formats.receiver;

import io.tailwatch.surveillance.modes.ModeSFrame;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Reads AVR text frames from a stream as it arrives: {@code *<hex>;} (port 30002 of dump1090 and readsb),
 * {@code @<12 hex digits of 12 MHz clock><hex>;} (timestamped) and {@code <<12 hex clock><2 hex signal><hex>;}
 * (readsb's variant). Lines are bounded ({@value #MAX_LINE} characters); a line that is too long, not hex, or not 56
 * or 112 bits long is reported to the sink with its line number and skipped. AVR has no wall-clock time, so frames
 * are stamped with the arrival time from {@code clock}.
 */
public final class AvrFramer {
  static final int MAX_LINE = 128;

  private AvrFramer() {}

  public static void read(InputStream in, LongSupplier clock, FrameSink sink) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    char[] line = new char[MAX_LINE];
    int length = 0;
    boolean overlong = false;
    long lineNumber = 1;
    int n;
    while ((n = in.read(buffer)) > 0) {
      for (int i = 0; i < n; i++) {
        int c = buffer[i] & 0xFF;
        if (c == '\n') {
          if (overlong) {
            sink.garbled(lineNumber, "line longer than " + MAX_LINE + " characters");
          } else if (length > 0) {
            parse(line, length, lineNumber, clock, sink);
          }
          length = 0;
          overlong = false;
          lineNumber++;
        } else if (c != '\r') {
          if (length < MAX_LINE) {
            line[length++] = (char) c;
          } else {
            overlong = true;
          }
        }
      }
    }
    if (overlong) {
      sink.garbled(lineNumber, "line longer than " + MAX_LINE + " characters");
    } else if (length > 0) {
      parse(line, length, lineNumber, clock, sink);
    }
  }

  private static void parse(char[] line, int length, long lineNumber, LongSupplier clock, FrameSink sink) {
    int start = 0;
    while (start < length && line[start] == ' ') {
      start++;
    }
    int end = length;
    while (end > start && line[end - 1] == ' ') {
      end--;
    }
    if (end - start < 2) {
      sink.garbled(lineNumber, "not an AVR frame");
      return;
    }
    char kind = line[start];
    if (line[end - 1] != ';') {
      sink.garbled(lineNumber, "an AVR frame ends with ';'");
      return;
    }
    int from = start + 1;
    long ticks = -1;
    double signal = Double.NaN;
    if (kind == '@' || kind == '<') {
      ticks = hexNumber(line, from, 12);
      from += 12;
      if (kind == '<') {
        long level = hexNumber(line, from, 2);
        from += 2;
        signal = level < 0 ? Double.NaN : Math.pow(level / 255.0, 2);
      }
      if (ticks < 0) {
        sink.garbled(lineNumber, "the timestamp is not 12 hex digits");
        return;
      }
    } else if (kind != '*') {
      sink.garbled(lineNumber, "an AVR frame starts with '*', '@' or '<', not '" + kind + "'");
      return;
    }
    int digits = end - 1 - from;
    if (digits != 14 && digits != 28) {
      sink.garbled(lineNumber, "a Mode S frame is 14 or 28 hex digits, not " + Math.max(digits, 0));
      return;
    }
    byte[] bytes = new byte[digits / 2];
    for (int i = 0; i < bytes.length; i++) {
      int hi = Character.digit(line[from + 2 * i], 16);
      int lo = Character.digit(line[from + 2 * i + 1], 16);
      if (hi < 0 || lo < 0) {
        sink.garbled(lineNumber, "not hex: '" + new String(line, from, digits) + "'");
        return;
      }
      bytes[i] = (byte) (hi << 4 | lo);
    }
    sink.frame(new ModeSFrame(bytes, clock.getAsLong(), ticks, signal));
  }

  private static long hexNumber(char[] line, int from, int digits) {
    long value = 0;
    for (int i = 0; i < digits; i++) {
      if (from + i >= line.length) {
        return -1;
      }
      int d = Character.digit(line[from + i], 16);
      if (d < 0) {
        return -1;
      }
      value = value << 4 | d;
    }
    return value;
  }
}
