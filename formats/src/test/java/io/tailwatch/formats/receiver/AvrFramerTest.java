package io.tailwatch.formats.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AvrFramerTest {
  /** KLM1023's identification, from "The 1090 Megahertz Riddle" (J. Sun), chapter on identification. */
  static final String IDENT = "8D4840D6202CC371C32CE0576098";
  static final String SHORT = "5D4840D6D5A6AF";

  private static Collect avr(String text) throws Exception {
    return avr(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
  }

  private static Collect avr(InputStream in) throws Exception {
    Collect c = new Collect();
    AvrFramer.read(in, ticks -> ticks < 0 ? 42L : ticks, c);
    return c;
  }

  @Test
  void plainTimestampedAndSignalForms() throws Exception {
    Collect c = avr("*" + IDENT + ";\r\n@0123456789AB" + SHORT + ";\n<0000000000FF80" + IDENT + ";\n:" + SHORT
        + ";\n");
    assertThat(c.problems).isEmpty();
    assertThat(c.hex()).containsExactly(IDENT.toLowerCase(), SHORT.toLowerCase(), IDENT.toLowerCase(),
        SHORT.toLowerCase());
    assertThat(c.frames.get(0).timeMs()).isEqualTo(42L);
    assertThat(c.frames.get(0).receiverTicks()).isEqualTo(-1);
    assertThat(c.frames.get(0).signalLevel()).isNaN();
    assertThat(c.frames.get(1).receiverTicks()).isEqualTo(0x0123456789ABL);
    assertThat(c.frames.get(1).timeMs()).as("the clock is given the counter").isEqualTo(0x0123456789ABL);
    assertThat(c.frames.get(2).receiverTicks()).isEqualTo(0xFF);
    assertThat(c.frames.get(2).signalLevel()).isCloseTo(Math.pow(0x80 / 255.0, 2), within(1e-12));
  }

  @Test
  void lineEndsOfEveryKindAndSpacesAndBlankLinesKeepLineNumbers() throws Exception {
    Collect c = avr("  *" + IDENT + ";  \r\r\n\n\t*" + SHORT + ";\rbad\r\n*" + IDENT + ";");
    assertThat(c.frames).hasSize(3);
    // lines: 1 frame, 2 empty (CR), 3 empty (LF), 4 frame (ends with CR), 5 "bad", 6 frame without a line end
    assertThat(c.problems).containsExactly("5: no ';' at the end of 'bad'");
  }

  @Test
  void modeAcRepliesAreIgnoredNotDamage() throws Exception {
    Collect c = avr("*7700;\n@0000000000017700;\n*77G0;\n");
    assertThat(c.frames).isEmpty();
    assertThat(c.ignored).containsEntry(Ignored.MODE_AC, 2);
    assertThat(c.problems).containsExactly("3: not hex: '77G0'");
  }

  @Test
  void aZeroCounterMeansNone() throws Exception {
    Collect c = avr("@000000000000" + IDENT + ";\n");
    assertThat(c.frames.get(0).receiverTicks()).isEqualTo(-1);
  }

  @Test
  void damageIsReportedByLineAndSkipped() throws Exception {
    Collect c = avr(String.join("\n",
        "hello",
        "*8D4840D6202C;",
        "*8D4840D6202CC371C32CE05760ZZ;",
        "*8D4840D6202CC371C32CE057609;",
        "*" + IDENT,
        "@01234" + IDENT.substring(0, 4) + ";",
        "@01234567Z9AB" + IDENT + ";",
        "#" + IDENT + ";",
        "*" + IDENT + ";(1200,300,1F)",
        "*" + IDENT + ";"));
    assertThat(c.frames).hasSize(1);
    assertThat(c.problems).containsExactly(
        "1: no ';' at the end of 'hello'",
        "2: a reply is 14 or 28 hex digits, not 12",
        "3: not hex: '8D4840D6202CC371C32CE05760ZZ'",
        "4: a reply is 14 or 28 hex digits, not 27",
        "5: no ';' at the end of '*" + IDENT + "'",
        "6: the timestamp is cut short in '@012348D48;'",
        "7: timestamp not hex in '@01234567Z9AB" + IDENT + ";'",
        "8: a frame starts with '*', '@' or '<', not '#'",
        "9: no ';' at the end of '*" + IDENT + ";(1200,300,1F)'");
    assertThat(c.damage).containsExactly(Damage.NOT_A_FRAME, Damage.WRONG_LENGTH, Damage.NOT_HEX,
        Damage.WRONG_LENGTH, Damage.NOT_A_FRAME, Damage.WRONG_LENGTH, Damage.NOT_HEX, Damage.NOT_A_FRAME,
        Damage.NOT_A_FRAME);
  }

  @Test
  void brokenEncodingsAndControlCharactersNeverReachTheReport() throws Exception {
    byte[] hostile = {'*', '8', 'D', (byte) 0xC3, 0x28, 0x00, 0x1B, '[', '3', '1', 'm', (byte) 0xFF};
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.write(hostile);
    in.write("8".repeat(28 - (hostile.length - 1)).getBytes(StandardCharsets.US_ASCII)); // 28 "digits" in all
    in.write(new byte[] {';', '\n'});
    in.write(("*" + IDENT + ";\n").getBytes(StandardCharsets.US_ASCII));
    Collect c = avr(new ByteArrayInputStream(in.toByteArray()));
    assertThat(c.frames).hasSize(1);
    assertThat(c.problems).hasSize(1);
    assertThat(c.problems.get(0)).startsWith("1: not hex: '8D\\xc3(\\x00\\x1b[31m\\xff")
        .doesNotContain("\u001b").doesNotContain("\u0000");
  }

  @Test
  void aTenMegabyteLineIsOneProblemAndNeverHeld() throws Exception {
    byte[] tail = ("8;\n*" + IDENT + ";\n").getBytes(StandardCharsets.US_ASCII);
    InputStream in = new java.io.SequenceInputStream(new ByteArrayInputStream(new byte[] {'*'}),
        Streams.repeat((byte) '8', 10_000_000, tail));
    Collect c = avr(in);
    assertThat(c.problems).containsExactly("1: line longer than 128 bytes");
    assertThat(c.hex()).containsExactly(IDENT.toLowerCase());
  }

  @Test
  void framesSplitAcrossReadsComeOutWhole() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      text.append(i % 3 == 0 ? "*" + IDENT + ";\r\n" : i % 3 == 1 ? "@00000000" + String.format("%04X", i) + SHORT
          + ";\n" : "junk " + i + "\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
    Collect whole = avr(new ByteArrayInputStream(bytes));
    Collect pieces = avr(Streams.trickle(bytes, 7, 1));
    assertThat(whole.frames).hasSize(1_334);
    assertThat(pieces.hex()).isEqualTo(whole.hex());
    assertThat(pieces.problems).isEqualTo(whole.problems).hasSize(666);
    assertThat(pieces.frames.get(1).receiverTicks()).isEqualTo(1);
  }
}
