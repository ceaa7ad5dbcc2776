package io.tailwatch.formats.airports;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.flights.Airport;
import io.tailwatch.flights.AirportIndex;
import io.tailwatch.formats.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On the real OurAirports snapshot in the shared reference data. */
class OurAirportsReaderTest {
  @Test
  void readsTheSnapshotWithRunwaysAndMatchesTheSeedStorysAirports() throws Exception {
    List<Airport> airports = OurAirportsReader.read(SharedData.require("ourairports/airports.csv"),
        SharedData.require("ourairports/runways.csv"));
    assertThat(airports).hasSize(85_836); // the README's count for this snapshot
    AirportIndex index = new AirportIndex(airports);
    Airport sges = index.findByIdent("SGES").orElseThrow();
    assertThat(sges.country()).isEqualTo("PY");
    assertThat(sges.runways()).isNotEmpty();
    // A landing on Ciudad del Este's runway (05/23) is Guarani International, not Foz do Iguacu across the river.
    assertThat(index.match(-25.455, -54.843, 230)).map(Airport::ident).contains("SGES");
    assertThat(index.match(35.4161, 51.1522, Double.NaN)).map(Airport::ident).contains("OIIE");
  }
}
