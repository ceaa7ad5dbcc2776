package io.tailwatch.cli;

import io.tailwatch.formats.receiver.ReceiverFormat;
import io.tailwatch.surveillance.modes.DecodedMessage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailwatch decode --format avr|beast|sbs FILE|tcp://HOST:PORT}: prints what a receiver's messages say. */
@Command(name = "decode", mixinStandardHelpOptions = true,
    description = "Decode Mode S / ADS-B from a receiver's output (file or tcp://HOST:PORT) and print each message.")
final class DecodeCommand implements Callable<Integer> {
  @Option(names = "--format", required = true, description = "avr (port 30002), beast (30005) or sbs (30003).")
  String format;

  @Option(names = "--json", description = "One JSON object per message.")
  boolean json;

  @Option(names = "--receiver", paramLabel = "LAT,LON", split = ",",
      description = "The receiver's position: the reference for surface positions.")
  double[] receiver;

  @Option(names = "--max-connections", hidden = true, defaultValue = "0")
  int maxConnections;

  @Parameters(paramLabel = "FILE|tcp://HOST:PORT")
  String source;

  @Override
  public Integer call() throws Exception {
    ReceiverSource input = new ReceiverSource(source, receiverFormat(format), receiver == null ? Double.NaN
        : receiver[0], receiver == null ? Double.NaN : receiver[1]);
    input.read(m -> {
      if (m.hasPosition()) {
        input.countPosition();
      }
      if (json) {
        JsonOut.line(json(m));
      } else {
        System.out.println(text(m));
      }
    }, maxConnections, () -> { });
    Progress.log(input.counts());
    return 0;
  }

  static ReceiverFormat receiverFormat(String name) throws UserException {
    try {
      return ReceiverFormat.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserException("unknown receiver format '" + name + "': avr, beast or sbs");
    }
  }

  /** The JSON shape of a message: the fields it carries, in the receivers' units. */
  static Map<String, Object> json(DecodedMessage m) {
    Map<String, Object> o = new LinkedHashMap<>();
    putIf(o, "raw", m.raw());
    o.put("icao24", m.icao24Hex());
    if (m.downlinkFormat() >= 0) {
      o.put("df", m.downlinkFormat());
    }
    putIf(o, "tc", m.typeCode());
    o.put("time", Instant.ofEpochMilli(m.timeMs()).toString());
    putIf(o, "callsign", m.callsign());
    putIf(o, "altitude", m.altitudeFt());
    if (Boolean.TRUE.equals(m.altitudeGeometric())) {
      o.put("altitude_type", "gnss");
    }
    putIf(o, "lat", m.lat() == null ? null : Math.round(m.lat() * 1e6) / 1e6);
    putIf(o, "lon", m.lon() == null ? null : Math.round(m.lon() * 1e6) / 1e6);
    putIf(o, "groundspeed", m.groundSpeedKt() == null ? null : Math.round(m.groundSpeedKt() * 10) / 10.0);
    putIf(o, "track", m.trackDeg() == null ? null : Math.round(m.trackDeg() * 100) / 100.0);
    putIf(o, "vertical_rate", m.verticalRateFtMin());
    putIf(o, "airspeed", m.airspeedKt());
    putIf(o, "airspeed_type", m.airspeedType());
    putIf(o, "heading", m.headingDeg() == null ? null : Math.round(m.headingDeg() * 100) / 100.0);
    putIf(o, "squawk", m.squawk());
    putIf(o, "emergency", m.emergency());
    putIf(o, "adsb_version", m.adsbVersion());
    putIf(o, "on_ground", m.onGround());
    return o;
  }

  private static void putIf(Map<String, Object> o, String key, Object value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  private static String text(DecodedMessage m) {
    StringBuilder sb = new StringBuilder();
    sb.append(Instant.ofEpochMilli(m.timeMs())).append("  ").append(m.icao24Hex());
    if (m.downlinkFormat() >= 0) {
      sb.append("  DF").append(m.downlinkFormat());
    }
    if (m.typeCode() != null) {
      sb.append(" TC").append(m.typeCode());
    }
    json(m).forEach((k, v) -> {
      if (!k.equals("raw") && !k.equals("icao24") && !k.equals("df") && !k.equals("tc") && !k.equals("time")) {
        sb.append("  ").append(k).append('=').append(v);
      }
    });
    return sb.toString();
  }
}
