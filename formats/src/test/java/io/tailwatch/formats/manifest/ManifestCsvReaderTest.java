package io.tailwatch.formats.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.detect.ManifestEntry;
import io.tailwatch.formats.InputFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestCsvReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsCrewRows() throws Exception {
    Path f = Files.writeString(dir.resolve("m.csv"), ManifestCsvReader.HEADER + "\n"
        + "2022-05-13,YV3531,,\"QASEMI/GHOLAM REZA MR\",crew,IR,\n"
        + "2022-05-13,,EMT001,Carlos Perez,Passenger,VE,1970-01-02\n");
    List<ManifestEntry> rows = ManifestCsvReader.read(f);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).fullName()).isEqualTo("QASEMI/GHOLAM REZA MR");
    assertThat(rows.get(0).flightDate()).isEqualTo(LocalDate.of(2022, 5, 13));
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(rows.get(1).role()).isEqualTo("passenger");
    assertThat(rows.get(1).callsign()).isEqualTo("EMT001");
  }

  @Test
  void badRowsNameTheirLine() throws Exception {
    Path date = Files.writeString(dir.resolve("d.csv"), ManifestCsvReader.HEADER + "\n13/05/2022,YV3531,,A B,crew,,\n");
    assertThatThrownBy(() -> ManifestCsvReader.read(date)).isInstanceOf(InputFormatException.class)
        .hasMessage(date + ":2: 'flight_date' must be YYYY-MM-DD, not '13/05/2022'");
    Path role = Files.writeString(dir.resolve("r.csv"), ManifestCsvReader.HEADER + "\n2022-05-13,YV3531,,A B,pilot,,\n");
    assertThatThrownBy(() -> ManifestCsvReader.read(role)).hasMessageContaining(":2: 'role'");
    Path flight = Files.writeString(dir.resolve("f.csv"), ManifestCsvReader.HEADER + "\n2022-05-13,,,A B,crew,,\n");
    assertThatThrownBy(() -> ManifestCsvReader.read(flight)).hasMessageContaining("registration");
    Path empty = Files.writeString(dir.resolve("e.csv"), "");
    assertThatThrownBy(() -> ManifestCsvReader.read(empty)).isInstanceOf(InputFormatException.class);
  }
}
