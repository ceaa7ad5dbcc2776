package io.tailwatch.formats.icao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.SharedData;
import io.tailwatch.surveillance.AddressAllocation;
import io.tailwatch.surveillance.AddressAllocation.State;
import io.tailwatch.surveillance.Icao24;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the real ICAO address block table in the shared reference data (icao-blocks/README.md there). */
class AddressBlockReaderTest {
  @TempDir
  Path dir;

  static Optional<String> iso(AddressAllocation a, String hex) {
    return a.stateOf(Icao24.parse(hex)).map(State::iso2);
  }

  @Test
  void eachAddressKnowsTheStateThatIssuedIt() throws Exception {
    AddressAllocation blocks = AddressBlockReader.read(SharedData.require(AddressBlockReader.FILE));
    assertThat(blocks.blocks()).hasSize(207);
    assertThat(iso(blocks, "730a1c")).contains("IR");
    assertThat(iso(blocks, "0d80ae")).contains("VE"); // Conviasa's A340 YV1004
    assertThat(iso(blocks, "731821")).contains("IR"); // Qeshm Fars Air's EP-FAA
    // Nested blocks: the smallest wins.
    assertThat(iso(blocks, "400000")).contains("BM");
    assertThat(iso(blocks, "4001c0")).contains("KY");
    assertThat(iso(blocks, "400200")).contains("GB");
    assertThat(iso(blocks, "424b32")).contains("IM"); // OFAC's M-SAAN, registered in the Isle of Man
    assertThat(iso(blocks, "789000")).contains("HK");
    assertThat(iso(blocks, "780000")).contains("CN");
    // The source's slip is fixed: Cook Islands is CK, not Slovakia's SK.
    assertThat(blocks.stateOf(Icao24.parse("901000"))).contains(new State("Cook Islands", "CK"));
    assertThat(iso(blocks, "505800")).contains("SK");
    // OFAC's Mode S codes are hex addresses of the registering state.
    assertThat(iso(blocks, "154079")).contains("RU");
    assertThat(iso(blocks, "7342b3")).contains("IR");
    // ICAO's own blocks have no state code; unallocated addresses have no state.
    assertThat(blocks.stateOf(Icao24.parse("f00001"))).contains(new State("ICAO (temporary)", null));
    assertThat(blocks.stateOf(Icao24.parse("ffffff"))).isEmpty();
    assertThat(blocks.stateOf(Icao24.parse("000000"))).isEmpty();
  }

  @Test
  void theOlderSecondaryTableReadsToo() throws Exception {
    AddressAllocation older = AddressBlockReader.read(
        SharedData.require("icao-blocks/icao_address_blocks_dump1090fa.csv"));
    assertThat(older.blocks()).hasSize(200);
    assertThat(older.stateOf(Icao24.parse("730000")).map(State::country)).contains("Iran, Islamic Republic of");
  }

  @Test
  void aBlockWhoseSizeDisagreesIsRefused() throws Exception {
    Path f = Files.writeString(dir.resolve("b.csv"), "priority,start_hex,end_hex,size,country,iso2\n"
        + "1,730000,737FFF,32768,Iran,IR\n2,0D8000,0DFFFF,100,Venezuela,VE\n");
    assertThatThrownBy(() -> AddressBlockReader.read(f)).isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith(f + ":3: size 100 does not match");
    Path g = Files.writeString(dir.resolve("c.csv"), "priority,start_hex,end_hex,size,country,iso2\n"
        + "1,73000G,737FFF,32768,Iran,IR\n");
    assertThatThrownBy(() -> AddressBlockReader.read(g)).hasMessageContaining(":2: ICAO 24-bit address");
  }
}
