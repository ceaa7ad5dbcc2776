package io.tailwatch.surveillance.modes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AltitudeCodeTest {
  @Test
  void qBitCodesCount25FeetSteps() {
    // pyModeS tests/test_surv.py and test_altcode_gray.py: AC 0x1030 (Q = 1) is 25 000 ft.
    assertThat(AltitudeCode.ac13(0x1030)).isEqualTo(25000);
    assertThat(AltitudeCode.ac13(0)).isNull();
    // The 1090 MHz Riddle (J. Sun), airborne position example: the 12-bit field C38 of 8D40621D58C382D690C8AC2863A7.
    assertThat(AltitudeCode.ac12(0xC38)).isEqualTo(38000);
    // Lowest and highest Q-bit codes: -1000 ft and 50 175 ft.
    assertThat(AltitudeCode.ac13(0x10)).isEqualTo(-1000);
    assertThat(AltitudeCode.ac13(0x1FBF)).isEqualTo(2047 * 25 - 1000);
  }

  @Test
  void gillhamCodesOfPublishedExamples() {
    // pyModeS tests/test_modes.py (test_graycode_to_altitude): Gillham codes written D2 D4 A1 A2 A4 B1 B2 B4 C1 C2 C4.
    String[][] cases = {
        {"00000000010", "-1000"}, {"00000001010", "-500"}, {"00000011011", "-100"}, {"00000011010", "0"},
        {"00000011110", "100"}, {"00000010011", "600"}, {"00000110010", "1000"}, {"00001001001", "5800"},
        {"00011100100", "10300"}, {"01100011010", "32000"}, {"01110000100", "46300"}, {"01010101100", "50200"},
        {"11011110100", "73200"}, {"10000000011", "126600"}, {"10000000001", "126700"}};
    for (String[] c : cases) {
      assertThat(AltitudeCode.ac13(ac13FromGillhamBits(c[0]))).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
    }
  }

  @Test
  void gillhamCodesOfAdjacentAltitudesDifferInOneBitAndIncrease() {
    // The defining property of the Gillham code: from -1200 ft up, each 100 ft step changes exactly one of the
    // eleven code bits. Encode every step from the standard's description and check the decoder inverts it.
    int previousCode = -1;
    for (int alt = -1200; alt <= 126_700; alt += 100) {
      int code = encodeGillham(alt);
      assertThat(AltitudeCode.ac13(code)).as("altitude %d", alt).isEqualTo(alt);
      if (previousCode >= 0) {
        assertThat(Integer.bitCount(code ^ previousCode)).as("step to %d", alt).isEqualTo(1);
      }
      previousCode = code;
    }
  }

  @Test
  void invalidHundredsAreRejected() {
    // pyModeS tests/test_altcode_gray.py: C1 C2 C4 = 1 0 1 is not a Gillham state; nor are 0 0 0 and 1 1 1.
    assertThat(AltitudeCode.ac13(1 << 12 | 1 << 8)).isNull();
    assertThat(AltitudeCode.ac13(1 << 11)).isNull(); // A1 set, C bits 000
    assertThat(AltitudeCode.ac13(1 << 12 | 1 << 10 | 1 << 8 | 1 << 11)).isNull(); // C bits 111
  }

  @Test
  void metricCodesAreMetresReportedInFeet() {
    // M bit set: the 12 other bits in metres (the reading pyModeS uses); 1000 m = 3281 ft.
    int metres = 1000;
    int code = (metres & 0xFC0) << 1 | 0x40 | metres & 0x3F;
    assertThat(AltitudeCode.ac13(code)).isEqualTo(3281);
  }

  @Test
  void adsbFieldIsTheAcFieldWithoutItsMBit() {
    for (int code12 = 0; code12 < 4096; code12++) {
      int code13 = (code12 & 0xFC0) << 1 | code12 & 0x3F;
      assertThat(AltitudeCode.feet12(code12)).isEqualTo(AltitudeCode.feet13(code13));
    }
  }

  /** Places Gillham bits given as D2 D4 A1 A2 A4 B1 B2 B4 C1 C2 C4 into the AC field (C1 A1 C2 A2 C4 A4 M B1 Q B2 D2 B4 D4). */
  private static int ac13FromGillhamBits(String bits) {
    int d2 = bits.charAt(0) - '0', d4 = bits.charAt(1) - '0', a1 = bits.charAt(2) - '0', a2 = bits.charAt(3) - '0';
    int a4 = bits.charAt(4) - '0', b1 = bits.charAt(5) - '0', b2 = bits.charAt(6) - '0', b4 = bits.charAt(7) - '0';
    int c1 = bits.charAt(8) - '0', c2 = bits.charAt(9) - '0', c4 = bits.charAt(10) - '0';
    return c1 << 12 | a1 << 11 | c2 << 10 | a2 << 9 | c4 << 8 | a4 << 7 | b1 << 5 | b2 << 3 | d2 << 2 | b4 << 1 | d4;
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
    StringBuilder bits = new StringBuilder();
    for (int i = 7; i >= 0; i--) {
      bits.append(gray500 >>> i & 1);
    }
    for (int i = 2; i >= 0; i--) {
      bits.append(gray100 >>> i & 1);
    }
    return ac13FromGillhamBits(bits.toString());
  }
}
