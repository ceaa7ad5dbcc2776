package io.tailwatch.flights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AirportIndexTest {
  // Two fields 4 km apart: one with an east-west runway, one with a north-south runway.
  static final Airport EAST_WEST = new Airport("AAEW", "medium_airport", "East-West", 10.0, 20.0, 0, "XX", null, null,
      List.of(new Runway("09", "27", 10.0, 19.985, 10.0, 20.015, 90, 9000, false)));
  static final Airport NORTH_SOUTH = new Airport("AANS", "large_airport", "North-South", 10.0, 20.036, 0, "XX", null,
      null, List.of(new Runway("18", "36", 10.015, 20.036, 9.985, 20.036, 180, 9000, false)));
  static final AirportIndex INDEX = new AirportIndex(List.of(EAST_WEST, NORTH_SOUTH));

  @Test
  void aLandingAlongARunwayIsAttributedToItsAirportEvenWhenAnotherIsAsClose() {
    // Half-way between the two reference points, but flying east along the 09/27 centreline.
    assertThat(INDEX.match(10.0, 20.018, 90)).map(Airport::ident).contains("AAEW");
    // Same spot flying south: the north-south runway fits.
    assertThat(INDEX.match(10.0, 20.030, 180)).map(Airport::ident).contains("AANS");
  }

  @Test
  void nothingMatchesFarFromAnyAirport() {
    assertThat(INDEX.match(11.0, 20.0, 90)).isEmpty();
  }

  @Test
  void findsByIdent() {
    assertThat(INDEX.findByIdent("AANS")).contains(NORTH_SOUTH);
    assertThat(INDEX.findByIdent(null)).isEmpty();
  }
}
