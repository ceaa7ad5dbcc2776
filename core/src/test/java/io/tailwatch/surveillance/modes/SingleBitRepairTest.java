package io.tailwatch.surveillance.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SingleBitRepairTest {
  @Test
  void cleanReferenceMessagesHaveZeroSyndrome() {
    // The 1090 MHz Riddle (J. Sun): identification, positions and velocity examples, all DF17 with valid parity.
    for (String hex : new String[] {"8D4840D6202CC371C32CE0576098", "8D40621D58C382D690C8AC2863A7",
        "8D40621D58C386435CC412692AD6", "8D485020994409940838175B284F", "8DA05F219B06B6AF189400CBC33F"}) {
      assertThat(Crc24.syndrome(HexFormat.of().parseHex(hex))).as(hex).isZero();
    }
  }

  @Test
  void tableDrivenCheckEqualsTheBitwiseDivision() {
    // The check as Annex 10 defines it: the remainder of the data (times x^24) divided by the generator, bit by bit.
    java.util.SplittableRandom random = new java.util.SplittableRandom(24);
    for (int n = 0; n < 2_000; n++) {
      byte[] data = new byte[n % 2 == 0 ? 4 : 11];
      random.nextBytes(data);
      int remainder = 0;
      for (byte value : data) {
        for (int bit = 7; bit >= 0; bit--) {
          boolean top = ((remainder >>> 23) & 1) != ((value >>> bit) & 1);
          remainder = (remainder << 1) & 0xFFFFFF;
          if (top) {
            remainder ^= 0xFFF409;
          }
        }
      }
      assertThat(Crc24.checksum(data, data.length)).isEqualTo(remainder);
    }
  }

  @Test
  void everySingleBitErrorIsFoundInEveryPosition() {
    byte[] clean = HexFormat.of().parseHex("8D4840D6202CC371C32CE0576098");
    for (int bit = 6; bit <= 112; bit++) {
      byte[] broken = clean.clone();
      broken[(bit - 1) >>> 3] ^= (byte) (0x80 >>> ((bit - 1) & 7));
      int found = SingleBitRepair.wrongBit(Crc24.syndrome(broken));
      assertThat(found).isEqualTo(bit);
      assertThat(SingleBitRepair.repaired(broken, found)).isEqualTo(clean);
    }
    assertThat(SingleBitRepair.wrongBit(0)).isEqualTo(-1);
  }

  @Test
  void noTwoBitErrorLooksLikeAOneBitError() {
    // Otherwise a repair could turn a two-bit error into a three-bit one and pass it as clean.
    Map<Integer, Integer> single = new HashMap<>();
    for (int bit = 1; bit <= 112; bit++) {
      assertThat(single.put(syndromeOf(bit), bit)).as("bit %d", bit).isNull();
    }
    for (int first = 1; first <= 112; first++) {
      for (int second = first + 1; second <= 112; second++) {
        int syndrome = syndromeOf(first) ^ syndromeOf(second);
        assertThat(single).as("bits %d and %d", first, second).doesNotContainKey(syndrome);
      }
    }
  }

  private static int syndromeOf(int bit) {
    byte[] frame = new byte[14];
    frame[(bit - 1) >>> 3] = (byte) (0x80 >>> ((bit - 1) & 7));
    return Crc24.syndrome(frame);
  }
}
