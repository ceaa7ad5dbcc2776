package io.tailwatch.formats.receiver;

import io.tailwatch.surveillance.modes.DecodedMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Reads SBS-1 BaseStation CSV (port 30003 of dump1090 and readsb): {@code MSG} lines of transmission types 1-8,
 * already decoded by the receiver. Fields: message type, transmission type, session, aircraft and flight ids, hex
 * address, date and time generated, date and time logged, callsign, altitude (ft), ground speed (kt), track (deg),
 * latitude, longitude, vertical rate (ft/min), squawk, alert, emergency, SPI, on ground.
 *
 * <p>Time is the "generated" date and time, read as UTC (receivers write their clock's time; run them in UTC), else
 * the arrival time. Lines of other message types (SEL, ID, AIR, STA, CLK) carry no position and are skipped; a
 * malformed MSG line is reported with its line number and skipped, so a live feed survives one bad line.
 */
public final class SbsReader {
  private static final int MAX_LINE = 1024;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  /** Receives messages and problems. */
  public interface Sink extends Consumer<DecodedMessage> {
    void garbled(long line, String problem);
  }

  private SbsReader() {}

  public static void read(InputStream in, LongSupplier clock, Sink sink) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 16 * 1024);
    long lineNumber = 0;
    StringBuilder line = new StringBuilder();
    int c;
    boolean overlong = false;
    while ((c = reader.read()) >= 0) {
      if (c == '\n') {
        lineNumber++;
        if (overlong) {
          sink.garbled(lineNumber, "line longer than " + MAX_LINE + " characters");
        } else {
          parse(line.toString(), lineNumber, clock, sink);
        }
        line.setLength(0);
        overlong = false;
      } else if (c != '\r') {
        if (line.length() < MAX_LINE) {
          line.append((char) c);
        } else {
          overlong = true;
        }
      }
    }
    if (line.length() > 0) {
      parse(line.toString(), lineNumber + 1, clock, sink);
    }
  }

  static void parse(String line, long lineNumber, LongSupplier clock, Sink sink) {
    if (line.isBlank() || !line.startsWith("MSG")) {
      return;
    }
    String[] f = line.split(",", -1);
    if (f.length < 22) {
      sink.garbled(lineNumber, "an SBS MSG line has 22 fields, this one " + f.length);
      return;
    }
    try {
      int icao = Integer.parseInt(f[4].trim(), 16);
      if (f[4].trim().length() != 6) {
        throw new NumberFormatException("address '" + f[4] + "' is not 6 hex digits");
      }
      long time = time(f[6], f[7], clock);
      DecodedMessage.Builder m = DecodedMessage.builder(icao, time)
          .callsign(blankToNull(f[10]))
          .altitudeFt(integer(f[11]))
          .groundSpeedKt(decimal(f[12]))
          .trackDeg(decimal(f[13]))
          .position(decimal(f[14]), decimal(f[15]))
          .verticalRateFtMin(integer(f[16]))
          .squawk(blankToNull(f[17]))
          .onGround(flag(f[21]));
      DecodedMessage message = m.build();
      if (message.lat() != null && (Math.abs(message.lat()) > 90 || Math.abs(message.lon()) > 180)) {
        sink.garbled(lineNumber, "position " + message.lat() + "," + message.lon() + " is off the globe");
        return;
      }
      sink.accept(message);
    } catch (RuntimeException e) {
      sink.garbled(lineNumber, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private static long time(String date, String time, LongSupplier clock) {
    if (date.isBlank() || time.isBlank()) {
      return clock.getAsLong();
    }
    LocalDate day = LocalDate.parse(date.trim(), DATE);
    LocalTime t = LocalTime.parse(time.trim());
    return day.atTime(t).toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  private static String blankToNull(String s) {
    String t = s.trim();
    return t.isEmpty() ? null : t;
  }

  private static Integer integer(String s) {
    String t = s.trim();
    if (t.isEmpty()) {
      return null;
    }
    return (int) Math.round(Double.parseDouble(t));
  }

  private static Double decimal(String s) {
    String t = s.trim();
    if (t.isEmpty()) {
      return null;
    }
    double v = Double.parseDouble(t);
    if (!Double.isFinite(v)) {
      throw new NumberFormatException("'" + t + "' is not a number");
    }
    return v;
  }

  /** SBS flags: -1 (or 1) for true, 0 for false, empty for unknown. */
  private static Boolean flag(String s) {
    String t = s.trim();
    return t.isEmpty() ? null : !t.equals("0");
  }
}
