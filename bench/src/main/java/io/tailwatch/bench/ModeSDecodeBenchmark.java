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

  @Setup(Level.Trial)
  public void capture() throws Exception {
    CapturedStream stream = CapturedStream.fromSamples();
    frames = stream.frames.toArray(new byte[0][]);
    times = stream.times.stream().mapToLong(Long::longValue).toArray();
    System.err.printf("%nbench: %d frames from the traffic samples%n", frames.length);
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
