package io.tailwatch.surveillance.modes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityCodeTest {
  @Test
  void publishedIdentityFields() {
    // pyModeS tests/test_surv.py: ID field 0x0808 is squawk 1200, 0x0AA2 is 7500.
    assertThat(IdentityCode.squawk(0x0808)).isEqualTo("1200");
    assertThat(IdentityCode.squawk(0x0AA2)).isEqualTo("7500");
    assertThat(IdentityCode.squawk(0)).isEqualTo("0000");
  }

  @Test
  void everyCodeRoundTripsThroughTheBitLayout() {
    // Annex 10 Vol IV 3.1.2.6.7.1: bits C1 A1 C2 A2 C4 A4 X B1 D1 B2 D2 B4 D4; each octal digit weighted 4 2 1.
    for (int octal = 0; octal < 4096; octal++) {
      int a = octal >>> 9 & 7, b = octal >>> 6 & 7, c = octal >>> 3 & 7, d = octal & 7;
      int id = (c & 1) << 12 | (a & 1) << 11 | (c >>> 1 & 1) << 10 | (a >>> 1 & 1) << 9 | (c >>> 2 & 1) << 8
          | (a >>> 2 & 1) << 7 | (b & 1) << 5 | (d & 1) << 4 | (b >>> 1 & 1) << 3 | (d >>> 1 & 1) << 2
          | (b >>> 2 & 1) << 1 | d >>> 2 & 1;
      String expected = "" + a + b + c + d;
      assertThat(IdentityCode.squawk(id)).isEqualTo(expected);
      assertThat(IdentityCode.squawk(id | 1 << 6)).as("X bit ignored").isEqualTo(expected);
      assertThat(IdentityCode.squawk(id)).isSameAs(IdentityCode.squawk(id)); // one string per code
    }
  }
}
