package io.tailwatch.surveillance.modes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CprTest {
  @Test
  void longitudeZonesFollowTheStandardsTable() {
    // DO-260B Table A-21: NL 59 up to 10.47047130 deg, NL 2 up to 87 deg, 1 at the poles.
    assertThat(Cpr.nl(0)).isEqualTo(59);
    assertThat(Cpr.nl(10.47)).isEqualTo(59);
    assertThat(Cpr.nl(10.48)).isEqualTo(58);
    assertThat(Cpr.nl(-52.2572)).isEqualTo(36);
    assertThat(Cpr.nl(86.9)).isEqualTo(2);
    assertThat(Cpr.nl(87.1)).isEqualTo(1);
  }

  @Test
  void encodedPairsDecodeBackWithinTheResolutionAnywhereOnEarth() {
    SplittableRandom random = new SplittableRandom(1090);
    int decoded = 0;
    for (int n = 0; n < 20_000; n++) {
      double lat = random.nextDouble(-86, 86);
      double lon = random.nextDouble(-180, 180);
      int[] even = Cpr.encodeAirborne(lat, lon, false);
      int[] odd = Cpr.encodeAirborne(lat, lon, true);
      double[] p = Cpr.airborne(even[0], even[1], odd[0], odd[1], n % 2 == 0);
      if (p == null) {
        continue; // at a zone boundary the standard gives no answer
      }
      decoded++;
      assertThat(p[0]).as("lat of %s,%s", lat, lon).isCloseTo(lat, within(1e-3));
      assertThat(Math.abs(((p[1] - lon) % 360 + 540) % 360 - 180)).as("lon of %s,%s", lat, lon).isLessThan(1e-3);
      double[] local = Cpr.local(even[0], even[1], false, false, lat + 0.8, lon - 0.8);
      assertThat(local[0]).isCloseTo(lat, within(1e-3));
    }
    assertThat(decoded).isGreaterThan(19_500);
  }

  @Test
  void acrossTheAntimeridianLongitudeStaysInRange() {
    int[] even = Cpr.encodeAirborne(-16.5, 179.999, false);
    int[] odd = Cpr.encodeAirborne(-16.5, 179.999, true);
    double[] p = Cpr.airborne(even[0], even[1], odd[0], odd[1], true);
    assertThat(p[1]).isBetween(-180.0, 180.0);
    assertThat(Math.abs(Math.abs(p[1]) - 179.999)).isLessThan(1e-3);
  }

  @Test
  void nearThePolesAndOnZoneBoundariesEitherTheRightPositionOrNone() {
    SplittableRandom random = new SplittableRandom(59);
    int decoded = 0;
    for (int n = 0; n < 20_000; n++) {
      double lat;
      if (n % 2 == 0) {
        lat = (n % 4 == 0 ? 1 : -1) * random.nextDouble(86, 89.999);
      } else {
        double boundary = boundaryLatitude(2 + random.nextInt(58));
        lat = (n % 3 == 0 ? -1 : 1) * (boundary + random.nextDouble(-0.01, 0.01));
      }
      double lon = random.nextDouble(-180, 180);
      int[] even = Cpr.encodeAirborne(lat, lon, false);
      int[] odd = Cpr.encodeAirborne(lat, lon, true);
      double[] p = Cpr.airborne(even[0], even[1], odd[0], odd[1], n % 5 == 0);
      if (p == null) {
        continue;
      }
      decoded++;
      assertThat(p[0]).as("lat of %s,%s", lat, lon).isCloseTo(lat, within(1e-3));
      double dLon = Math.abs(((p[1] - lon) % 360 + 540) % 360 - 180);
      // Near the poles a longitude zone is hundreds of km wide but a degree of longitude is short: compare metres.
      assertThat(dLon * Math.cos(Math.toRadians(lat)) * 111_320).as("lon of %s,%s", lat, lon).isLessThan(50);
    }
    assertThat(decoded).isGreaterThan(15_000);
  }

  /** The latitude at which the number of longitude zones drops below {@code nl}. */
  private static double boundaryLatitude(int nl) {
    double a = 1 - Math.cos(Math.PI / 30);
    double b = 1 - Math.cos(2 * Math.PI / nl);
    return Math.toDegrees(Math.acos(Math.sqrt(a / b)));
  }
}
