package io.tailwatch.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The shape's bound never turns away two keys the distance finds alike, and does turn away unlike ones. */
class KeyShapeTest {
  private static final String ALPHABET = "aiubcfhjklmnprstvxz0";
  private static final double[] FLOORS = {0.5, 0.7, 0.8, 0.9};

  @Test
  void neverTurnsAwayKeysThatReachTheFloor() {
    SplittableRandom random = new SplittableRandom(7);
    List<String> keys = new ArrayList<>();
    for (String name : List.of("Gholamreza", "Ghasemi", "Qasemi", "Mohammad", "Muhammad", "Mahmoud", "Souleimane",
        "Salmane", "Hossein", "Husayn", "Mahdi", "Mehdi", "Abdollah", "Abdullah", "Tschaikowsky", "Chaykovskiy")) {
      keys.add(PhoneticKey.of(name.toLowerCase(java.util.Locale.ROOT)));
    }
    for (int i = 0; i < 300; i++) {
      keys.add(randomKey(random, 1 + random.nextInt(12)));
    }
    int base = keys.size();
    for (int i = 0; i < base; i++) {
      // Near spellings: what the bound has to let through.
      for (int m = 0; m < 6; m++) {
        keys.add(mutated(keys.get(i), 1 + random.nextInt(3), random));
      }
    }
    int alike = 0;
    for (int i = 0; i < keys.size(); i++) {
      for (int j = 0; j < keys.size(); j += 1 + (i + j) % 3) {
        String a = keys.get(i);
        String b = keys.get(j);
        long shapeA = KeyShape.of(a, false);
        long shapeB = KeyShape.of(b, false);
        for (double floor : FLOORS) {
          if (ConfusableDistance.similarity(a, b, 0) >= floor) {
            alike++;
            assertThat(KeyShape.mayBeAlike(shapeA, shapeB, floor)).as("%s / %s at %s", a, b, floor).isTrue();
          }
        }
      }
    }
    assertThat(alike).as("pairs that reach a floor, checked").isGreaterThan(20_000);
  }

  @Test
  void turnsAwayKeysThatDifferInLettersOrLength() {
    long mahdi = KeyShape.of(PhoneticKey.of("mahdi"), false);
    assertThat(KeyShape.mayBeAlike(mahdi, KeyShape.of(PhoneticKey.of("karimi"), false), 0.8)).isFalse();
    assertThat(KeyShape.mayBeAlike(mahdi, KeyShape.of(PhoneticKey.of("mahdiyarzadeh"), false), 0.8)).isFalse();
    assertThat(KeyShape.mayBeAlike(mahdi, KeyShape.of(PhoneticKey.of("mehdi"), false), 0.8)).isTrue();
  }

  @Test
  void chargesFirstConsonantsThatAreNotConfused() {
    long bakir = KeyShape.of("bakir", false);
    assertThat(ConfusableDistance.similarity("bakir", "sakir", 0)).isLessThan(0.8);
    assertThat(KeyShape.mayBeAlike(bakir, KeyShape.of("sakir", false), 0.8)).isFalse(); // b/s: charged
    assertThat(KeyShape.mayBeAlike(bakir, KeyShape.of("pakir", false), 0.8)).isTrue(); // b/p: confused
    assertThat(KeyShape.mayBeAlike(KeyShape.of("fakir", false), KeyShape.of("vakir", false), 0.8)).isTrue();
  }

  @Test
  void tellsNothingWithoutAShapeOrBetweenDictionaryNames() {
    long karimi = KeyShape.of("karimi", false);
    assertThat(KeyShape.mayBeAlike(KeyShape.NONE, karimi, 0.8)).isTrue();
    assertThat(KeyShape.mayBeAlike(KeyShape.of("mahdi", true), KeyShape.of("karimi", true), 0.8)).isTrue();
    assertThat(KeyShape.mayBeAlike(KeyShape.of("mahdi", true), karimi, 0.8)).isFalse();
    String long_ = "a".repeat(70);
    assertThat(KeyShape.mayBeAlike(KeyShape.of(long_, false), KeyShape.of("b", false), 0.8)).isTrue();
  }

  private static String randomKey(SplittableRandom random, int length) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < length; i++) {
      key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return key.toString();
  }

  /** {@code edits} random insertions, deletions, substitutions and swaps. */
  private static String mutated(String key, int edits, SplittableRandom random) {
    StringBuilder out = new StringBuilder(key);
    for (int e = 0; e < edits; e++) {
      int at = out.length() == 0 ? 0 : random.nextInt(out.length());
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      switch (out.length() == 0 ? 0 : random.nextInt(4)) {
        case 0 -> out.insert(at, c);
        case 1 -> out.deleteCharAt(at);
        case 2 -> out.setCharAt(at, c);
        default -> {
          if (at + 1 < out.length()) {
            char x = out.charAt(at);
            out.setCharAt(at, out.charAt(at + 1));
            out.setCharAt(at + 1, x);
          }
        }
      }
    }
    return out.toString();
  }
}
