package io.tailwatch.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PartTableTest {
  @Test
  void keepsRowsAndUnitsWhileItGrows() {
    PartTable table = new PartTable();
    Random random = new Random(7);
    Map<Integer, Integer> rows = new HashMap<>();
    Map<Integer, Long> units = new HashMap<>();
    for (int n = 0; n < 5_000; n++) {
      int v = random.nextInt(200_000);
      if (random.nextBoolean()) {
        int slot = table.slot(v);
        if (table.row(slot) < 0) {
          table.setRow(slot, rows.size());
          rows.put(v, rows.size());
        }
      } else {
        long bit = 1L << random.nextInt(24);
        int slot = table.slot(v); // may grow the table: the slot is taken after
        table.addUnits(slot, bit);
        units.merge(v, bit, (a, b) -> a | b);
      }
    }
    assertThat(table.capacity()).isGreaterThan(PartTable.INITIAL_SLOTS);
    for (int v = 0; v < 200_000; v++) {
      int slot = table.find(v);
      boolean held = rows.containsKey(v) || units.containsKey(v);
      assertThat(slot >= 0).as("part %d", v).isEqualTo(held);
      if (held) {
        assertThat(table.row(slot)).as("row of %d", v).isEqualTo(rows.getOrDefault(v, -1));
        assertThat(table.units(slot)).as("units of %d", v).isEqualTo(units.getOrDefault(v, 0L));
      }
    }
  }

  @Test
  void addingAPartItHoldsDoesNotMoveIt() {
    PartTable table = new PartTable();
    int filled = PartTable.INITIAL_SLOTS / 4; // the next new part grows the table
    for (int v = 0; v < filled; v++) {
      table.setRow(table.slot(v), v);
    }
    int capacity = table.capacity();
    int slot = table.find(0);
    assertThat(table.slot(0)).isEqualTo(slot);
    assertThat(table.capacity()).isEqualTo(capacity);
  }

  @Test
  void clearsForTheNextSearchAndShrinksBack() {
    PartTable table = new PartTable();
    for (int v = 0; v < 10_000; v++) {
      table.setRow(table.slot(v), v);
    }
    table.clear();
    assertThat(table.size()).isZero();
    table.clear(); // a search that met nothing: the grown table is given back
    assertThat(table.capacity()).isEqualTo(PartTable.INITIAL_SLOTS);
    for (int v = 0; v < 10_000; v++) {
      assertThat(table.find(v)).isEqualTo(-1);
    }
    int slot = table.slot(42);
    assertThat(table.row(slot)).isEqualTo(-1);
    assertThat(table.units(slot)).isZero();
  }
}
