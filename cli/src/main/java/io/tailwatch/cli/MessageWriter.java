package io.tailwatch.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.tailwatch.surveillance.modes.DecodedMessage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Prints decoded messages, one per line: JSON objects written field by field with Jackson's streaming generator
 * (no map or tree per message), or text for people. Output is buffered; {@link #flush()} pushes it out (a live feed
 * flushes on every tick, so lines appear within a second).
 *
 * <p>The JSON fields, named as the issue asks: {@code raw} (hex), {@code icao24}, {@code df}, {@code tc}, {@code
 * time} (ISO-8601 UTC), {@code callsign}, {@code altitude} (ft), {@code lat}, {@code lon}, {@code groundspeed}
 * (kt), {@code track} (deg), {@code vertical_rate} (ft/min), {@code squawk}, {@code on_ground}; then what else the
 * message carries: {@code altitude_type} ("gnss" when not barometric), {@code airspeed} and {@code airspeed_type},
 * {@code heading}, {@code emergency}, {@code adsb_version}, {@code category} (emitter, e.g. A3), {@code alert},
 * {@code spi}, {@code vertical_rate_type}, {@code gnss_minus_baro} (ft), {@code nuc_p}, {@code nac_p}, and the
 * target state: {@code selected_altitude} (ft) with its {@code selected_altitude_source}, {@code baro_setting_hpa},
 * {@code selected_heading}. Absent fields are left out.
 */
final class MessageWriter {
  private final Writer out;
  private final JsonGenerator json;

  MessageWriter(PrintStream stdout, boolean asJson) {
    this.out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
    try {
      this.json = asJson ? new JsonFactory().createGenerator(out).setRootValueSeparator(null) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(DecodedMessage m) {
    try {
      if (json != null) {
        writeJson(m);
      } else {
        out.write(text(m));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void flush() {
    try {
      if (json != null) {
        json.flush();
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeJson(DecodedMessage m) throws IOException {
    JsonGenerator g = json;
    g.writeStartObject();
    String raw = m.raw();
    if (raw != null) {
      g.writeStringField("raw", raw);
    }
    g.writeStringField("icao24", m.icao24Hex());
    if (m.downlinkFormat() >= 0) {
      g.writeNumberField("df", m.downlinkFormat());
    }
    Integer tc = m.typeCode();
    if (tc != null) {
      g.writeNumberField("tc", tc);
    }
    g.writeStringField("time", Instant.ofEpochMilli(m.timeMs()).toString());
    if (m.callsign() != null) {
      g.writeStringField("callsign", m.callsign());
    }
    Integer altitude = m.altitudeFt();
    if (altitude != null) {
      g.writeNumberField("altitude", altitude);
    }
    if (m.hasPosition()) {
      g.writeNumberField("lat", round(m.lat(), 1e6));
      g.writeNumberField("lon", round(m.lon(), 1e6));
    }
    Double speed = m.groundSpeedKt();
    if (speed != null) {
      g.writeNumberField("groundspeed", round(speed, 10));
    }
    Double track = m.trackDeg();
    if (track != null) {
      g.writeNumberField("track", round(track, 100));
    }
    Integer rate = m.verticalRateFtMin();
    if (rate != null) {
      g.writeNumberField("vertical_rate", rate);
    }
    if (m.squawk() != null) {
      g.writeStringField("squawk", m.squawk());
    }
    if (m.onGround() != null) {
      g.writeBooleanField("on_ground", m.onGround());
    }
    if (altitude != null && Boolean.TRUE.equals(m.altitudeGeometric())) {
      g.writeStringField("altitude_type", "gnss");
    }
    Integer airspeed = m.airspeedKt();
    if (airspeed != null) {
      g.writeNumberField("airspeed", airspeed);
      if (m.airspeedType() != null) {
        g.writeStringField("airspeed_type", m.airspeedType());
      }
    }
    Double heading = m.headingDeg();
    if (heading != null) {
      g.writeNumberField("heading", round(heading, 100));
    }
    if (m.emergency() != null) {
      g.writeStringField("emergency", m.emergency());
    }
    Integer version = m.adsbVersion();
    if (version != null) {
      g.writeNumberField("adsb_version", version);
    }
    if (m.category() != null) {
      g.writeStringField("category", m.category());
    }
    if (m.alert() != null) {
      g.writeBooleanField("alert", m.alert());
    }
    if (m.spi() != null) {
      g.writeBooleanField("spi", m.spi());
    }
    if (rate != null && m.verticalRateGeometric() != null) {
      g.writeStringField("vertical_rate_type", m.verticalRateGeometric() ? "gnss" : "baro");
    }
    writeNumber(g, "gnss_minus_baro", m.geoMinusBaroFt());
    writeNumber(g, "nuc_p", m.nucP());
    writeNumber(g, "nac_p", m.nacP());
    writeNumber(g, "selected_altitude", m.selectedAltitudeFt());
    if (m.selectedAltitudeSource() != null) {
      g.writeStringField("selected_altitude_source", m.selectedAltitudeSource());
    }
    Double qnh = m.baroSettingHpa();
    if (qnh != null) {
      g.writeNumberField("baro_setting_hpa", round(qnh, 10));
    }
    Double selectedHeading = m.selectedHeadingDeg();
    if (selectedHeading != null) {
      g.writeNumberField("selected_heading", round(selectedHeading, 100));
    }
    g.writeEndObject();
    g.writeRaw('\n');
  }

  private static void writeNumber(JsonGenerator g, String name, Integer value) throws IOException {
    if (value != null) {
      g.writeNumberField(name, value);
    }
  }

  /** One line for people: time, address, format and type code, then the fields the message carries. */
  static String text(DecodedMessage m) {
    StringBuilder sb = new StringBuilder(120);
    sb.append(Instant.ofEpochMilli(m.timeMs())).append("  ").append(m.icao24Hex());
    if (m.downlinkFormat() >= 0) {
      sb.append("  DF").append(m.downlinkFormat());
    }
    if (m.typeCode() != null) {
      sb.append(" TC").append(m.typeCode());
    }
    field(sb, "callsign", m.callsign());
    field(sb, "altitude", m.altitudeFt() == null ? null
        : m.altitudeFt() + " ft" + (Boolean.TRUE.equals(m.altitudeGeometric()) ? " gnss" : ""));
    if (m.hasPosition()) {
      field(sb, "position", round(m.lat(), 1e6) + "," + round(m.lon(), 1e6));
    }
    field(sb, "groundspeed", m.groundSpeedKt() == null ? null : round(m.groundSpeedKt(), 10) + " kt");
    field(sb, "track", m.trackDeg() == null ? null : round(m.trackDeg(), 100) + "°");
    field(sb, "vertical_rate", m.verticalRateFtMin() == null ? null : m.verticalRateFtMin() + " ft/min");
    field(sb, "airspeed", m.airspeedKt() == null ? null : m.airspeedKt() + " kt " + m.airspeedType());
    field(sb, "heading", m.headingDeg() == null ? null : round(m.headingDeg(), 100) + "°");
    field(sb, "squawk", m.squawk());
    field(sb, "emergency", m.emergency());
    field(sb, "on_ground", m.onGround());
    return sb.toString();
  }

  private static void field(StringBuilder sb, String name, Object value) {
    if (value != null) {
      sb.append("  ").append(name).append('=').append(value);
    }
  }

  private static double round(double v, double scale) {
    return Math.round(v * scale) / scale;
  }
}
