package io.tailwatch.bench;

import io.tailwatch.formats.receiver.AvrFramer;
import io.tailwatch.formats.receiver.BeastFramer;
import io.tailwatch.formats.receiver.Damage;
import io.tailwatch.formats.receiver.FrameClock;
import io.tailwatch.formats.receiver.FrameSink;
import io.tailwatch.surveillance.modes.ModeSFrame;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Framing alone, no decoding: the capture rebuilt from real flights ({@link CapturedStream}) as a Beast byte stream
 * (12 MHz counters, signal levels, every 0x1A escaped) and as AVR text, read into {@link ModeSFrame}s. Baselines in
 * the same run, producing the same frames: Beast read byte by byte through a {@code DataInputStream} (what a first
 * implementation does), AVR through {@code BufferedReader.readLine} and {@code HexFormat.parseHex}. The score is
 * the time per stream; bytes per second and frames per second are printed at setup to convert it.
 *
 * <p>Run: {@code java -Dtailwatch.referenceData=../shared/data -jar bench/target/benchmarks.jar ReceiverFraming
 * -f 1 -wi 2 -i 3 -w 2s -r 2s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReceiverFramingBenchmark {
  private static final FrameClock CLOCK = ticks -> 0L;

  byte[] beast;
  byte[] avr;
  int frameCount;

  @Setup(Level.Trial)
  public void capture() throws Exception {
    CapturedStream stream = CapturedStream.fromSamples();
    ByteArrayOutputStream binary = new ByteArrayOutputStream();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < stream.frames.size(); i++) {
      byte[] f = stream.frames.get(i);
      long ticks = stream.times.get(i) * 12_000L;
      binary.write(0x1A);
      binary.write(f.length == 7 ? '2' : '3');
      byte[] body = new byte[7 + f.length];
      for (int k = 0; k < 6; k++) {
        body[k] = (byte) (ticks >>> (40 - 8 * k));
      }
      body[6] = (byte) (40 + i % 200);
      System.arraycopy(f, 0, body, 7, f.length);
      for (byte b : body) {
        binary.write(b);
        if ((b & 0xFF) == 0x1A) {
          binary.write(0x1A);
        }
      }
      text.append('@').append(String.format("%012X", ticks & 0xFFFF_FFFF_FFFFL))
          .append(HexFormat.of().withUpperCase().formatHex(f)).append(";\n");
    }
    beast = binary.toByteArray();
    avr = text.toString().getBytes(StandardCharsets.US_ASCII);
    frameCount = stream.frames.size();
    System.err.printf("%nbench: %d frames; Beast %d bytes, AVR %d bytes%n", frameCount, beast.length, avr.length);
  }

  /** Counts frames and folds a byte of each into a checksum, so that nothing is optimised away. */
  static final class Count implements FrameSink {
    long frames;
    long check;

    @Override
    public void frame(ModeSFrame frame) {
      frames++;
      check += frame.bytes()[frame.bytes().length - 1] + frame.receiverTicks();
    }

    @Override
    public void damaged(long position, Damage damage, String detail) {
      throw new IllegalStateException(detail);
    }
  }

  @Benchmark
  public long tailwatchBeast() throws IOException {
    Count sink = new Count();
    BeastFramer.read(new ByteArrayInputStream(beast), CLOCK, sink);
    return sink.check + sink.frames;
  }

  @Benchmark
  public long baselineBeastDataInputStream() throws IOException {
    Count sink = new Count();
    naiveBeast(new ByteArrayInputStream(beast), sink);
    return sink.check + sink.frames;
  }

  @Benchmark
  public long tailwatchAvr() throws IOException {
    Count sink = new Count();
    AvrFramer.read(new ByteArrayInputStream(avr), CLOCK, sink);
    return sink.check + sink.frames;
  }

  @Benchmark
  public long baselineAvrReadLine() throws IOException {
    Count sink = new Count();
    BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(avr),
        StandardCharsets.US_ASCII));
    String line;
    while ((line = in.readLine()) != null) {
      if (line.length() < 16 || line.charAt(0) != '@' || !line.endsWith(";")) {
        continue;
      }
      long ticks = Long.parseLong(line.substring(1, 13), 16);
      byte[] reply = HexFormat.of().parseHex(line, 13, line.length() - 1);
      sink.frame(new ModeSFrame(reply, CLOCK.timeMs(ticks), ticks, Double.NaN));
    }
    return sink.check + sink.frames;
  }

  /**
   * The straightforward reader: one {@code readUnsignedByte} per byte, an escape taken as the next byte, frames
   * found by their 0x1A. It has no resynchronisation worth the name; it is here for its speed only.
   */
  static void naiveBeast(InputStream raw, FrameSink sink) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
    try {
      while (true) {
        if (in.readUnsignedByte() != 0x1A) {
          continue;
        }
        int type = in.readUnsignedByte();
        int length = type == '2' ? 7 : type == '3' ? 14 : type == '1' ? 2 : -1;
        if (length < 0) {
          continue;
        }
        byte[] body = new byte[7 + length];
        for (int i = 0; i < body.length; i++) {
          int b = in.readUnsignedByte();
          if (b == 0x1A) {
            b = in.readUnsignedByte();
          }
          body[i] = (byte) b;
        }
        if (type == '1') {
          continue;
        }
        long ticks = 0;
        for (int i = 0; i < 6; i++) {
          ticks = ticks << 8 | (body[i] & 0xFF);
        }
        double signal = Math.pow((body[6] & 0xFF) / 255.0, 2);
        byte[] reply = new byte[length];
        System.arraycopy(body, 7, reply, 0, length);
        sink.frame(new ModeSFrame(reply, CLOCK.timeMs(ticks), ticks, signal));
      }
    } catch (EOFException end) {
      // the stream is over
    }
  }
}
