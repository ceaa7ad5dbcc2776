package io.tailwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoTest {
  @Test
  void tehranToCaracasIsAboutElevenThousandEightHundredKilometres() {
    // OIIE and SVMI reference points from OurAirports.
    double km = Geo.distanceKm(35.4161, 51.1522, 10.6022, -66.9912);
    assertThat(km).isBetween(11_700.0, 11_800.0);
  }

  @Test
  void bearingEastAlongTheEquatorIsNinety() {
    assertThat(Geo.bearing(0, 0, 0, 10)).isCloseTo(90, within(1e-9));
  }

  @Test
  void interpolationAcrossTheAntimeridianStaysOnTheShortPath() {
    GeoPoint mid = Geo.interpolate(0, 179, 0, -179, 0.5);
    assertThat(Math.abs(mid.lon())).isCloseTo(180, within(1e-6));
  }

  @Test
  void headingDifferenceWrapsAroundNorth() {
    assertThat(Geo.headingDifference(350, 10)).isEqualTo(20);
  }
}
