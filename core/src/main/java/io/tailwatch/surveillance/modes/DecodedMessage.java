package io.tailwatch.surveillance.modes;

import io.tailwatch.surveillance.Icao24;

/**
 * What one surveillance message said, in the units receivers and pilots use (feet, knots, feet per minute,
 * degrees). Fields a message does not carry are null. Built by the Mode S decoder and by the SBS-1 reader
 * alike, so that both feed the same pipeline.
 */
public final class DecodedMessage {
  private final byte[] rawBytes;
  private String raw;
  private final int icao24;
  private final int downlinkFormat;
  private final Integer typeCode;
  private final long timeMs;
  private final String callsign;
  private final Integer altitudeFt;
  private final Boolean altitudeGeometric;
  private final Double lat;
  private final Double lon;
  private final Double groundSpeedKt;
  private final Double trackDeg;
  private final Integer verticalRateFtMin;
  private final String squawk;
  private final Boolean onGround;
  private final Integer airspeedKt;
  private final String airspeedType;
  private final Double headingDeg;
  private final String emergency;
  private final Integer adsbVersion;

  private DecodedMessage(Builder b) {
    this.raw = b.raw;
    this.rawBytes = b.rawBytes;
    this.icao24 = b.icao24;
    this.downlinkFormat = b.downlinkFormat;
    this.typeCode = b.typeCode;
    this.timeMs = b.timeMs;
    this.callsign = b.callsign;
    this.altitudeFt = b.altitudeFt;
    this.altitudeGeometric = b.altitudeGeometric;
    this.lat = b.lat;
    this.lon = b.lon;
    this.groundSpeedKt = b.groundSpeedKt;
    this.trackDeg = b.trackDeg;
    this.verticalRateFtMin = b.verticalRateFtMin;
    this.squawk = b.squawk;
    this.onGround = b.onGround;
    this.airspeedKt = b.airspeedKt;
    this.airspeedType = b.airspeedType;
    this.headingDeg = b.headingDeg;
    this.emergency = b.emergency;
    this.adsbVersion = b.adsbVersion;
  }

  public static Builder builder(int icao24, long timeMs) {
    return new Builder(icao24, timeMs);
  }

  /** The frame as lowercase hex, or null when the input was not a raw frame (SBS-1). */
  public String raw() {
    if (raw == null && rawBytes != null) {
      raw = java.util.HexFormat.of().formatHex(rawBytes); // on demand: most consumers never ask
    }
    return raw;
  }
  public int icao24() { return icao24; }
  public String icao24Hex() { return Icao24.format(icao24); }
  /** Downlink format, or -1 when unknown (SBS-1). */
  public int downlinkFormat() { return downlinkFormat; }
  /** ADS-B type code (DF17/18), else null. */
  public Integer typeCode() { return typeCode; }
  public long timeMs() { return timeMs; }
  public String callsign() { return callsign; }
  public Integer altitudeFt() { return altitudeFt; }
  /** True when the altitude is GNSS height rather than barometric. */
  public Boolean altitudeGeometric() { return altitudeGeometric; }
  public Double lat() { return lat; }
  public Double lon() { return lon; }
  public Double groundSpeedKt() { return groundSpeedKt; }
  public Double trackDeg() { return trackDeg; }
  public Integer verticalRateFtMin() { return verticalRateFtMin; }
  public String squawk() { return squawk; }
  public Boolean onGround() { return onGround; }
  /** Indicated or true airspeed (see {@link #airspeedType}), knots. */
  public Integer airspeedKt() { return airspeedKt; }
  /** "IAS" or "TAS". */
  public String airspeedType() { return airspeedType; }
  /** Magnetic heading, degrees (airborne velocity subtypes 3 and 4). */
  public Double headingDeg() { return headingDeg; }
  /** Emergency state of TC 28 ("general", "medical", "minimum fuel", "no communications", "unlawful interference", "downed aircraft"). */
  public String emergency() { return emergency; }
  /** ADS-B version from the operational status message (0, 1 or 2). */
  public Integer adsbVersion() { return adsbVersion; }

  public boolean hasPosition() {
    return lat != null && lon != null;
  }

  /** Fills a builder; every setter accepts null for "not carried". */
  public static final class Builder {
    private final int icao24;
    private final long timeMs;
    private String raw;
    private byte[] rawBytes;
    private int downlinkFormat = -1;
    private Integer typeCode;
    private String callsign;
    private Integer altitudeFt;
    private Boolean altitudeGeometric;
    private Double lat;
    private Double lon;
    private Double groundSpeedKt;
    private Double trackDeg;
    private Integer verticalRateFtMin;
    private String squawk;
    private Boolean onGround;
    private Integer airspeedKt;
    private String airspeedType;
    private Double headingDeg;
    private String emergency;
    private Integer adsbVersion;

    private Builder(int icao24, long timeMs) {
      this.icao24 = icao24;
      this.timeMs = timeMs;
    }

    public Builder raw(String v) { raw = v; return this; }
    /** The frame's bytes, turned into hex only when asked for; the array must not change afterwards. */
    public Builder rawBytes(byte[] v) { rawBytes = v; raw = null; return this; }
    public Builder downlinkFormat(int v) { downlinkFormat = v; return this; }
    public Builder typeCode(Integer v) { typeCode = v; return this; }
    public Builder callsign(String v) { callsign = v; return this; }
    public Builder altitudeFt(Integer v) { altitudeFt = v; return this; }
    public Builder altitudeGeometric(Boolean v) { altitudeGeometric = v; return this; }
    public Builder position(Double latitude, Double longitude) { lat = latitude; lon = longitude; return this; }
    public Builder groundSpeedKt(Double v) { groundSpeedKt = v; return this; }
    public Builder trackDeg(Double v) { trackDeg = v; return this; }
    public Builder verticalRateFtMin(Integer v) { verticalRateFtMin = v; return this; }
    public Builder squawk(String v) { squawk = v; return this; }
    public Builder onGround(Boolean v) { onGround = v; return this; }
    public Builder airspeed(Integer knots, String type) { airspeedKt = knots; airspeedType = type; return this; }
    public Builder headingDeg(Double v) { headingDeg = v; return this; }
    public Builder emergency(String v) { emergency = v; return this; }
    public Builder adsbVersion(Integer v) { adsbVersion = v; return this; }

    public DecodedMessage build() {
      return new DecodedMessage(this);
    }
  }
}
