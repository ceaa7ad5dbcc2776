package io.tailwatch.bench;

import io.tailwatch.surveillance.modes.DecodedMessage;
import io.tailwatch.surveillance.modes.ModeSDecoder;
import io.tailwatch.surveillance.modes.ModeSFrame;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.opensky.libadsb.Position;
import org.opensky.libadsb.msgs.AirbornePositionV0Msg;
import org.opensky.libadsb.msgs.AirspeedHeadingMsg;
import org.opensky.libadsb.msgs.AllCallReply;
import org.opensky.libadsb.msgs.AltitudeReply;
import org.opensky.libadsb.msgs.CommBAltitudeReply;
import org.opensky.libadsb.msgs.CommBIdentifyReply;
import org.opensky.libadsb.msgs.EmergencyOrPriorityStatusMsg;
import org.opensky.libadsb.msgs.IdentificationMsg;
import org.opensky.libadsb.msgs.IdentifyReply;
import org.opensky.libadsb.msgs.ModeSReply;
import org.opensky.libadsb.msgs.ShortACAS;
import org.opensky.libadsb.msgs.SurfacePositionV0Msg;
import org.opensky.libadsb.msgs.TargetStateAndStatusMsg;
import org.opensky.libadsb.msgs.VelocityOverGroundMsg;

/**
 * Full Mode S decoding of what a receiver under radar coverage hears ({@link RecordedTraffic}: real OpenSky flights,
 * some fifty aircraft in view, ADS-B of every type plus DF0/4/5/11/20/21 replies and damaged frames): parity,
 * address recovery and trust, every field, CPR positions with per-aircraft state. tailwatch's {@link ModeSDecoder}
 * against the baseline, OpenSky's libadsb 3.4.0 (GPL-3.0, benchmark only), given the same frames and asked for the
 * same values. One operation is one frame, so the score is messages per second on one core. When the stream runs
 * out, both start over with a fresh decoder, as a new feed would. ({@link ModeSDecodeBenchmark} measures the
 * simpler capture of positions, velocities and identifications, with framing.)
 *
 * <p>Allocation per frame: add {@code -prof gc} (gc.alloc.rate.norm). The {@code refused} benchmark decodes only
 * frames tailwatch refuses (bad parity, untrusted addresses), which should allocate nothing.
 *
 * <p>Run: {@code java -Dtailwatch.referenceData=../shared/data -jar bench/target/benchmarks.jar ModeSFullDecode -f 1
 * -wi 2 -i 3 -w 2s -r 2s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModeSFullDecodeBenchmark {
  @Param("400000")
  int frames;

  ModeSFrame[] stream;
  byte[][] raw;
  ModeSFrame[] refusedOnly;
  int next;
  ModeSDecoder ours;
  org.opensky.libadsb.ModeSDecoder theirs;

  @Setup(Level.Trial)
  public void buildStream() throws Exception {
    List<ModeSFrame> all = RecordedTraffic.frames(frames, 1090);
    stream = all.toArray(new ModeSFrame[0]);
    raw = new byte[stream.length][];
    for (int i = 0; i < stream.length; i++) {
      raw[i] = stream[i].bytes().clone();
    }
    ModeSDecoder census = new ModeSDecoder();
    List<ModeSFrame> refused = new java.util.ArrayList<>();
    for (ModeSFrame f : stream) {
      if (census.decode(f) == null) {
        refused.add(f);
      }
    }
    refusedOnly = refused.toArray(new ModeSFrame[0]);
    long seconds = (stream[stream.length - 1].timeMs() - stream[0].timeMs()) / 1000;
    System.err.printf("%nbench: %d frames over %d s (%d/s), %s%n", stream.length, seconds,
        stream.length / Math.max(1, seconds), census.stats());
    ours = new ModeSDecoder();
    theirs = new org.opensky.libadsb.ModeSDecoder();
  }

  @Benchmark
  public DecodedMessage tailwatch() {
    if (next == stream.length) {
      next = 0;
      ours = new ModeSDecoder();
    }
    return ours.decode(stream[next++]);
  }

  @Benchmark
  public DecodedMessage refused() {
    if (next >= refusedOnly.length) {
      next = 0;
    }
    return ours.decode(refusedOnly[next++]);
  }

  @Benchmark
  public void libadsb(Blackhole bh) {
    if (next == raw.length) {
      next = 0;
      theirs = new org.opensky.libadsb.ModeSDecoder();
    }
    int i = next++;
    try {
      ModeSReply reply = theirs.decode(raw[i]);
      int df = reply.getDownlinkFormat();
      if ((df == 11 || df == 17 || df == 18) && !reply.checkParity()) {
        return; // libadsb leaves the parity check to its caller
      }
      bh.consume(reply.getTransponderAddress());
      consumeFields(reply, stream[i].timeMs(), bh);
    } catch (Exception e) {
      bh.consume(e); // libadsb reports unknown or malformed replies by exception
    }
  }

  /** The values tailwatch's message carries, read from libadsb's message classes. */
  private void consumeFields(ModeSReply reply, long timeMs, Blackhole bh) {
    if (reply instanceof AirbornePositionV0Msg p) {
      bh.consume(p.getAltitude());
      Position position = theirs.decodePosition(timeMs, p, null);
      if (position != null) {
        bh.consume(position.getLatitude());
        bh.consume(position.getLongitude());
      }
    } else if (reply instanceof SurfacePositionV0Msg p) {
      bh.consume(p.getGroundSpeed());
      bh.consume(p.getHeading());
      bh.consume(theirs.decodePosition(timeMs, p, null));
    } else if (reply instanceof VelocityOverGroundMsg v) {
      bh.consume(v.getVelocity());
      bh.consume(v.getHeading());
      bh.consume(v.getVerticalRate());
      bh.consume(v.getGeoMinusBaro());
    } else if (reply instanceof AirspeedHeadingMsg v) {
      bh.consume(v.getAirspeed());
      bh.consume(v.getHeading());
      bh.consume(v.getVerticalRate());
    } else if (reply instanceof IdentificationMsg m) {
      bh.consume(new String(m.getIdentity()));
      bh.consume(m.getEmitterCategory());
    } else if (reply instanceof EmergencyOrPriorityStatusMsg m) {
      bh.consume(m.getEmergencyStateText());
      bh.consume(m.getModeACode());
    } else if (reply instanceof TargetStateAndStatusMsg m) {
      bh.consume(m.getSelectedAltitude());
      bh.consume(m.getBarometricPressureSetting());
      bh.consume(m.getSelectedHeading());
    } else if (reply instanceof AltitudeReply m) {
      bh.consume(m.getAltitude());
      bh.consume(m.isOnGround());
    } else if (reply instanceof IdentifyReply m) {
      bh.consume(m.getIdentity());
      bh.consume(m.isOnGround());
    } else if (reply instanceof CommBAltitudeReply m) {
      bh.consume(m.getAltitude());
    } else if (reply instanceof CommBIdentifyReply m) {
      bh.consume(m.getIdentity());
    } else if (reply instanceof ShortACAS m) {
      bh.consume(m.getAltitude());
    } else if (reply instanceof AllCallReply m) {
      bh.consume(m.isOnGround());
    }
    bh.consume(theirs.getAdsbVersion(reply));
  }
}
