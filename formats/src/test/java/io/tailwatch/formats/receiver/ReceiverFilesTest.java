package io.tailwatch.formats.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.surveillance.StateVector;
import io.tailwatch.surveillance.modes.DecodedMessage;
import io.tailwatch.surveillance.modes.ModeSDecoder;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiverFilesTest {
  /** KLM1023's identification and an airborne even/odd pair of 40621d at 52.2572 N 3.9193 E (The 1090 MHz Riddle). */
  static final String IDENT = "8D4840D6202CC371C32CE0576098";
  static final String EVEN = "8D40621D58C382D690C8AC2863A7";
  static final String ODD = "8D40621D58C386435CC412692AD6";
  static final long SECOND = 12_000_000;
  static final long END = 1_554_631_200_000L; // 2019-04-07T10:00:00Z

  @TempDir
  Path dir;

  final List<String> warnings = new ArrayList<>();

  private Path beastFile(String name, long... ticks) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] frames = {IDENT, ODD, EVEN}; // the even frame last, as in the book
    for (int i = 0; i < ticks.length; i++) {
      Streams.beast(out, '3', ticks[i], 200, HexFormat.of().parseHex(frames[i % 3]));
    }
    Path file = dir.resolve(name);
    try (OutputStream o = name.endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(file))
        : Files.newOutputStream(file)) {
      o.write(out.toByteArray());
    }
    Files.setLastModifiedTime(file, FileTime.fromMillis(END));
    return file;
  }

  private List<DecodedMessage> read(Path file, ReceiverFormat format, Long start) throws Exception {
    List<DecodedMessage> out = new ArrayList<>();
    ReceiverFiles.read(file, format, new ModeSDecoder(), start, warnings::add, out::add);
    return out;
  }

  @Test
  void aRecordingEndsAtItsModificationTimeAndKeepsTheTimeBetweenFrames() throws Exception {
    Path file = beastFile("capture.beast.gz", 100 * SECOND, 101 * SECOND, 102 * SECOND + 6_000_000);
    assertThat(read(file, ReceiverFormat.BEAST, null)).extracting(DecodedMessage::timeMs)
        .containsExactly(END - 2_500, END - 1_500, END);
    assertThat(warnings).isEmpty();

    List<StateVector> positions = ReceiverFiles.positions(file, ReceiverFormat.BEAST, new ModeSDecoder(), null,
        warnings::add);
    assertThat(positions).hasSize(1);
    assertThat(positions.get(0).timeMs()).isEqualTo(END);
    // the even frame came last: The 1090 MHz Riddle's answer, 52.25720 N 3.91937 E
    assertThat(positions.get(0).lat()).isCloseTo(52.25720, org.assertj.core.api.Assertions.within(1e-5));
    assertThat(positions.get(0).lon()).isCloseTo(3.91937, org.assertj.core.api.Assertions.within(1e-5));
  }

  @Test
  void aGivenStartPlacesTheFirstFrame() throws Exception {
    Path file = beastFile("capture.beast", 100 * SECOND, 101 * SECOND, 102 * SECOND);
    assertThat(read(file, ReceiverFormat.BEAST, 5_000L)).extracting(DecodedMessage::timeMs)
        .containsExactly(5_000L, 6_000L, 7_000L);
  }

  @Test
  void aRestartedCounterIsSaid() throws Exception {
    Path file = beastFile("restart.beast", 100_000 * SECOND, 100_001 * SECOND, 3 * SECOND);
    assertThat(read(file, ReceiverFormat.BEAST, 0L)).extracting(DecodedMessage::timeMs)
        .containsExactly(0L, 1_000L, 1_000L);
    assertThat(warnings).singleElement().asString().contains("counter started over");
  }

  @Test
  void avrWithoutCountersIsStampedWhenReadAndSaysSo() throws Exception {
    Path file = Files.writeString(dir.resolve("plain.avr"), "*" + EVEN + ";\n*" + ODD + ";\n");
    long before = System.currentTimeMillis();
    List<DecodedMessage> messages = read(file, ReceiverFormat.AVR, null);
    assertThat(messages).hasSize(2).allSatisfy(m -> assertThat(m.timeMs()).isGreaterThanOrEqualTo(before));
    assertThat(warnings).singleElement().asString().contains("no receiver timestamps");
  }

  @Test
  void avrWithCountersIsTimedLikeBeast() throws Exception {
    Path file = Files.writeString(dir.resolve("timed.avr"), "@0000" + "05F5E100" + EVEN + ";\n@0000" + "0648E300"
        + ODD + ";\n"); // 100,000,000 and 105,440,000 ticks: 453 ms apart
    Files.setLastModifiedTime(file, FileTime.fromMillis(END));
    assertThat(read(file, ReceiverFormat.AVR, null)).extracting(DecodedMessage::timeMs)
        .containsExactly(END - 453, END);
  }

  @Test
  void damageIsWarnedAboutFirstFiveThenCounted() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      text.append("junk\n");
    }
    text.append("@000005F5E100").append(EVEN).append(";\n");
    Path file = Files.writeString(dir.resolve("noisy.avr"), text);
    assertThat(read(file, ReceiverFormat.AVR, null)).hasSize(1);
    assertThat(warnings).hasSize(6);
    assertThat(warnings.get(0)).isEqualTo(file + ":line 1: skipped: no ';' at the end of 'junk'");
    assertThat(warnings.get(5)).isEqualTo(file + ": 8 pieces of damaged input skipped in all (not a frame 8)");
  }

  @Test
  void aFileWithoutOneFrameIsRefused() throws Exception {
    Path file = Files.write(dir.resolve("random.beast"), new byte[] {1, 2, 3, 0x1A, 'q', 5});
    assertThatThrownBy(() -> read(file, ReceiverFormat.BEAST, 0L)).isInstanceOf(InputFormatException.class)
        .hasMessage(file + ":0: no Beast frame in the file; first problem byte 0: 3 bytes outside any frame");
  }

  @Test
  void sbsFilesAreRefusedAtTheFirstMalformedLineButNotForACutEnd() throws Exception {
    String good = "MSG,3,1,1,4840D6,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,38000,,,52.2572,3.9193,,,0,0,0,0\n";
    Path cut = Files.writeString(dir.resolve("cut.sbs"), good + good + "MSG,3,1,1,4840D6,1,2019/04");
    assertThat(ReceiverFiles.positions(cut, ReceiverFormat.SBS, new ModeSDecoder(), null, warnings::add)).hasSize(2);
    assertThat(warnings).singleElement().asString().startsWith(cut + ":line 3: skipped: last line cut short");

    Path bad = Files.writeString(dir.resolve("bad.sbs"), good + good.replace("52.2572", "152.2572") + good);
    assertThatThrownBy(() -> ReceiverFiles.positions(bad, ReceiverFormat.SBS, new ModeSDecoder(), null,
        warnings::add)).isInstanceOf(InputFormatException.class)
        .hasMessage(bad + ":2: latitude 152.2572 is outside -90..90");
  }
}
