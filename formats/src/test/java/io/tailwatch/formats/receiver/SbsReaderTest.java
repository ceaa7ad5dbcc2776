package io.tailwatch.formats.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.surveillance.modes.DecodedMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SBS-1 lines as dump1090 and readsb write them on port 30003: one line per transmission type, the fields each
 * type fills (dump1090's net_io.c, modesSendSBSOutput), 22 fields, flags as 0 or -1.
 */
class SbsReaderTest {
  static final class Sink implements SbsReader.Sink {
    final List<DecodedMessage> messages = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<Damage> damage = new ArrayList<>();
    final Map<Ignored, Integer> ignored = new EnumMap<>(Ignored.class);

    @Override
    public void message(DecodedMessage m) {
      messages.add(m);
    }

    @Override
    public void damaged(long line, Damage damage, String detail) {
      this.damage.add(damage);
      problems.add(line + ": " + detail);
    }

    @Override
    public void ignored(Ignored what) {
      ignored.merge(what, 1, Integer::sum);
    }
  }

  static Sink read(String text) throws Exception {
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
  }

  static Sink read(InputStream in) throws Exception {
    Sink sink = new Sink();
    SbsReader.read(in, ticks -> 1_000L, sink);
    return sink;
  }

  static long utc(String iso) {
    return Instant.parse(iso).toEpochMilli();
  }

  @Test
  void everyTransmissionTypeBecomesAMessageWithItsFields() throws Exception {
    Sink s = read("""
        MSG,1,1,1,4840D6,1,2019/04/07,10:15:31.000,2019/04/07,10:15:31.010,KLM1023 ,,,,,,,,0,0,0,0
        MSG,2,1,1,4840D6,1,2019/04/07,10:15:31.500,2019/04/07,10:15:31.510,,0,12.5,90.0,52.30870,4.76389,,,,,,-1
        MSG,3,1,1,4840D6,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,38000,,,52.2572,3.9193,,,0,0,0,0
        MSG,4,1,1,4840D6,1,2019/04/07,10:15:33.000,2019/04/07,10:15:33.010,,,159,182.9,,,-832,,0,0,0,0
        MSG,5,1,1,4840D6,1,2019/04/07,10:15:34.000,2019/04/07,10:15:34.010,,37975,,,,,,,-1,0,1,0
        MSG,6,1,1,4840D6,1,2019/04/07,10:15:35.000,2019/04/07,10:15:35.010,,,,,,,,7700,0,-1,0,0
        MSG,7,1,1,4840D6,1,2019/04/07,10:15:36.000,2019/04/07,10:15:36.010,,38000,,,,,,,,,,0
        MSG,8,1,1,4840D6,1,2019/04/07,10:15:37.000,2019/04/07,10:15:37.010,,,,,,,,,,,,-1
        """);
    assertThat(s.problems).isEmpty();
    List<DecodedMessage> m = s.messages;
    assertThat(m).hasSize(8).allSatisfy(x -> {
      assertThat(x.icao24Hex()).isEqualTo("4840d6");
      assertThat(x.downlinkFormat()).isEqualTo(-1);
      assertThat(x.raw()).isNull();
    });
    assertThat(m.get(0).callsign()).isEqualTo("KLM1023");
    assertThat(m.get(0).timeMs()).isEqualTo(utc("2019-04-07T10:15:31Z"));
    assertThat(m.get(1).onGround()).isTrue();
    assertThat(m.get(1).groundSpeedKt()).isEqualTo(12.5);
    assertThat(m.get(1).lat()).isEqualTo(52.30870);
    assertThat(m.get(2).altitudeFt()).isEqualTo(38000);
    assertThat(m.get(2).lon()).isEqualTo(3.9193);
    assertThat(m.get(2).onGround()).isFalse();
    assertThat(m.get(2).timeMs()).isEqualTo(utc("2019-04-07T10:15:32Z"));
    assertThat(m.get(3).groundSpeedKt()).isEqualTo(159.0);
    assertThat(m.get(3).trackDeg()).isEqualTo(182.9);
    assertThat(m.get(3).verticalRateFtMin()).isEqualTo(-832);
    assertThat(m.get(3).hasPosition()).isFalse();
    assertThat(m.get(4).alert()).isTrue();
    assertThat(m.get(4).spi()).isTrue();
    assertThat(m.get(5).squawk()).isEqualTo("7700");
    assertThat(m.get(6).altitudeFt()).isEqualTo(38000);
    assertThat(m.get(6).alert()).isNull();
    assertThat(m.get(7).onGround()).isTrue();
  }

  @Test
  void timeIsGeneratedElseLoggedElseArrivalWithFractionsOfAnyLength() throws Exception {
    Sink s = read("""
        MSG,8,1,1,4840D6,1,2019/04/07,10:15:37.5,2019/04/07,10:15:38.000,,,,,,,,,,,,0
        MSG,8,1,1,4840D6,1,,,2019/04/07,10:15:38.123456,,,,,,,,,,,,0
        MSG,8,1,1,4840D6,1,,,,,,,,,,,,,,,,0
        MSG,8,1,1,4840D6,1,2019/04/07,10:15:40,,,,,,,,,,,,,,0
        """);
    assertThat(s.problems).isEmpty();
    assertThat(s.messages).extracting(DecodedMessage::timeMs).containsExactly(utc("2019-04-07T10:15:37.500Z"),
        utc("2019-04-07T10:15:38.123Z"), 1_000L, utc("2019-04-07T10:15:40Z"));
  }

  @Test
  void otherKindsAndNonIcaoAddressesAreIgnored() throws Exception {
    Sink s = read("""
        SEL,,111,11111,4840D6,111111,2019/04/07,10:15:31.000,2019/04/07,10:15:31.010,KLM1023
        ID,,111,11111,4840D6,111111,2019/04/07,10:15:31.000,2019/04/07,10:15:31.010,KLM1023
        AIR,,111,11111,4840D6,111111,2019/04/07,10:15:31.000,2019/04/07,10:15:31.010
        STA,,111,11111,4840D6,111111,2019/04/07,10:15:31.000,2019/04/07,10:15:31.010,RM
        CLK,,111,11111,111111,111111,2019/04/07,10:15:31.000,2019/04/07,10:15:31.010
        MSG,3,1,1,~C0FFEE,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,38000,,,52.2572,3.9193,,,0,0,0,0
        """);
    assertThat(s.messages).isEmpty();
    assertThat(s.problems).isEmpty();
    assertThat(s.ignored).containsEntry(Ignored.OTHER_MESSAGE, 5).containsEntry(Ignored.NON_ICAO_ADDRESS, 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "MSG,3,1,1,4840D6,1,2019/04/07,10:15:33.000",
      "MSG,9,1,1,4840D6,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,38000,,,52.2572,3.9193,,,0,0,0,0",
      "MSG,3,1,1,4840G6,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,38000,,,52.2572,3.9193,,,0,0,0,0",
      "MSG,3,1,1,4840D,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,38000,,,52.2572,3.9193,,,0,0,0,0",
      "MSG,3,1,1,4840D6,1,2019/02/30,10:15:32.000,2019/04/07,10:15:32.010,,38000,,,52.2572,3.9193,,,0,0,0,0",
      "MSG,3,1,1,4840D6,1,2019-04-07,10:15:32.000,2019/04/07,10:15:32.010,,38000,,,52.2572,3.9193,,,0,0,0,0",
      "MSG,3,1,1,4840D6,1,2019/04/07,25:15:32.000,2019/04/07,10:15:32.010,,38000,,,52.2572,3.9193,,,0,0,0,0",
      "MSG,3,1,1,4840D6,1,2019/04/07,10:15:32.0x0,2019/04/07,10:15:32.010,,38000,,,52.2572,3.9193,,,0,0,0,0",
      "MSG,3,1,1,4840D6,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,38000,,,95.2,3.9193,,,0,0,0,0",
      "MSG,3,1,1,4840D6,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,38000,,,52.2572,,,,0,0,0,0",
      "MSG,3,1,1,4840D6,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,NaN,,,52.2572,3.9193,,,0,0,0,0",
      "MSG,3,1,1,4840D6,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,3.8e4,,,52.2572,3.9193,,,0,0,0,0",
      "MSG,3,1,1,4840D6,1,2019/04/07,10:15:32.000,2019/04/07,10:15:32.010,,380000,,,52.2572,3.9193,,,0,0,0,0",
      "MSG,4,1,1,4840D6,1,2019/04/07,10:15:33.000,2019/04/07,10:15:33.010,,,159,382.9,,,-832,,0,0,0,0",
      "MSG,4,1,1,4840D6,1,2019/04/07,10:15:33.000,2019/04/07,10:15:33.010,,,159,182.9,,,-83200000000,,0,0,0,0",
      "MSG,6,1,1,4840D6,1,2019/04/07,10:15:35.000,2019/04/07,10:15:35.010,,,,,,,,7800,0,-1,0,0",
      "MSG,1,1,1,4840D6,1,2019/04/07,10:15:31.000,2019/04/07,10:15:31.010,KLM1023XYZ,,,,,,,,0,0,0,0",
      "MSG,1,1,1,4840D6,1,2019/04/07,10:15:31.000,2019/04/07,10:15:31.010,klm;drop,,,,,,,,0,0,0,0",
      "MSG,8,1,1,4840D6,1,2019/04/07,10:15:37.000,2019/04/07,10:15:37.010,,,,,,,,,,,,2",
      "BOGUS,8,1,1,4840D6"})
  void malformedLinesAreReportedWithTheirLineNumber(String bad) throws Exception {
    Sink s = read("MSG,8,1,1,4840D6,1,2019/04/07,10:15:37.000,2019/04/07,10:15:37.010,,,,,,,,,,,,0\n" + bad
        + "\nMSG,8,1,1,4840D6,1,2019/04/07,10:15:38.000,2019/04/07,10:15:38.010,,,,,,,,,,,,0\n");
    assertThat(s.messages).hasSize(2);
    assertThat(s.damage).containsExactly(Damage.MALFORMED_LINE);
    assertThat(s.problems.get(0)).startsWith("2: ");
  }

  @Test
  void aCaptureCutMidLineAtEitherEndIsACutNotMalformed() throws Exception {
    Sink s = read("""
        2,1,1,4840D6,1,2019/04/07,10:15:37.000,2019/04/07,10:15:37.010,,,,,,,,,,,,0
        MSG,8,1,1,4840D6,1,2019/04/07,10:15:38.000,2019/04/07,10:15:38.010,,,,,,,,,,,,0
        MSG,3,1,1,4840D6,1,2019/04/07,10:1""".stripTrailing());
    assertThat(s.messages).hasSize(1);
    assertThat(s.damage).containsExactly(Damage.CUT_FRAME, Damage.CUT_FRAME);
    assertThat(s.problems.get(0)).startsWith("1: first line starts mid-message");
    assertThat(s.problems.get(1)).startsWith("3: last line cut short");
  }

  @Test
  void hostileLinesAreBoundedAndPrintedSafely() throws Exception {
    byte[] tail = ("\nMSG,8,1,1,4840D6,1,2019/04/07,10:15:38.000,2019/04/07,10:15:38.010,,,,,,,,,,,,0\n"
        + "MSG,1,1,1,4840D6,1,2019/04/07,10:15:31.000,2019/04/07,10:15:31.010,AB\u001b[2J\u00c3(,,,,,,,,0,0,0,0\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    Sink s = read(new java.io.SequenceInputStream(new ByteArrayInputStream("MSG,".getBytes(StandardCharsets.US_ASCII)),
        Streams.repeat((byte) ',', 10_000_000, tail)));
    assertThat(s.messages).hasSize(1);
    assertThat(s.damage).containsExactly(Damage.LINE_TOO_LONG, Damage.MALFORMED_LINE);
    assertThat(s.problems.get(1)).startsWith("3: callsign").contains("AB\\x1b[2J\\xc3(").doesNotContain("\u001b");
  }
}
