package io.tailwatch.surveillance.modes;

/**
 * Reads the 56-bit ME field of ADS-B messages (DF17/18) that need no memory of earlier messages: identification,
 * velocity, surface movement, aircraft status, target state and operational status. Field positions are ME bit
 * numbers, 1 to 56, as ICAO Doc 9871 and DO-260B number them; {@code me} holds ME bit 1 in its bit 55.
 */
final class AdsbFields {
  private static final char INVALID = '#';
  /** The 6-bit character set of identification (Annex 10 Vol IV, Table 3-9): letters, space, digits. */
  private static final char[] CHARSET =
      "#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######".toCharArray();
  private static final String[] EMERGENCIES = {null, "general", "medical", "minimum fuel", "no communications",
      "unlawful interference", "downed aircraft", "reserved"};
  private static final String[][] CATEGORIES = new String[5][8];

  static {
    for (int tc = 1; tc <= 4; tc++) {
      for (int ca = 1; ca < 8; ca++) {
        CATEGORIES[tc][ca] = (char) ('A' + 4 - tc) + Integer.toString(ca); // TC 4 is set A ... TC 1 set D
      }
    }
  }

  private AdsbFields() {}

  /** ME bits {@code first} to {@code last}, inclusive. */
  static int field(long me, int first, int last) {
    return (int) (me >>> (56 - last)) & ((1 << (last - first + 1)) - 1);
  }

  static int bit(long me, int n) {
    return (int) (me >>> (56 - n)) & 1;
  }

  /** The 48 bits of the eight identification characters (ME 9-56). */
  static long callsignBits(long me) {
    return me & 0xFFFF_FFFF_FFFFL;
  }

  /**
   * The callsign in identification bits, trailing spaces removed; null when blank or when a character lies outside
   * the set (a transponder sending those is misconfigured, and a wrong callsign misattributes a flight).
   */
  static String callsign(long bits) {
    char[] chars = new char[8];
    int length = 0;
    for (int i = 0; i < 8; i++) {
      char c = CHARSET[(int) (bits >>> (42 - 6 * i)) & 0x3F];
      if (c == INVALID) {
        return null;
      }
      chars[i] = c;
      if (c != ' ') {
        length = i + 1;
      }
    }
    return length == 0 ? null : new String(chars, 0, length);
  }

  /** Emitter category of an identification message ("A3"), or null for "no category information". */
  static String category(int typeCode, long me) {
    return CATEGORIES[typeCode][field(me, 6, 8)];
  }

  /** Airborne velocity (TC 19), subtypes 1-2 over ground and 3-4 through the air. */
  static void velocity(long me, DecodedMessage.Builder m) {
    int subtype = field(me, 6, 8);
    if (subtype < 1 || subtype > 4) {
      return; // 0 and 5-7 are reserved
    }
    int supersonic = subtype == 2 || subtype == 4 ? 4 : 1;
    if (subtype <= 2) {
      int ew = field(me, 15, 24);
      int ns = field(me, 26, 35);
      if (ew != 0 && ns != 0) { // 0: no information
        double east = (bit(me, 14) == 1 ? -1 : 1) * (ew - 1) * supersonic;
        double north = (bit(me, 25) == 1 ? -1 : 1) * (ns - 1) * supersonic;
        m.groundSpeedKt(Math.sqrt(east * east + north * north));
        double track = Math.toDegrees(Math.atan2(east, north));
        m.trackDeg(track < 0 ? track + 360 : track);
      }
    } else {
      if (bit(me, 14) == 1) { // heading status: the heading is only meaningful when set
        m.headingDeg(field(me, 15, 24) * (360.0 / 1024));
      }
      int airspeed = field(me, 26, 35);
      if (airspeed != 0) {
        m.airspeed((airspeed - 1) * supersonic, bit(me, 25) == 1 ? "TAS" : "IAS");
      }
    }
    int rate = field(me, 38, 46);
    if (rate != 0) {
      m.verticalRateFtMin((bit(me, 37) == 1 ? -1 : 1) * (rate - 1) * 64);
      m.verticalRateGeometric(bit(me, 36) == 0 ? Boolean.TRUE : Boolean.FALSE); // source: 0 GNSS, 1 baro
    }
    int difference = field(me, 50, 56);
    if (difference != 0) {
      m.geoMinusBaroFt((bit(me, 49) == 1 ? -1 : 1) * (difference - 1) * 25);
    }
  }

  /** Ground speed from the movement field of a surface position (ME 6-12), knots; NaN when not available. */
  static double surfaceSpeed(int movement) {
    if (movement == 0 || movement > 124) {
      return Double.NaN; // 0: no information; 125-127 reserved
    }
    if (movement == 1) {
      return 0.0; // stopped
    }
    if (movement <= 8) {
      return 0.125 * (movement - 1);
    }
    if (movement <= 12) {
      return 1 + 0.25 * (movement - 9);
    }
    if (movement <= 38) {
      return 2 + 0.5 * (movement - 13);
    }
    if (movement <= 93) {
      return 15.0 + (movement - 39);
    }
    if (movement <= 108) {
      return 70.0 + 2 * (movement - 94);
    }
    if (movement <= 123) {
      return 100.0 + 5 * (movement - 109);
    }
    return 175.0; // 175 kt or more
  }

  /** Surface movement and ground track of a surface position (TC 5-8). */
  static void surfaceMovement(long me, DecodedMessage.Builder m) {
    double speed = surfaceSpeed(field(me, 6, 12));
    if (!Double.isNaN(speed)) {
      m.groundSpeedKt(speed);
    }
    if (bit(me, 13) == 1) { // track status
      m.trackDeg(field(me, 14, 20) * (360.0 / 128));
    }
  }

  /** Aircraft status (TC 28): subtype 1 carries the emergency state and the Mode A code. */
  static void aircraftStatus(long me, DecodedMessage.Builder m) {
    if (field(me, 6, 8) == 1) {
      m.emergency(EMERGENCIES[field(me, 9, 11)]).squawk(IdentityCode.squawk(field(me, 12, 24)));
    }
  }

  /** Target state and status (TC 29, subtype 1 of DO-260B): what the autopilot is set to. */
  static void targetState(long me, DecodedMessage.Builder m) {
    if (field(me, 6, 7) != 1) {
      return; // subtype 0 (DO-260A) has another layout and is rare
    }
    int altitude = field(me, 10, 20);
    if (altitude != 0) {
      m.selectedAltitude((altitude - 1) * 32, bit(me, 9) == 1 ? "FMS" : "MCP/FCU");
    }
    int pressure = field(me, 21, 29);
    if (pressure != 0) {
      m.baroSettingHpa(800 + (pressure - 1) * 0.8);
    }
    if (bit(me, 30) == 1) {
      m.selectedHeadingDeg(field(me, 31, 39) * (180.0 / 256)); // sign bit and 8 bits: 0-360 in 180/256° steps
    }
    m.nacP(field(me, 40, 43));
  }

  /** Operational status (TC 31): the ADS-B version and the position accuracy it declares. */
  static void operationalStatus(long me, DecodedMessage.Builder m) {
    int version = field(me, 41, 43);
    m.adsbVersion(version);
    if (version > 0) { // version 0 transponders have no NACp here
      m.nacP(field(me, 45, 48));
    }
  }
}
