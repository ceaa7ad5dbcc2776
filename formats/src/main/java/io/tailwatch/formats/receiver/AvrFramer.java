package io.tailwatch.formats.receiver;

import io.tailwatch.surveillance.modes.ModeSFrame;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads AVR text frames from a stream as it arrives (port 30002 of dump1090 and readsb), one per line:
 *
 * <ul>
 *   <li>{@code *<hex>;} and {@code :<hex>;} a reply of 14 or 28 hex digits;
 *   <li>{@code @<12 hex: 12 MHz counter><hex>;} timestamped (dump1090 and readsb with mlat on);
 *   <li>{@code <<12 hex counter><2 hex signal><hex>;} readsb's form with a signal level.
 * </ul>
 *
 * Lines end with LF, CR LF or CR; spaces around a frame are allowed. A 4-digit reply (Mode A/C) is well formed but
 * carries no address: it is counted as ignored. Everything else is reported to the sink with its line number and
 * skipped: lines over {@value #MAX_LINE} bytes (only that much of a line is ever held, whatever its length), no
 * frame marker, no {@code ;} at the end, a character that is not a hex digit, a reply of any other length.
 * Reading never needs more than one line of {@value #MAX_LINE} bytes and one 64 KiB buffer.
 */
public final class AvrFramer {
  /** Longer than any frame line ({@code <}, 12 + 2 + 28 digits, {@code ;}: 44) with room for spaces. */
  static final int MAX_LINE = 128;

  private AvrFramer() {}

  public static void read(InputStream in, FrameClock clock, FrameSink sink) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    byte[] line = new byte[MAX_LINE];
    int length = 0;
    boolean overlong = false;
    boolean afterCr = false;
    long lineNumber = 1;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      for (int i = 0; i < n; i++) {
        byte c = buffer[i];
        if (c == '\n' || c == '\r') {
          if (c == '\n' && afterCr) {
            afterCr = false; // the LF of a CR LF: the line already ended
            continue;
          }
          afterCr = c == '\r';
          endLine(line, length, overlong, lineNumber++, clock, sink);
          length = 0;
          overlong = false;
        } else {
          afterCr = false;
          if (length < MAX_LINE) {
            line[length++] = c;
          } else {
            overlong = true;
          }
        }
      }
    }
    endLine(line, length, overlong, lineNumber, clock, sink);
  }

  private static void endLine(byte[] line, int length, boolean overlong, long lineNumber, FrameClock clock,
      FrameSink sink) {
    if (overlong) {
      sink.damaged(lineNumber, Damage.LINE_TOO_LONG, "line longer than " + MAX_LINE + " bytes");
    } else if (length > 0) {
      parse(line, length, lineNumber, clock, sink);
    }
  }

  private static void parse(byte[] line, int length, long lineNumber, FrameClock clock, FrameSink sink) {
    int start = 0;
    int end = length;
    while (start < end && (line[start] == ' ' || line[start] == '\t')) {
      start++;
    }
    while (end > start && (line[end - 1] == ' ' || line[end - 1] == '\t')) {
      end--;
    }
    if (start == end) {
      return; // a blank line
    }
    byte marker = line[start];
    if (line[end - 1] != ';' || end - start < 2) {
      sink.damaged(lineNumber, Damage.NOT_A_FRAME, "no ';' at the end of '" + Bytes.printable(line, start, end) + "'");
      return;
    }
    int from = start + 1;
    int stop = end - 1; // the ';'
    long ticks = -1;
    double signal = Double.NaN;
    if (marker == '@' || marker == '<') {
      int header = marker == '@' ? 12 : 14;
      if (stop - from < header) {
        sink.damaged(lineNumber, Damage.WRONG_LENGTH, "the timestamp is cut short in '"
            + Bytes.printable(line, start, end) + "'");
        return;
      }
      ticks = hexNumber(line, from, 12);
      long level = marker == '<' ? hexNumber(line, from + 12, 2) : 0;
      if (ticks < 0 || level < 0) {
        sink.damaged(lineNumber, Damage.NOT_HEX, "timestamp not hex in '" + Bytes.printable(line, start, end) + "'");
        return;
      }
      ticks = ticks == 0 ? -1 : ticks; // zeros: the receiver keeps no counter
      if (marker == '<') {
        signal = Bytes.SIGNAL[(int) level];
      }
      from += header;
    } else if (marker != '*' && marker != ':') {
      sink.damaged(lineNumber, Damage.NOT_A_FRAME, "a frame starts with '*', '@' or '<', not '"
          + Bytes.printable(line, start, start + 1) + "'");
      return;
    }
    int digits = stop - from;
    if (digits == 4) {
      if (hexNumber(line, from, 4) < 0) {
        sink.damaged(lineNumber, Damage.NOT_HEX, "not hex: '" + Bytes.printable(line, from, stop) + "'");
      } else {
        sink.ignored(Ignored.MODE_AC);
      }
      return;
    }
    if (digits != 14 && digits != 28) {
      sink.damaged(lineNumber, Damage.WRONG_LENGTH, "a reply is 14 or 28 hex digits, not " + digits);
      return;
    }
    byte[] bytes = new byte[digits / 2];
    for (int i = 0, p = from; i < bytes.length; i++, p += 2) {
      int hi = Bytes.HEX[line[p] & 0xFF];
      int lo = Bytes.HEX[line[p + 1] & 0xFF];
      if ((hi | lo) < 0) {
        sink.damaged(lineNumber, Damage.NOT_HEX, "not hex: '" + Bytes.printable(line, from, stop) + "'");
        return;
      }
      bytes[i] = (byte) (hi << 4 | lo);
    }
    sink.frame(new ModeSFrame(bytes, clock.timeMs(ticks), ticks, signal));
  }

  /** The value of {@code digits} hex digits, or -1 when one is not a hex digit. */
  private static long hexNumber(byte[] line, int from, int digits) {
    long value = 0;
    for (int i = from; i < from + digits; i++) {
      int d = Bytes.HEX[line[i] & 0xFF];
      if (d < 0) {
        return -1;
      }
      value = value << 4 | d;
    }
    return value;
  }
}
