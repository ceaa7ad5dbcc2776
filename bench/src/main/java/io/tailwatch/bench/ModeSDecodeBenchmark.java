package io.tailwatch.bench;

import io.tailwatch.surveillance.modes.DecodedMessage;
import io.tailwatch.surveillance.modes.ModeSDecoder;
import io.tailwatch.surveillance.modes.ModeSFrame;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.opensky.libadsb.Position;
import org.opensky.libadsb.msgs.AirbornePositionV0Msg;
import org.opensky.libadsb.msgs.ModeSReply;

/**
 * Decoding one captured stream (see {@link CapturedStream}) into messages and positions, with tailwatch's decoder
 * and with the GPL-3.0 baseline {@code org.opensky-network:libadsb} 3.4.0 (bench scope only, never shipped). Both
 * check parity and decode every airborne position globally or locally as they would on a live feed. The score is
 * the time per frame; messages per second is its inverse.
 *
 * <p>Run: {@code java -Dtailwatch.referenceData=../shared/data -jar bench/target/benchmarks.jar ModeSDecode -f 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ModeSDecodeBenchmark {
  byte[][] frames;
  long[] times;
  byte[] avr;
  byte[] beast;
  String[] avrLines;

  @Setup(Level.Trial)
  public void capture() throws Exception {
    CapturedStream stream = CapturedStream.fromSamples();
    frames = stream.frames.toArray(new byte[0][]);
    times = stream.times.stream().mapToLong(Long::longValue).toArray();
    System.err.printf("%nbench: %d frames from the traffic samples%n", frames.length);
    StringBuilder text = new StringBuilder();
    java.io.ByteArrayOutputStream binary = new java.io.ByteArrayOutputStream();
    avrLines = new String[frames.length];
    for (int i = 0; i < frames.length; i++) {
      avrLines[i] = java.util.HexFormat.of().withUpperCase().formatHex(frames[i]);
      text.append('*').append(avrLines[i]).append(";\n");
      binary.write(0x1A);
      binary.write(frames[i].length == 7 ? '2' : '3');
      byte[] body = new byte[7 + frames[i].length];
      long ticks = times[i] * 12_000L;
      for (int k = 0; k < 6; k++) {
        body[k] = (byte) (ticks >>> (40 - 8 * k));
      }
      body[6] = (byte) 0x80;
      System.arraycopy(frames[i], 0, body, 7, frames[i].length);
      for (byte x : body) {
        binary.write(x);
        if ((x & 0xFF) == 0x1A) {
          binary.write(0x1A);
        }
      }
    }
    avr = text.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    beast = binary.toByteArray();
  }

  /** Counts positions from a framer's output through a fresh decoder. */
  private static final class Decoding implements io.tailwatch.formats.receiver.FrameSink {
    final ModeSDecoder decoder = new ModeSDecoder();
    long positions;

    @Override
    public void frame(ModeSFrame frame) {
      DecodedMessage m = decoder.decode(frame);
      if (m != null && m.hasPosition()) {
        positions++;
      }
    }

    @Override
    public void damaged(long position, io.tailwatch.formats.receiver.Damage damage, String detail) {
      throw new IllegalStateException(detail);
    }
  }

  /** AVR text of the capture, framed and decoded: what {@code decode --format avr} does per message. */
  @Benchmark
  public long tailwatchAvr() throws java.io.IOException {
    Decoding sink = new Decoding();
    long[] clock = {0};
    io.tailwatch.formats.receiver.AvrFramer.read(new java.io.ByteArrayInputStream(avr), ticks -> clock[0] += 50, sink);
    return sink.positions;
  }

  /** Beast binary of the capture, framed and decoded. */
  @Benchmark
  public long tailwatchBeast() throws java.io.IOException {
    Decoding sink = new Decoding();
    long[] clock = {0};
    io.tailwatch.formats.receiver.BeastFramer.read(new java.io.ByteArrayInputStream(beast), ticks -> clock[0] += 50,
        sink);
    return sink.positions;
  }

  /** The baseline on AVR: each line's hex through libadsb, as a client of it would. */
  @Benchmark
  public long baselineLibadsbAvr() {
    org.opensky.libadsb.ModeSDecoder decoder = new org.opensky.libadsb.ModeSDecoder();
    long positions = 0;
    for (int i = 0; i < avrLines.length; i++) {
      try {
        ModeSReply reply = decoder.decode(avrLines[i]);
        if (org.opensky.libadsb.ModeSDecoder.isAirbornePosition(reply)) {
          Position p = decoder.decodePosition(i * 50L, (AirbornePositionV0Msg) reply, null);
          if (p != null) {
            positions++;
          }
        }
      } catch (Exception rejected) {
        // bad parity or unknown format
      }
    }
    return positions;
  }

  /** The whole stream through a fresh decoder; returns the positions found. */
  @Benchmark
  public long tailwatchDecodeStream() {
    ModeSDecoder decoder = new ModeSDecoder();
    long positions = 0;
    for (int i = 0; i < frames.length; i++) {
      DecodedMessage m = decoder.decode(new ModeSFrame(frames[i], times[i], -1, Double.NaN));
      if (m != null && m.hasPosition()) {
        positions++;
      }
    }
    return positions;
  }

  @Benchmark
  public long baselineLibadsbDecodeStream() {
    org.opensky.libadsb.ModeSDecoder decoder = new org.opensky.libadsb.ModeSDecoder();
    long positions = 0;
    for (int i = 0; i < frames.length; i++) {
      try {
        ModeSReply reply = decoder.decode(frames[i]);
        if (org.opensky.libadsb.ModeSDecoder.isAirbornePosition(reply)) {
          Position p = decoder.decodePosition(times[i], (AirbornePositionV0Msg) reply, null);
          if (p != null) {
            positions++;
          }
        }
      } catch (Exception rejected) {
        // bad parity or unknown format: counted by neither
      }
    }
    return positions;
  }
}
