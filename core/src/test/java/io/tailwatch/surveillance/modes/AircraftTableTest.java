package io.tailwatch.surveillance.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AircraftTableTest {
  @Test
  void behavesLikeAMapThroughAddsAndEvictions() {
    // A model check: random adds and sweeps against a HashMap, with addresses crowded into a few national blocks
    // (long probe chains) and sweeps removing entries mid-chain, where backward-shift deletion goes wrong if it can.
    SplittableRandom random = new SplittableRandom(24);
    AircraftTable table = new AircraftTable(5_000);
    Map<Integer, AircraftState> model = new HashMap<>();
    long now = 0;
    for (int step = 0; step < 200_000; step++) {
      now += 10;
      int address = random.nextInt(4) << 20 | random.nextInt(3_000);
      AircraftState s = table.getOrAdd(address);
      if (model.containsKey(address)) {
        assertThat(s).isSameAs(model.get(address));
      } else if (model.size() < 5_000) {
        assertThat(s).isNotNull();
        assertThat(s.icao24).isEqualTo(address);
        model.put(address, s);
      } else {
        assertThat(s).isNull();
      }
      if (s != null) {
        s.lastSeen = now;
      }
      if (step % 5_000 == 0) {
        long cutoff = now - random.nextLong(1, 20_000);
        int removed = table.evictIdle(cutoff);
        int before = model.size();
        model.values().removeIf(a -> a.lastSeen < cutoff);
        assertThat(removed).isEqualTo(before - model.size());
      }
      assertThat(table.size()).isEqualTo(model.size());
    }
    for (Map.Entry<Integer, AircraftState> e : model.entrySet()) {
      assertThat(table.get(e.getKey())).isSameAs(e.getValue());
    }
    assertThat(table.get(0xFFFFFF)).isNull();
  }

  @Test
  void neverHoldsMoreThanItsCapacity() {
    AircraftTable table = new AircraftTable(3);
    assertThat(table.getOrAdd(0)).isNotNull(); // address 000000 is a key like any other
    assertThat(table.getOrAdd(1)).isNotNull();
    assertThat(table.getOrAdd(2)).isNotNull();
    assertThat(table.getOrAdd(3)).isNull();
    assertThat(table.getOrAdd(2)).isNotNull();
    assertThat(table.size()).isEqualTo(3);
    assertThat(table.evictIdle(Long.MAX_VALUE)).isEqualTo(3);
    assertThat(table.size()).isZero();
    assertThat(table.getOrAdd(3)).isNotNull();
  }
}
