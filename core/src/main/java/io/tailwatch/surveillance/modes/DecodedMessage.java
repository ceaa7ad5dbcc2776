package io.tailwatch.surveillance.modes;

import io.tailwatch.surveillance.Icao24;
import java.util.HexFormat;

/**
 * What one surveillance message said, in the units receivers and pilots use (feet, knots, feet per minute,
 * degrees). Fields a message does not carry are null. Built by the Mode S decoder and by the SBS-1 reader
 * alike, so that both feed the same pipeline.
 *
 * <p>Numbers are held unboxed (absent = NaN or {@link #NO_INT}) and boxed only when read, and the raw frame is
 * turned into hex only when asked for: a decoder producing millions of messages a second allocates one object per
 * message, and a consumer pays only for the fields it reads.
 */
public final class DecodedMessage {
  /** Marks an absent integer field inside the message; never returned by an accessor. */
  static final int NO_INT = Integer.MIN_VALUE;

  private final String raw;
  private final byte[] rawBytes;
  private final int icao24;
  private final int downlinkFormat;
  private final int typeCode;
  private final long timeMs;
  private final String callsign;
  private final String category;
  private final int altitudeFt;
  private final Boolean altitudeGeometric;
  private final double lat;
  private final double lon;
  private final double groundSpeedKt;
  private final double trackDeg;
  private final int verticalRateFtMin;
  private final Boolean verticalRateGeometric;
  private final int geoMinusBaroFt;
  private final String squawk;
  private final Boolean onGround;
  private final Boolean alert;
  private final Boolean spi;
  private final int airspeedKt;
  private final String airspeedType;
  private final double headingDeg;
  private final String emergency;
  private final int adsbVersion;
  private final int nucP;
  private final int nacP;
  private final int selectedAltitudeFt;
  private final String selectedAltitudeSource;
  private final double baroSettingHpa;
  private final double selectedHeadingDeg;

  private DecodedMessage(Builder b) {
    this.raw = b.raw;
    this.rawBytes = b.rawBytes;
    this.icao24 = b.icao24;
    this.downlinkFormat = b.downlinkFormat;
    this.typeCode = b.typeCode;
    this.timeMs = b.timeMs;
    this.callsign = b.callsign;
    this.category = b.category;
    this.altitudeFt = b.altitudeFt;
    this.altitudeGeometric = b.altitudeGeometric;
    this.lat = b.lat;
    this.lon = b.lon;
    this.groundSpeedKt = b.groundSpeedKt;
    this.trackDeg = b.trackDeg;
    this.verticalRateFtMin = b.verticalRateFtMin;
    this.verticalRateGeometric = b.verticalRateGeometric;
    this.geoMinusBaroFt = b.geoMinusBaroFt;
    this.squawk = b.squawk;
    this.onGround = b.onGround;
    this.alert = b.alert;
    this.spi = b.spi;
    this.airspeedKt = b.airspeedKt;
    this.airspeedType = b.airspeedType;
    this.headingDeg = b.headingDeg;
    this.emergency = b.emergency;
    this.adsbVersion = b.adsbVersion;
    this.nucP = b.nucP;
    this.nacP = b.nacP;
    this.selectedAltitudeFt = b.selectedAltitudeFt;
    this.selectedAltitudeSource = b.selectedAltitudeSource;
    this.baroSettingHpa = b.baroSettingHpa;
    this.selectedHeadingDeg = b.selectedHeadingDeg;
  }

  public static Builder builder(int icao24, long timeMs) {
    return new Builder(icao24, timeMs);
  }

  /** The frame as lowercase hex, or null when the input was not a raw frame (SBS-1). */
  public String raw() {
    return raw != null ? raw : rawBytes == null ? null : HexFormat.of().formatHex(rawBytes);
  }

  public int icao24() { return icao24; }
  public String icao24Hex() { return Icao24.format(icao24); }
  /** Downlink format, or -1 when unknown (SBS-1). */
  public int downlinkFormat() { return downlinkFormat; }
  /** ADS-B type code (DF17/18), else null. */
  public Integer typeCode() { return boxed(typeCode); }
  public long timeMs() { return timeMs; }
  public String callsign() { return callsign; }
  /** ADS-B emitter category ("A1" light ... "A5" heavy, "A7" rotorcraft, "B2" balloon, ...), else null. */
  public String category() { return category; }
  public Integer altitudeFt() { return boxed(altitudeFt); }
  /** True when the altitude is GNSS height rather than barometric. */
  public Boolean altitudeGeometric() { return altitudeGeometric; }
  public Double lat() { return boxed(lat); }
  public Double lon() { return boxed(lon); }
  public Double groundSpeedKt() { return boxed(groundSpeedKt); }
  public Double trackDeg() { return boxed(trackDeg); }
  public Integer verticalRateFtMin() { return boxed(verticalRateFtMin); }
  /** True when the vertical rate comes from GNSS, false when barometric, null when not carried. */
  public Boolean verticalRateGeometric() { return verticalRateGeometric; }
  /** GNSS height minus barometric altitude, feet (airborne velocity), else null. */
  public Integer geoMinusBaroFt() { return boxed(geoMinusBaroFt); }
  public String squawk() { return squawk; }
  public Boolean onGround() { return onGround; }
  /** Alert: the squawk changed, or (ADS-B) an emergency; from the flight status or surveillance status. */
  public Boolean alert() { return alert; }
  /** Special position identification ("ident" pressed). */
  public Boolean spi() { return spi; }
  /** Indicated or true airspeed (see {@link #airspeedType}), knots. */
  public Integer airspeedKt() { return boxed(airspeedKt); }
  /** "IAS" or "TAS". */
  public String airspeedType() { return airspeedType; }
  /** Magnetic heading, degrees (airborne velocity subtypes 3 and 4). */
  public Double headingDeg() { return boxed(headingDeg); }
  /** Emergency state of TC 28 ("general", "medical", "minimum fuel", "no communications", "unlawful interference", "downed aircraft"). */
  public String emergency() { return emergency; }
  /** ADS-B version from the operational status message (0, 1 or 2). */
  public Integer adsbVersion() { return boxed(adsbVersion); }
  /** Navigation uncertainty category of a position (version 0 reading of its type code, 0-9), else null. */
  public Integer nucP() { return boxed(nucP); }
  /** Navigation accuracy category of position (0-11) from operational status or target state, else null. */
  public Integer nacP() { return boxed(nacP); }
  /** Altitude selected on the autopilot (MCP/FCU) or FMS, feet (target state, TC 29). */
  public Integer selectedAltitudeFt() { return boxed(selectedAltitudeFt); }
  /** "MCP/FCU" or "FMS". */
  public String selectedAltitudeSource() { return selectedAltitudeSource; }
  /** Barometric pressure setting (QNH/QFE), hPa (target state, TC 29). */
  public Double baroSettingHpa() { return boxed(baroSettingHpa); }
  /** Heading selected on the autopilot, degrees (target state, TC 29). */
  public Double selectedHeadingDeg() { return boxed(selectedHeadingDeg); }

  public boolean hasPosition() {
    return !Double.isNaN(lat) && !Double.isNaN(lon);
  }

  private static Integer boxed(int v) {
    return v == NO_INT ? null : v;
  }

  private static Double boxed(double v) {
    return Double.isNaN(v) ? null : v;
  }

  /**
   * Fills a builder; every setter accepts null for "not carried". The primitive overloads let a decoder fill it
   * without boxing. A builder may be reused ({@link #reset}) once {@link #build} has copied it.
   */
  public static final class Builder {
    private int icao24;
    private long timeMs;
    private String raw;
    private byte[] rawBytes;
    private int downlinkFormat;
    private int typeCode;
    private String callsign;
    private String category;
    private int altitudeFt;
    private Boolean altitudeGeometric;
    private double lat;
    private double lon;
    private double groundSpeedKt;
    private double trackDeg;
    private int verticalRateFtMin;
    private Boolean verticalRateGeometric;
    private int geoMinusBaroFt;
    private String squawk;
    private Boolean onGround;
    private Boolean alert;
    private Boolean spi;
    private int airspeedKt;
    private String airspeedType;
    private double headingDeg;
    private String emergency;
    private int adsbVersion;
    private int nucP;
    private int nacP;
    private int selectedAltitudeFt;
    private String selectedAltitudeSource;
    private double baroSettingHpa;
    private double selectedHeadingDeg;

    private Builder(int icao24, long timeMs) {
      reset(icao24, timeMs);
    }

    /** Empties the builder for the next message. */
    Builder reset(int icao24, long timeMs) {
      this.icao24 = icao24;
      this.timeMs = timeMs;
      raw = null;
      rawBytes = null;
      downlinkFormat = -1;
      typeCode = NO_INT;
      callsign = null;
      category = null;
      altitudeFt = NO_INT;
      altitudeGeometric = null;
      lat = Double.NaN;
      lon = Double.NaN;
      groundSpeedKt = Double.NaN;
      trackDeg = Double.NaN;
      verticalRateFtMin = NO_INT;
      verticalRateGeometric = null;
      geoMinusBaroFt = NO_INT;
      squawk = null;
      onGround = null;
      alert = null;
      spi = null;
      airspeedKt = NO_INT;
      airspeedType = null;
      headingDeg = Double.NaN;
      emergency = null;
      adsbVersion = NO_INT;
      nucP = NO_INT;
      nacP = NO_INT;
      selectedAltitudeFt = NO_INT;
      selectedAltitudeSource = null;
      baroSettingHpa = Double.NaN;
      selectedHeadingDeg = Double.NaN;
      return this;
    }

    public Builder raw(String v) { raw = v; return this; }
    /** The frame itself, turned into hex only if {@link DecodedMessage#raw()} is read; must not change later. */
    public Builder rawBytes(byte[] v) { rawBytes = v; return this; }
    public Builder downlinkFormat(int v) { downlinkFormat = v; return this; }
    public Builder typeCode(Integer v) { typeCode = v == null ? NO_INT : v; return this; }
    public Builder typeCode(int v) { typeCode = v; return this; }
    public Builder callsign(String v) { callsign = v; return this; }
    public Builder category(String v) { category = v; return this; }
    public Builder altitudeFt(Integer v) { altitudeFt = v == null ? NO_INT : v; return this; }
    public Builder altitudeFt(int v) { altitudeFt = v; return this; }
    public Builder altitudeGeometric(Boolean v) { altitudeGeometric = v; return this; }
    public Builder position(Double latitude, Double longitude) {
      lat = latitude == null ? Double.NaN : latitude;
      lon = longitude == null ? Double.NaN : longitude;
      return this;
    }
    public Builder position(double latitude, double longitude) { lat = latitude; lon = longitude; return this; }
    public Builder groundSpeedKt(Double v) { groundSpeedKt = v == null ? Double.NaN : v; return this; }
    public Builder groundSpeedKt(double v) { groundSpeedKt = v; return this; }
    public Builder trackDeg(Double v) { trackDeg = v == null ? Double.NaN : v; return this; }
    public Builder trackDeg(double v) { trackDeg = v; return this; }
    public Builder verticalRateFtMin(Integer v) { verticalRateFtMin = v == null ? NO_INT : v; return this; }
    public Builder verticalRateFtMin(int v) { verticalRateFtMin = v; return this; }
    public Builder verticalRateGeometric(Boolean v) { verticalRateGeometric = v; return this; }
    public Builder geoMinusBaroFt(Integer v) { geoMinusBaroFt = v == null ? NO_INT : v; return this; }
    public Builder geoMinusBaroFt(int v) { geoMinusBaroFt = v; return this; }
    public Builder squawk(String v) { squawk = v; return this; }
    public Builder onGround(Boolean v) { onGround = v; return this; }
    public Builder alert(Boolean v) { alert = v; return this; }
    public Builder spi(Boolean v) { spi = v; return this; }
    public Builder airspeed(Integer knots, String type) {
      airspeedKt = knots == null ? NO_INT : knots;
      airspeedType = type;
      return this;
    }
    public Builder airspeed(int knots, String type) { airspeedKt = knots; airspeedType = type; return this; }
    public Builder headingDeg(Double v) { headingDeg = v == null ? Double.NaN : v; return this; }
    public Builder headingDeg(double v) { headingDeg = v; return this; }
    public Builder emergency(String v) { emergency = v; return this; }
    public Builder adsbVersion(Integer v) { adsbVersion = v == null ? NO_INT : v; return this; }
    public Builder nucP(Integer v) { nucP = v == null ? NO_INT : v; return this; }
    public Builder nacP(Integer v) { nacP = v == null ? NO_INT : v; return this; }
    public Builder selectedAltitude(Integer feet, String source) {
      selectedAltitudeFt = feet == null ? NO_INT : feet;
      selectedAltitudeSource = source;
      return this;
    }
    public Builder selectedAltitude(int feet, String source) {
      selectedAltitudeFt = feet;
      selectedAltitudeSource = source;
      return this;
    }
    public Builder baroSettingHpa(Double v) { baroSettingHpa = v == null ? Double.NaN : v; return this; }
    public Builder baroSettingHpa(double v) { baroSettingHpa = v; return this; }
    public Builder selectedHeadingDeg(Double v) { selectedHeadingDeg = v == null ? Double.NaN : v; return this; }
    public Builder selectedHeadingDeg(double v) { selectedHeadingDeg = v; return this; }

    public DecodedMessage build() {
      return new DecodedMessage(this);
    }
  }
}
