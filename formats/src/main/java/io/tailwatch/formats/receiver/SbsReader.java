package io.tailwatch.formats.receiver;

import io.tailwatch.surveillance.modes.DecodedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads SBS-1 BaseStation CSV (port 30003 of dump1090 and readsb), already decoded by the receiver. A {@code MSG}
 * line has 22 fields: message type, transmission type (1-8), session, aircraft and flight ids, hex address, date and
 * time generated, date and time logged, callsign, altitude (ft), ground speed (kt), track (deg), latitude,
 * longitude, vertical rate (ft/min), squawk, alert, emergency, SPI, on ground; a field the message does not carry
 * is empty. Flags are {@code -1} or {@code 1} for true, {@code 0} for false.
 *
 * <p>Time is the generated date and time, else the logged one, read as UTC (receivers write their clock's local
 * time: run them in UTC), else the frame clock's (arrival) time. Other kinds of line (SEL, ID, AIR, STA, CLK) and
 * addresses marked non-ICAO ({@code ~} before the hex, TIS-B and anonymous) are counted as ignored.
 *
 * <p>SBS-1 carries no parity: a damaged line may still parse. So every field is checked against what it can be
 * (six hex digits, a real date, a squawk of four octal digits, a position on the globe, altitude, speed and rate
 * within what aircraft do, a callsign of at most eight letters, digits and spaces), and a line that fails is
 * reported as {@link Damage#MALFORMED_LINE} with its line number. A first line that starts mid-message and a last
 * line without a line end (a capture started or stopped mid-line) are reported as {@link Damage#CUT_FRAME}.
 * Lines are held up to {@value #MAX_LINE} bytes, whatever their length.
 */
public final class SbsReader {
  static final int MAX_LINE = 512;
  private static final int FIELDS = 22;

  /** Receives messages, damage and what was ignored. */
  public interface Sink {
    void message(DecodedMessage message);

    void damaged(long line, Damage damage, String detail);

    default void ignored(Ignored what) {}
  }

  private final FrameClock clock;
  private final Sink sink;
  private final String[] field = new String[FIELDS];
  private String lastDate;
  private long lastDateEpochMs;

  private SbsReader(FrameClock clock, Sink sink) {
    this.clock = clock;
    this.sink = sink;
  }

  public static void read(InputStream in, FrameClock clock, Sink sink) throws IOException {
    new SbsReader(clock, sink).readAll(in);
  }

  private void readAll(InputStream in) throws IOException {
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
            afterCr = false;
            continue;
          }
          afterCr = c == '\r';
          endLine(line, length, overlong, lineNumber++, false);
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
    if (length > 0 || overlong) {
      endLine(line, length, overlong, lineNumber, true);
    }
  }

  private void endLine(byte[] bytes, int length, boolean overlong, long lineNumber, boolean unterminated) {
    if (overlong) {
      sink.damaged(lineNumber, Damage.LINE_TOO_LONG, "line longer than " + MAX_LINE + " bytes");
      return;
    }
    if (length == 0) {
      return;
    }
    String line = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    if (line.isBlank()) {
      return;
    }
    String problem = parse(line);
    if (problem != null) {
      boolean cut = unterminated || lineNumber == 1 && !startsWithKind(line);
      sink.damaged(lineNumber, cut ? Damage.CUT_FRAME : Damage.MALFORMED_LINE,
          (cut ? (unterminated ? "last line cut short: " : "first line starts mid-message: ") : "") + problem);
    }
  }

  private static boolean startsWithKind(String line) {
    for (String kind : new String[] {"MSG,", "SEL,", "ID,", "AIR,", "STA,", "CLK,"}) {
      if (line.startsWith(kind)) {
        return true;
      }
    }
    return false;
  }

  /** Parses one line and hands its message to the sink; returns what was wrong, or null. */
  String parse(String line) {
    int count = split(line);
    String kind = field[0];
    if (!kind.equals("MSG")) {
      if (startsWithKind(line)) {
        sink.ignored(Ignored.OTHER_MESSAGE);
        return null;
      }
      return "not an SBS-1 line: '" + shown(line) + "'";
    }
    if (count < FIELDS) {
      return "a MSG line has " + FIELDS + " fields, this one " + count;
    }
    String transmission = field[1].trim();
    if (transmission.length() != 1 || transmission.charAt(0) < '1' || transmission.charAt(0) > '8') {
      return "transmission type '" + shown(transmission) + "' is not 1-8";
    }
    String hex = field[4].trim();
    if (hex.startsWith("~")) {
      sink.ignored(Ignored.NON_ICAO_ADDRESS);
      return null;
    }
    if (hex.length() != 6 || !isHex(hex)) {
      return "address '" + shown(hex) + "' is not 6 hex digits";
    }
    try {
      long time = time();
      DecodedMessage.Builder m = DecodedMessage.builder(Integer.parseInt(hex, 16), time);
      String callsign = field[10].trim();
      if (!callsign.isEmpty()) {
        if (callsign.length() > 8 || !isCallsign(callsign)) {
          return "callsign '" + shown(callsign) + "' is not up to 8 letters, digits and spaces";
        }
        m.callsign(callsign);
      }
      m.altitudeFt(integer(11, "altitude", -1_500, 130_000));
      m.groundSpeedKt(decimal(12, "ground speed", 0, 4_000));
      m.trackDeg(decimal(13, "track", 0, 360));
      Double lat = decimal(14, "latitude", -90, 90);
      Double lon = decimal(15, "longitude", -180, 180);
      if ((lat == null) != (lon == null)) {
        return "latitude and longitude come together";
      }
      m.position(lat, lon);
      m.verticalRateFtMin(integer(16, "vertical rate", -40_000, 40_000));
      String squawk = field[17].trim();
      if (!squawk.isEmpty()) {
        if (squawk.length() != 4 || !isOctal(squawk)) {
          return "squawk '" + shown(squawk) + "' is not 4 octal digits";
        }
        m.squawk(squawk);
      }
      m.alert(flag(18, "alert")).spi(flag(20, "SPI")).onGround(flag(21, "on-ground"));
      flag(19, "emergency"); // checked, not kept: the squawk says which emergency
      sink.message(m.build());
      return null;
    } catch (BadField e) {
      return e.getMessage();
    }
  }

  /** Splits at commas into {@link #field} (at most {@value #FIELDS}); returns how many fields the line has. */
  private int split(String line) {
    int count = 0;
    int from = 0;
    while (true) {
      int comma = line.indexOf(',', from);
      String value = comma < 0 ? line.substring(from) : line.substring(from, comma);
      if (count < FIELDS) {
        field[count] = value;
      }
      count++;
      if (comma < 0) {
        return count;
      }
      from = comma + 1;
    }
  }

  /** Generated date and time, else logged, as UTC; else the clock's. */
  private long time() throws BadField {
    if (!field[6].isBlank() && !field[7].isBlank()) {
      return dateTime(field[6].trim(), field[7].trim(), "generated");
    }
    if (!field[8].isBlank() && !field[9].isBlank()) {
      return dateTime(field[8].trim(), field[9].trim(), "logged");
    }
    return clock.timeMs(-1);
  }

  /** {@code yyyy/MM/dd} and {@code HH:mm:ss[.fraction]} as UTC epoch milliseconds. */
  private long dateTime(String date, String time, String which) throws BadField {
    if (!date.equals(lastDate)) {
      if (date.length() != 10 || date.charAt(4) != '/' || date.charAt(7) != '/') {
        throw new BadField(which + " date '" + shown(date) + "' is not yyyy/mm/dd");
      }
      try {
        LocalDate day = LocalDate.of(digits(date, 0, 4), digits(date, 5, 2), digits(date, 8, 2));
        lastDateEpochMs = day.toEpochDay() * 86_400_000L;
        lastDate = date;
      } catch (DateTimeException | NumberFormatException e) {
        throw new BadField(which + " date '" + shown(date) + "' is not a date");
      }
    }
    if (time.length() < 8 || time.charAt(2) != ':' || time.charAt(5) != ':'
        || time.length() > 8 && (time.charAt(8) != '.' || time.length() == 9 || time.length() > 18)) {
      throw new BadField(which + " time '" + shown(time) + "' is not hh:mm:ss.sss");
    }
    try {
      int h = digits(time, 0, 2);
      int min = digits(time, 3, 2);
      int s = digits(time, 6, 2);
      int ms = 0;
      if (time.length() > 8) {
        String fraction = (time.substring(9) + "00").substring(0, 3);
        ms = digits(fraction, 0, 3);
        digits(time, 9, time.length() - 9); // every digit checked, not only the first three
      }
      if (h > 23 || min > 59 || s > 60) {
        throw new NumberFormatException();
      }
      return lastDateEpochMs + ((h * 60L + min) * 60 + s) * 1000 + ms;
    } catch (NumberFormatException e) {
      throw new BadField(which + " time '" + shown(time) + "' is not a time of day");
    }
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException();
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private Integer integer(int index, String name, int min, int max) throws BadField {
    Double v = decimal(index, name, min, max);
    return v == null ? null : (int) Math.round(v);
  }

  /** A plain decimal ({@code -12}, {@code 52.2572}) within [min, max], or null when empty. */
  private Double decimal(int index, String name, double min, double max) throws BadField {
    String t = field[index].trim();
    if (t.isEmpty()) {
      return null;
    }
    if (!isPlainDecimal(t) || t.length() > 24) {
      throw new BadField(name + " '" + shown(t) + "' is not a number");
    }
    double v = Double.parseDouble(t);
    if (v < min || v > max) {
      throw new BadField(name + " " + t + " is outside " + (long) min + ".." + (long) max);
    }
    return v;
  }

  private Boolean flag(int index, String name) throws BadField {
    String t = field[index].trim();
    return switch (t) {
      case "" -> null;
      case "0" -> false;
      case "-1", "1" -> true;
      default -> throw new BadField(name + " flag '" + shown(t) + "' is not -1, 0 or 1");
    };
  }

  /** A field as it may be printed: hostile bytes escaped, length capped. */
  private static String shown(String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    return Bytes.printable(b, 0, b.length);
  }

  /** Digits with an optional sign and one optional decimal point: no exponents, NaN, Infinity or hex floats. */
  private static boolean isPlainDecimal(String t) {
    int i = t.charAt(0) == '-' || t.charAt(0) == '+' ? 1 : 0;
    boolean digit = false;
    boolean point = false;
    for (; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digit;
  }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Bytes.HEX[s.charAt(i) & 0xFF] < 0 || s.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOctal(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '7') {
        return false;
      }
    }
    return true;
  }

  private static boolean isCallsign(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ')) {
        return false;
      }
    }
    return true;
  }

  /** A field that is not what it claims; its message says which and why. */
  private static final class BadField extends Exception {
    private static final long serialVersionUID = 1L;

    BadField(String message) {
      super(message, null, false, false);
    }
  }
}
