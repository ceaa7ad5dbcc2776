package io.tailwatch.surveillance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.surveillance.AddressAllocation.Block;
import io.tailwatch.surveillance.AddressAllocation.State;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressAllocationTest {
  static final AddressAllocation BLOCKS = new AddressAllocation(List.of(
      new Block(0x400000, 0x43FFFF, "United Kingdom", "GB"),
      new Block(0x400000, 0x4001BF, "Bermuda", "BM"),
      new Block(0x424B00, 0x424BFF, "Isle of Man", "IM"),
      new Block(0x730000, 0x737FFF, "Iran", "IR"),
      new Block(0x0D8000, 0x0DFFFF, "Venezuela", "VE")));

  @Test
  void theMostSpecificBlockWinsWhateverTheOrder() {
    assertThat(BLOCKS.stateOf(0x400000)).contains(new State("Bermuda", "BM"));
    assertThat(BLOCKS.stateOf(0x4001BF)).contains(new State("Bermuda", "BM"));
    assertThat(BLOCKS.stateOf(0x4001C0)).contains(new State("United Kingdom", "GB"));
    assertThat(BLOCKS.stateOf(0x424B80)).contains(new State("Isle of Man", "IM"));
    assertThat(BLOCKS.stateOf(0x424C00)).contains(new State("United Kingdom", "GB"));
    assertThat(BLOCKS.stateOf(0x43FFFF)).contains(new State("United Kingdom", "GB"));
  }

  @Test
  void aVenezuelanAirframeSendingAnIranianAddressShows() {
    assertThat(BLOCKS.stateOf(0x730A1C).map(State::iso2)).contains("IR");
    assertThat(BLOCKS.stateOf(0x0D8A31).map(State::iso2)).contains("VE");
  }

  @Test
  void gapsAndEdgesAreUnassigned() {
    assertThat(BLOCKS.stateOf(0x000000)).isEmpty();
    assertThat(BLOCKS.stateOf(0x440000)).isEmpty();
    assertThat(BLOCKS.stateOf(0x737FFF + 1)).isEmpty();
    assertThat(BLOCKS.stateOf(0xFFFFFF)).isEmpty();
    assertThat(new AddressAllocation(List.of()).stateOf(0x730000)).isEmpty();
  }

  @Test
  void blocksMustBe24Bit() {
    assertThatThrownBy(() -> new Block(0x1000000, 0x1000001, "x", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Block(5, 4, "x", null)).isInstanceOf(IllegalArgumentException.class);
  }
}
