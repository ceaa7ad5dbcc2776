package io.tailwatch.formats.receiver;

import static io.tailwatch.formats.receiver.Streams.beast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailwatch.surveillance.modes.ModeSFrame;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BeastFramerTest {
  static final byte[] IDENT = HexFormat.of().parseHex("8D4840D6202CC371C32CE0576098");
  static final byte[] SHORT = HexFormat.of().parseHex("5D4840D6D5A6AF");
  static final byte[] WITH_ESCAPES = HexFormat.of().parseHex("8D1A1A1A1A2CC371C32CE057601A");

  private static Collect beastRead(byte[] bytes) throws Exception {
    return beastRead(new ByteArrayInputStream(bytes));
  }

  private static Collect beastRead(InputStream in) throws Exception {
    Collect c = new Collect();
    BeastFramer.read(in, ticks -> ticks, c);
    return c;
  }

  @Test
  void framesWithEscapesInCounterSignalAndReply() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    beast(out, '3', 0x1A1A1A1A1A1AL, 0x1A, WITH_ESCAPES);
    beast(out, '2', 7, 255, SHORT);
    beast(out, '3', 0, 0, IDENT);
    Collect c = beastRead(out.toByteArray());
    assertThat(c.problems).isEmpty();
    assertThat(c.frames).hasSize(3);
    ModeSFrame first = c.frames.get(0);
    assertThat(first.bytes()).isEqualTo(WITH_ESCAPES);
    assertThat(first.receiverTicks()).isEqualTo(0x1A1A1A1A1A1AL);
    assertThat(first.signalLevel()).isCloseTo(Math.pow(0x1A / 255.0, 2), within(1e-12));
    assertThat(c.frames.get(1).bytes()).isEqualTo(SHORT);
    assertThat(c.frames.get(1).signalLevel()).isEqualTo(1.0);
    assertThat(c.frames.get(1).timeMs()).isEqualTo(7);
    assertThat(c.frames.get(2).receiverTicks()).as("zeros: no counter").isEqualTo(-1);
    assertThat(c.frames.get(2).signalLevel()).isZero();
  }

  @Test
  void modeAcAndReceiverFramesAreSkippedQuietly() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    beast(out, '1', 1, 10, new byte[] {0x12, 0x34});
    out.write(0x1A);
    out.write(0xE3); // readsb's receiver id: 8 bytes, one of them an escaped 0x1A
    Streams.escaped(out, new byte[] {1, 2, 0x1A, 4, 5, 6, 7, 8});
    out.write(0x1A);
    out.write('5'); // Radarcape position: 21 bytes
    Streams.escaped(out, new byte[21]);
    out.write(0x1A);
    out.write('4'); // Beast status
    Streams.escaped(out, new byte[] {0x1A, '3', 0, 0});
    beast(out, '3', 5, 9, IDENT);
    Collect c = beastRead(out.toByteArray());
    assertThat(c.problems).isEmpty();
    assertThat(c.frames).hasSize(1);
    assertThat(c.frames.get(0).bytes()).isEqualTo(IDENT);
    assertThat(c.ignored).containsEntry(Ignored.MODE_AC, 1).containsEntry(Ignored.RECEIVER_DATA, 3);
  }

  @Test
  void damageIsReportedWithItsOffsetAndReadingResynchronises() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    beast(out, '2', 1, 1, SHORT); // bytes 0-15
    out.write(new byte[] {0x00, 0x42, 0x1A, 0x1A, 0x33}); // 16-20: noise, an escaped 0x1A and a '3' in it
    out.write(new byte[] {0x1A, '2', 0, 0, 0}); // 21-25: a frame cut short by a lone escape ...
    beast(out, '2', 2, 2, SHORT); // 26-: ... which starts the next frame
    int unknown = out.size();
    out.write(new byte[] {0x1A, 'x', 1, 2, 3}); // an unknown type, its bytes skipped with it
    beast(out, '3', 3, 3, IDENT);
    int cut = out.size();
    out.write(new byte[] {0x1A, '3', 1, 2}); // cut by the end of the stream
    Collect c = beastRead(out.toByteArray());

    assertThat(c.frames).hasSize(3);
    assertThat(c.frames.get(1).receiverTicks()).isEqualTo(2);
    assertThat(c.frames.get(2).bytes()).isEqualTo(IDENT);
    assertThat(c.problems).containsExactly(
        "16: 5 bytes outside any frame",
        "21: frame cut short after 3 of 14 bytes by a frame start at byte 26",
        unknown + ": unknown frame type 0x78",
        cut + ": frame cut short after 2 of 21 bytes by the end of the stream");
    assertThat(c.damage).containsExactly(Damage.BYTES_BETWEEN_FRAMES, Damage.CUT_FRAME, Damage.UNKNOWN_FRAME_TYPE,
        Damage.CUT_FRAME);
  }

  @Test
  void anEscapeAtTheVeryEndIsACutFrame() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    beast(out, '2', 1, 1, SHORT);
    out.write(new byte[] {0x1A, '3', 1, 2, 3, 0x1A}); // the stream ends inside an escape
    Collect c = beastRead(out.toByteArray());
    assertThat(c.frames).hasSize(1);
    assertThat(c.problems).containsExactly("16: frame cut short after 3 of 21 bytes by the end of the stream");

    c = beastRead(new byte[] {0x1A});
    assertThat(c.problems).containsExactly("0: frame cut short by the end of the stream after its 0x1A");
  }

  @Test
  void escapedPairsInNoiseNeverStartAFrame() throws Exception {
    // 0x1A 0x1A '3' ... is data of something we are not in, not a frame start
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x07);
    out.write(new byte[] {0x1A, 0x1A, '3'});
    out.write(new byte[21]);
    beast(out, '2', 4, 4, SHORT);
    Collect c = beastRead(out.toByteArray());
    assertThat(c.frames).hasSize(1);
    assertThat(c.frames.get(0).bytes()).isEqualTo(SHORT);
    assertThat(c.problems).containsExactly("0: 25 bytes outside any frame");
  }

  @Test
  void aLongStreamReadInRandomPiecesComesOutIdentical() throws Exception {
    Random random = new Random(7);
    List<byte[]> sent = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 5_000; i++) {
      byte[] reply = new byte[random.nextBoolean() ? 7 : 14];
      random.nextBytes(reply);
      if (random.nextInt(4) == 0) {
        reply[random.nextInt(reply.length)] = 0x1A;
      }
      sent.add(reply);
      beast(out, reply.length == 7 ? '2' : '3', 1 + (random.nextLong() & 0xFFFF_FFFF_FFL), random.nextInt(256),
          reply);
    }
    Collect c = beastRead(Streams.trickle(out.toByteArray(), 11, 3));
    assertThat(c.problems).isEmpty();
    assertThat(c.frames).hasSize(sent.size());
    for (int i = 0; i < sent.size(); i++) {
      assertThat(c.frames.get(i).bytes()).isEqualTo(sent.get(i));
    }
  }

  @Test
  void eachBurstOfNoiseCostsAtMostTheFrameItHits() throws Exception {
    Random random = new Random(11);
    List<String> sent = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int bursts = 0;
    for (int i = 0; i < 2_000; i++) {
      byte[] reply = new byte[14];
      random.nextBytes(reply);
      sent.add(HexFormat.of().formatHex(reply));
      ByteArrayOutputStream frame = new ByteArrayOutputStream();
      beast(frame, '3', i + 1, 100, reply);
      byte[] f = frame.toByteArray();
      if (random.nextInt(10) == 0) {
        // noise (no 0x1A: that would be a frame start) overwrites part of the frame or lands beside it
        bursts++;
        int at = random.nextInt(f.length + 1);
        byte[] noise = new byte[1 + random.nextInt(30)];
        random.nextBytes(noise);
        for (int k = 0; k < noise.length; k++) {
          noise[k] = noise[k] == 0x1A ? 0x1B : noise[k];
        }
        out.write(f, 0, at);
        out.write(noise);
        out.write(f, at, f.length - at);
      } else {
        out.write(f);
      }
    }
    Collect c = beastRead(out.toByteArray());
    long intact = c.frames.stream().map(ModeSFrame::hex).filter(sent::contains).count();
    assertThat(intact).isGreaterThanOrEqualTo(sent.size() - bursts);
    assertThat(c.damage).isNotEmpty();
  }

  @Test
  void randomBytesNeverBreakTheFramer() throws Exception {
    byte[] noise = new byte[4 << 20];
    new Random(5).nextBytes(noise);
    Collect c = new Collect() {
      @Override
      public void damaged(long position, Damage damage, String detail) {
        this.damage.add(damage); // keep counts only: millions of problems
      }
    };
    BeastFramer.read(new ByteArrayInputStream(noise), ticks -> ticks, c);
    assertThat(c.frames).allSatisfy(f -> assertThat(f.bytes().length).isIn(7, 14));
    assertThat(c.damage.size() + c.frames.size()).isGreaterThan(0);
  }
}
