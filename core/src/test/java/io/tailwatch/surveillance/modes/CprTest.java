package io.tailwatch.surveillance.modes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * CPR against published examples and as round trips over the whole globe. Sources (facts only):
 * [R] J. Sun, "The 1090 Megahertz Riddle", mode-s.org, airborne position chapter;
 * [P] pyModeS tests/test_cpr.py (github.com/junzis/pyModeS), real messages with decoded positions;
 * [D] RTCA DO-260B appendix A.1.7 / ICAO Doc 9871: the NL transition latitudes and the encoding.
 */
class CprTest {
  private final double[] out = new double[2];

  @Test
  void longitudeZonesFollowTheStandardsTable() {
    // [D] NL 59 up to 10.47047130°, NL 2 up to exactly 87°, 1 beyond; [P] NL(45) = 42, NL(80) = 10.
    assertThat(Cpr.nl(0)).isEqualTo(59);
    assertThat(Cpr.nl(10.4704712)).isEqualTo(59);
    assertThat(Cpr.nl(10.4704714)).isEqualTo(58);
    assertThat(Cpr.nl(45.0)).isEqualTo(42);
    assertThat(Cpr.nl(-52.2572)).isEqualTo(36);
    assertThat(Cpr.nl(80.0)).isEqualTo(10);
    assertThat(Cpr.nl(86.53536997)).isEqualTo(3);
    assertThat(Cpr.nl(86.53536999)).isEqualTo(2);
    assertThat(Cpr.nl(87.0)).isEqualTo(2);
    assertThat(Cpr.nl(-87.0)).isEqualTo(2);
    assertThat(Cpr.nl(87.0000001)).isEqualTo(1);
    assertThat(Cpr.nl(90)).isEqualTo(1);
  }

  @Test
  void longitudeZoneTableAgreesWithTheFormulaEverywhere() {
    // [D] NL = floor(2π / acos(1 - (1 - cos(π / 30)) / cos²(lat))), computed here directly.
    SplittableRandom random = new SplittableRandom(59);
    for (int n = 0; n < 200_000; n++) {
      double lat = random.nextDouble(-86.9999, 86.9999);
      double a = 1 - Math.cos(Math.PI / 30);
      double c = Math.cos(Math.toRadians(lat));
      int expected = (int) Math.floor(2 * Math.PI / Math.acos(1 - a / (c * c)));
      assertThat(Cpr.nl(lat)).as("lat %s", lat).isEqualTo(expected);
    }
  }

  @Test
  void airbornePairOfTheRiddle() {
    // [R] odd at t = 1457996400, even at t = 1457996402, the even newer: 52.2572 N 3.91937 E.
    int[] even = cpr("8D40621D58C382D690C8AC2863A7");
    int[] odd = cpr("8D40621D58C386435CC412692AD6");
    assertThat(Cpr.airborne(even[0], even[1], odd[0], odd[1], false, out)).isTrue();
    assertThat(out[0]).isCloseTo(52.2572, within(1e-4));
    assertThat(out[1]).isCloseTo(3.91937, within(1e-4));
  }

  @Test
  void airbornePairOfPyModeS() {
    // [P] 8D40058B58C901375147EFD09357 (even) and 8D40058B58C904A87F402D3B8C59 (odd).
    int[] even = cpr("8D40058B58C901375147EFD09357");
    int[] odd = cpr("8D40058B58C904A87F402D3B8C59");
    assertThat(Cpr.airborne(even[0], even[1], odd[0], odd[1], true, out)).isTrue();
    assertThat(out[0]).isCloseTo(49.81755, within(1e-3));
    assertThat(out[1]).isCloseTo(6.08442, within(1e-3));
    assertThat(Cpr.airborne(even[0], even[1], odd[0], odd[1], false, out)).isTrue();
    assertThat(out[0]).isCloseTo(49.82410, within(1e-3));
    assertThat(out[1]).isCloseTo(6.06785, within(1e-3));
  }

  @Test
  void aPairStraddlingALatitudeZoneGivesNothing() {
    // [P] airborne CPR lat 8192 (even) / 114688 (odd): 66.38° (NL 23) against 66.36° (NL 24).
    assertThat(Cpr.airborne(8192, 0, 114688, 0, false, out)).isFalse();
    // [P] surface CPR lat 28672 / 122880 with a reference at 50 N: 25.828° (NL 54) against 25.837° (NL 53).
    assertThat(Cpr.surface(28672, 0, 122880, 0, false, 50.0, 0.0, out)).isFalse();
  }

  @Test
  void localDecodingAgainstAReference() {
    // [P] each frame of the pair above against 49.0 N 6.0 E.
    int[] even = cpr("8D40058B58C901375147EFD09357");
    assertThat(Cpr.local(even[0], even[1], false, false, 49.0, 6.0, out)).isTrue();
    assertThat(out[0]).isCloseTo(49.82410, within(1e-3));
    assertThat(out[1]).isCloseTo(6.06785, within(1e-3));
    int[] odd = cpr("8D40058B58C904A87F402D3B8C59");
    assertThat(Cpr.local(odd[0], odd[1], true, false, 49.0, 6.0, out)).isTrue();
    assertThat(out[0]).isCloseTo(49.81755, within(1e-3));
    assertThat(out[1]).isCloseTo(6.08442, within(1e-3));
    // [P] "numerical challenge": a reference on a zone boundary (5 zones of 360/59°, 7.2 * 5 + 3e-15).
    int[] edge = cpr("8D06A15358BF17FF7D4A84B47B95");
    assertThat(Cpr.local(edge[0], edge[1], edge[2] == 1, false, 30.508474576271183, 7.2 * 5.0 + 3e-15, out))
        .isTrue();
    assertThat(out[0]).isCloseTo(30.50540, within(1e-3));
    assertThat(out[1]).isCloseTo(33.44787, within(1e-3));
  }

  @Test
  void surfacePairsTakeTheQuadrantAndHemisphereOfTheReference() {
    // [P] a real DF18 surface pair on a taxiway at Toulouse-Blagnac (LFBO), reference 43.63 N 1.37 E.
    int[] even = cpr("903a23ff426a38565950432ebf95");
    int[] odd = cpr("903a23ff426a4e65f7487a775d17");
    assertThat(Cpr.surface(even[0], even[1], odd[0], odd[1], true, 43.63, 1.37, out)).isTrue();
    assertThat(out[0]).isCloseTo(43.62646, within(1e-3));
    assertThat(out[1]).isCloseTo(1.37476, within(1e-3));
    assertThat(Cpr.surface(even[0], even[1], odd[0], odd[1], false, 43.63, 1.37, out)).isTrue();
    assertThat(out[0]).isCloseTo(43.62648, within(1e-3));
    assertThat(out[1]).isCloseTo(1.37462, within(1e-3));
    // [P] the same pair resolved against references elsewhere: south of the equator, 180° and 90° east.
    assertThat(Cpr.surface(even[0], even[1], odd[0], odd[1], true, -43.5, 1.37, out)).isTrue();
    assertThat(out[0]).isCloseTo(-46.37354, within(1e-3));
    assertThat(out[1]).isCloseTo(1.44350, within(1e-3));
    assertThat(Cpr.surface(even[0], even[1], odd[0], odd[1], true, 43.63, -178.63, out)).isTrue();
    assertThat(out[1]).isCloseTo(-178.62524, within(1e-3));
    assertThat(Cpr.surface(even[0], even[1], odd[0], odd[1], true, 43.63, 91.37, out)).isTrue();
    assertThat(out[1]).isCloseTo(91.37476, within(1e-3));
    // [P] local decoding of the odd frame against the airport.
    assertThat(Cpr.local(odd[0], odd[1], true, true, 43.63, 1.37, out)).isTrue();
    assertThat(out[0]).isCloseTo(43.62646, within(1e-3));
    assertThat(out[1]).isCloseTo(1.37476, within(1e-3));
  }

  @Test
  void surfacePairAtSaoPaulo() {
    // [P] (from pyModeS v2's test_bds_inference): a pair at São Paulo-Guarulhos, odd newer, within 0.05° of the
    // airport reference -23.4265448, -46.4816258.
    int[] even = cpr("8FE48C033A9FA184B934E744C6FD");
    int[] odd = cpr("8FE48C033A9FA68F7C3D39B1C2F0");
    assertThat(Cpr.surface(even[0], even[1], odd[0], odd[1], true, -23.4265448, -46.4816258, out)).isTrue();
    assertThat(out[0]).isCloseTo(-23.4265448, within(0.05));
    assertThat(out[1]).isCloseTo(-46.4816258, within(0.05));
  }

  @Test
  void airborneRoundTripsOverTheWholeGlobe() {
    SplittableRandom random = new SplittableRandom(1090);
    int decoded = 0;
    int total = 0;
    for (int n = 0; n < 100_000; n++) {
      double lat = n % 10 == 0 ? random.nextDouble(80, 90) * (n % 20 == 0 ? 1 : -1) : random.nextDouble(-90, 90);
      double lon = random.nextDouble(-180, 180);
      total++;
      if (roundTrip(lat, lon, false, lat + random.nextDouble(-1, 1), lon + random.nextDouble(-1, 1))) {
        decoded++;
      }
    }
    assertThat(decoded).isGreaterThan(total * 99 / 100);
  }

  @Test
  void roundTripsAtThePolesTheAntimeridianAndEveryZoneBoundary() {
    double[] lons = {-180, -179.99999, 179.99999, 0, -0.00001, 90, -90, 45.5};
    for (double lon : lons) {
      for (double lat : new double[] {90, -90, 89.99999, -89.99999, 87, -87, 0, 0.00001, -0.00001}) {
        roundTrip(lat, lon, false, lat, lon);
        roundTrip(lat, lon, true, lat, lon);
      }
      for (int nl = 2; nl <= 59; nl++) {
        double transition = transition(nl);
        for (double offset : new double[] {-1e-3, -1e-6, 0, 1e-6, 1e-3}) {
          roundTrip(transition + offset, lon, false, transition, lon);
          roundTrip(-transition - offset, lon, false, -transition, lon);
          roundTrip(transition + offset, lon, true, transition, lon);
        }
      }
    }
  }

  @Test
  void surfaceRoundTripsWithANearbyReference() {
    SplittableRandom random = new SplittableRandom(90);
    int decoded = 0;
    for (int n = 0; n < 50_000; n++) {
      double lat = n % 10 == 0 ? random.nextDouble(85, 90) * (n % 20 == 0 ? 1 : -1) : random.nextDouble(-90, 90);
      double lon = random.nextDouble(-180, 180);
      // A reference within about 50 km, as a receiver's or the aircraft's own last position would be.
      if (roundTrip(lat, lon, true, lat + random.nextDouble(-0.5, 0.5), lon + random.nextDouble(-0.5, 0.5))) {
        decoded++;
      }
    }
    assertThat(decoded).isGreaterThan(49_000);
  }

  @Test
  void surfacePairsResolveAgainstAFarReference() {
    // Global surface decoding only needs the reference on the right quarter of the globe.
    SplittableRandom random = new SplittableRandom(45);
    for (int n = 0; n < 20_000; n++) {
      double lat = random.nextDouble(-89, 89);
      double lon = random.nextDouble(-180, 180);
      double refLat = Math.max(-90, Math.min(90, lat + random.nextDouble(-30, 30)));
      double refLon = lon + random.nextDouble(-40, 40);
      int[] even = Cpr.encode(lat, lon, false, true);
      int[] odd = Cpr.encode(lat, lon, true, true);
      if (Cpr.surface(even[0], even[1], odd[0], odd[1], n % 2 == 0, refLat, refLon, out)) {
        assertPosition(lat, lon, 90, 90.0 / 59 / 131072 + 1e-9, n % 2 == 0);
      } else {
        assertThat(distanceToNearestTransition(lat)).isLessThan(1e-3);
      }
    }
  }

  /**
   * Encodes a place as an even and an odd frame and decodes them globally (both orders) and locally. A global
   * decode may only fail within a hair of a zone boundary; whatever decodes must come back within the resolution.
   */
  private boolean roundTrip(double lat, double lon, boolean surface, double refLat, double refLon) {
    refLat = Math.max(-90, Math.min(90, refLat));
    int[] even = Cpr.encode(lat, lon, false, surface);
    int[] odd = Cpr.encode(lat, lon, true, surface);
    double span = surface ? 90 : 360;
    double latTolerance = span / 59 / 131072 + 1e-9;
    boolean all = true;
    for (boolean oddNewer : new boolean[] {false, true}) {
      boolean found = surface
          ? Cpr.surface(even[0], even[1], odd[0], odd[1], oddNewer, refLat, refLon, out)
          : Cpr.airborne(even[0], even[1], odd[0], odd[1], oddNewer, out);
      if (!found) {
        assertThat(distanceToNearestTransition(lat)).as("no answer at %s,%s", lat, lon).isLessThan(1e-3);
        all = false;
        continue;
      }
      assertPosition(lat, lon, span, latTolerance, oddNewer);
      int[] frame = oddNewer ? odd : even;
      assertThat(Cpr.local(frame[0], frame[1], oddNewer, surface, refLat, refLon, out)).isTrue();
      assertPosition(lat, lon, span, latTolerance, oddNewer);
    }
    return all;
  }

  private void assertPosition(double lat, double lon, double span, double latTolerance, boolean odd) {
    String where = lat + "," + lon;
    assertThat(out[0]).as("lat of %s", where).isCloseTo(lat, within(latTolerance));
    assertThat(out[1]).as("lon of %s in range", where).isBetween(-180.0, 180.0);
    if (Math.abs(lat) < 89.999) { // at the pole every longitude is the same place
      int zones = Math.max(Cpr.nl(out[0]) - (odd ? 1 : 0), 1);
      double lonTolerance = span / zones / 131072 + 1e-9;
      double error = Math.abs(((out[1] - lon) % 360 + 540) % 360 - 180);
      assertThat(error).as("lon of %s", where).isLessThan(lonTolerance);
    }
  }

  private static double transition(int nl) {
    if (nl == 2) {
      return 87.0;
    }
    double a = 1 - Math.cos(Math.PI / 30);
    double b = 1 - Math.cos(2 * Math.PI / nl);
    return Math.toDegrees(Math.acos(Math.sqrt(a / b)));
  }

  private static double distanceToNearestTransition(double lat) {
    double best = Double.MAX_VALUE;
    for (int nl = 2; nl <= 59; nl++) {
      best = Math.min(best, Math.abs(Math.abs(lat) - transition(nl)));
    }
    return best;
  }

  /** Encoded latitude, longitude and format (0 even, 1 odd) of a DF17/18 position. */
  private static int[] cpr(String hex) {
    byte[] b = HexFormat.of().parseHex(hex);
    long me = 0;
    for (int i = 4; i < 11; i++) {
      me = me << 8 | (b[i] & 0xFF);
    }
    return new int[] {AdsbFields.field(me, 23, 39), AdsbFields.field(me, 40, 56), AdsbFields.bit(me, 22)};
  }
}
