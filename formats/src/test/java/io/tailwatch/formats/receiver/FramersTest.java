package io.tailwatch.formats.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.surveillance.modes.DecodedMessage;
import io.tailwatch.surveillance.modes.ModeSFrame;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramersTest {
  static final String IDENT = "8D4840D6202CC371C32CE0576098";
  static final String SHORT = "5D4840D6D5A6AF"; // DF11 from 4840d6

  static final class Collect implements FrameSink {
    final List<ModeSFrame> frames = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @Override
    public void frame(ModeSFrame frame) {
      frames.add(frame);
    }

    @Override
    public void garbled(long position, String problem) {
      problems.add(position + ": " + problem);
    }
  }

  private static Collect avr(String text) throws Exception {
    Collect c = new Collect();
    AvrFramer.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), () -> 42L, c);
    return c;
  }

  @Test
  void avrPlainTimestampedAndSignalForms() throws Exception {
    Collect c = avr("*" + IDENT + ";\r\n@0123456789AB" + SHORT + ";\n<0000000000FF80" + IDENT + ";\n");
    assertThat(c.problems).isEmpty();
    assertThat(c.frames).hasSize(3);
    assertThat(c.frames.get(0).hex()).isEqualToIgnoringCase(IDENT);
    assertThat(c.frames.get(0).timeMs()).isEqualTo(42L);
    assertThat(c.frames.get(1).receiverTicks()).isEqualTo(0x0123456789ABL);
    assertThat(c.frames.get(2).signalLevel()).isCloseTo(Math.pow(0x80 / 255.0, 2), org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void avrGarbageIsReportedByLineAndSkipped() throws Exception {
    String huge = "*" + "8".repeat(10_000_000) + ";";
    Collect c = avr("hello\n*8D4840D6202C;\n*8D4840D6202CC371C32CE05760ZZ;\n" + huge + "\n*" + IDENT
        + "\n*" + IDENT + ";");
    assertThat(c.frames).hasSize(1);
    assertThat(c.problems).containsExactly(
        "1: an AVR frame ends with ';'",
        "2: a Mode S frame is 14 or 28 hex digits, not 12",
        "3: not hex: '8D4840D6202CC371C32CE05760ZZ'",
        "4: line longer than 128 characters",
        "5: an AVR frame ends with ';'");
  }

  @Test
  void beastFramesEscapesAndResynchronisation() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    beast(out, '3', 0x1A1A1A1A1A1AL, 0x1A, HexFormat.of().parseHex(IDENT)); // escapes everywhere
    beast(out, '1', 1, 10, new byte[] {0x12, 0x34}); // Mode A/C: skipped
    out.write(new byte[] {0x00, 0x42, 0x42}); // noise between frames
    out.write(new byte[] {0x1A, '2', 0, 0, 0}); // a frame cut short by a lone escape ...
    beast(out, '2', 7, 255, HexFormat.of().parseHex(SHORT)); // ... which starts the next frame
    out.write(new byte[] {0x1A, '3', 1, 2}); // cut by the end of the stream
    Collect c = new Collect();
    BeastFramer.read(new ByteArrayInputStream(out.toByteArray()), () -> 7L, c);

    assertThat(c.frames).hasSize(2);
    assertThat(c.frames.get(0).hex()).isEqualToIgnoringCase(IDENT);
    assertThat(c.frames.get(0).receiverTicks()).isEqualTo(0x1A1A1A1A1A1AL);
    assertThat(c.frames.get(0).signalLevel()).isCloseTo(Math.pow(0x1A / 255.0, 2),
        org.assertj.core.api.Assertions.within(1e-9));
    assertThat(c.frames.get(1).hex()).isEqualToIgnoringCase(SHORT);
    assertThat(c.frames.get(1).signalLevel()).isEqualTo(1.0);
    assertThat(c.problems).hasSize(3);
    assertThat(c.problems.get(0)).contains("bytes outside any Beast frame");
    assertThat(c.problems.get(1)).contains("cut short at byte");
    assertThat(c.problems.get(2)).contains("cut short by the end of the stream");
  }

  @Test
  void sbsLinesBecomeMessagesAndBadLinesAreReported() throws Exception {
    String text = """
        MSG,3,1,1,4840D6,1,2019/04/07,10:15:30.500,2019/04/07,10:15:30.510,,38000,,,52.2572,3.9193,,,0,0,0,0
        MSG,1,1,1,4840D6,1,2019/04/07,10:15:31.000,2019/04/07,10:15:31.010,KLM1023 ,,,,,,,,0,0,0,0
        MSG,4,1,1,4840D6,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,,159,182.9,,,-832,,0,0,0,-1
        SEL,,1,1,4840D6,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,KLM1023
        MSG,3,1,1,4840D6,1,2019/04/07,10:15:33.000
        MSG,3,1,1,4840D6,1,2019/04/07,10:15:34.000,2019/04/07,10:15:34.000,,38000,,,952.2,3.9,,,0,0,0,0
        MSG,3,1,1,ZZZZZZ,1,2019/04/07,10:15:35.000,2019/04/07,10:15:35.000,,38000,,,52.2,3.9,,,0,0,0,0
        """;
    List<DecodedMessage> messages = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    SbsReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), () -> 0L, new SbsReader.Sink() {
      @Override
      public void accept(DecodedMessage m) {
        messages.add(m);
      }

      @Override
      public void garbled(long line, String problem) {
        problems.add(line + ": " + problem);
      }
    });
    assertThat(messages).hasSize(3);
    assertThat(messages.get(0).lat()).isEqualTo(52.2572);
    assertThat(messages.get(0).altitudeFt()).isEqualTo(38000);
    assertThat(messages.get(0).timeMs()).isEqualTo(java.time.Instant.parse("2019-04-07T10:15:30.500Z").toEpochMilli());
    assertThat(messages.get(1).callsign()).isEqualTo("KLM1023");
    assertThat(messages.get(2).verticalRateFtMin()).isEqualTo(-832);
    assertThat(messages.get(2).onGround()).isTrue();
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).startsWith("5: an SBS MSG line has 22 fields");
    assertThat(problems.get(1)).startsWith("6: position 952.2").contains("off the globe");
    assertThat(problems.get(2)).startsWith("7:");
  }

  /** Writes one Beast frame, escaping 0x1A in timestamp, signal and reply. */
  static void beast(ByteArrayOutputStream out, char type, long ticks, int signal, byte[] reply) {
    out.write(0x1A);
    out.write(type);
    byte[] body = new byte[7 + reply.length];
    for (int i = 0; i < 6; i++) {
      body[i] = (byte) (ticks >>> (40 - 8 * i));
    }
    body[6] = (byte) signal;
    System.arraycopy(reply, 0, body, 7, reply.length);
    for (byte b : body) {
      out.write(b);
      if ((b & 0xFF) == 0x1A) {
        out.write(0x1A);
      }
    }
  }
}
