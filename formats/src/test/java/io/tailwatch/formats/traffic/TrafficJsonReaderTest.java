package io.tailwatch.formats.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.SharedData;
import io.tailwatch.surveillance.StateVector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrafficJsonReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsTheRealSamplesInSiUnits() throws Exception {
    List<StateVector> rega = TrafficJsonReader.read(SharedData.require("adsb-samples/ambulances_rega_zh.json.gz"));
    assertThat(rega).hasSize(339);
    StateVector first = rega.stream().min(java.util.Comparator.comparingLong(StateVector::timeMs)).orElseThrow();
    assertThat(first.icao24Hex()).isEqualTo("4b43ac");
    assertThat(first.callsign()).isEqualTo("REGA1");
    assertThat(first.baroAltitude()).isCloseTo(1950 * 0.3048, within(0.01));
    assertThat(first.velocity()).isCloseTo(51.0881 * 0.514444, within(0.01));
    assertThat(TrafficJsonReader.read(SharedData.require("adsb-samples/firefighting_calfire.json.gz"))).hasSize(9955);
  }

  @Test
  void malformedRecordsAreRefusedWithTheLine() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "[\n{\"timestamp\": 1, \"icao24\": \"4b43ac\"},\n"
        + "{\"timestamp\": 2, \"icao24\": \"4b43ac\", \"latitude\": \"north\"}\n]");
    assertThatThrownBy(() -> TrafficJsonReader.read(bad)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("bad.json").hasMessageContaining("'latitude' is not a number");
    Path notList = Files.writeString(dir.resolve("obj.json"), "{\"a\": 1}");
    assertThatThrownBy(() -> TrafficJsonReader.read(notList)).hasMessageContaining("obj.json:1: a traffic sample is a JSON list");
    Path cut = Files.writeString(dir.resolve("cut.json"), "[{\"timestamp\": 1, \"icao24\": \"4b43ac\"");
    assertThatThrownBy(() -> TrafficJsonReader.read(cut)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("not valid JSON");
    Path address = Files.writeString(dir.resolve("addr.json"), "[{\"timestamp\": 1, \"icao24\": \"xyz\"}]");
    assertThatThrownBy(() -> TrafficJsonReader.read(address)).hasMessageContaining("addr.json:1: 'icao24' is not six hex");
  }
}
