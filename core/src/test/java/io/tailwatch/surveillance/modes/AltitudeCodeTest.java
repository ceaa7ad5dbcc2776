package io.tailwatch.surveillance.modes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AltitudeCodeTest {
  @Test
  void qBitCodesCount25FeetSteps() {
    assertThat(AltitudeCode.ac13(0x1030)).isEqualTo(25000); // [P] test_surv.py
    assertThat(AltitudeCode.ac13(0)).isNull();
    assertThat(AltitudeCode.ac12(0xC38)).isEqualTo(38000); // [R] the 12-bit field of 8D40621D58C382D690C8AC2863A7
  }

  @Test
  void gillhamCodesOfAdjacentAltitudesDifferInOneBitAndIncrease() {
    // The defining property of the Gillham code: from -1200 ft up, each 100 ft step changes exactly one of the
    // eleven code bits. Encode every step from the standard's description and check the decoder inverts it.
    Integer previousCode = null;
    for (int alt = -1200; alt <= 126_700; alt += 100) {
      int code = encodeGillham(alt);
      assertThat(AltitudeCode.ac13(code)).as("altitude %d", alt).isEqualTo(alt);
      if (previousCode != null) {
        assertThat(Integer.bitCount(code ^ previousCode)).as("step to %d", alt).isEqualTo(1);
      }
      previousCode = code;
    }
  }

  @Test
  void invalidHundredsAreRejected() {
    // C1 C2 C4 = 0 0 0 or 1 0 1 are not Gillham codes; M bit set (metric) is not decoded.
    assertThat(AltitudeCode.ac13(1 << 12 | 1 << 8)).isNull();
    assertThat(AltitudeCode.ac13(0x40 | 0x1000)).isNull();
  }

  /** Gillham encoding as the standard describes it: Gray code of the 500s, 5-cycle of the 100s, reflected if odd. */
  private static int encodeGillham(int altitude) {
    int steps = (altitude + 1200) / 100; // 0 at -1200 ft
    int n500 = steps / 5;
    int n100 = steps % 5 + 1; // 1..5
    if ((n500 & 1) != 0) {
      n100 = 6 - n100;
    }
    int gray500 = n500 ^ (n500 >>> 1);
    int gray100 = switch (n100) {
      case 1 -> 0b001;
      case 2 -> 0b011;
      case 3 -> 0b010;
      case 4 -> 0b110;
      default -> 0b100;
    };
    int d2 = gray500 >>> 7 & 1, d4 = gray500 >>> 6 & 1, a1 = gray500 >>> 5 & 1, a2 = gray500 >>> 4 & 1;
    int a4 = gray500 >>> 3 & 1, b1 = gray500 >>> 2 & 1, b2 = gray500 >>> 1 & 1, b4 = gray500 & 1;
    int c1 = gray100 >>> 2 & 1, c2 = gray100 >>> 1 & 1, c4 = gray100 & 1;
    return c1 << 12 | a1 << 11 | c2 << 10 | a2 << 9 | c4 << 8 | a4 << 7 | b1 << 5 | b2 << 3 | d2 << 2 | b4 << 1 | d4;
  }
}
