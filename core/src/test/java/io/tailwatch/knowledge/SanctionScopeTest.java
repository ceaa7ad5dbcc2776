package io.tailwatch.knowledge;

import static io.tailwatch.knowledge.Ftm.entity;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SanctionScopeTest {
  @Test
  void aFlightBanNamesABanAndAJurisdiction() {
    assertThat(SanctionScope.isFlightBan(entity("s", "Sanction", "program=flight ban", "country=de"))).isTrue();
    assertThat(SanctionScope.isFlightBan(entity("s", "Sanction", "program=Ban", "country=fr"))).isTrue();
    assertThat(SanctionScope.isFlightBan(entity("s", "Sanction", "program=flight ban"))).isFalse();
  }

  @Test
  void programmesThatMerelyContainTheLettersAreListings() {
    assertThat(SanctionScope.isFlightBan(entity("s", "Sanction", "program=LEBANON", "country=us"))).isFalse();
    assertThat(SanctionScope.isFlightBan(entity("s", "Sanction", "program=WEST-BANK-EO14115", "country=us"))).isFalse();
  }
}
