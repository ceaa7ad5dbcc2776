package io.tailwatch.formats.opensky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.surveillance.StateVector;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenSkyCsvReaderTest {
  static final String HEADER = String.join(",", OpenSkyCsvReader.COLUMNS) + "\n";
  @TempDir
  Path dir;

  Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void readsTheArchiveColumns() throws Exception {
    Path f = file("s.csv", HEADER
        + "1652446800,0d8a31,10.6,-66.99,120.5,175.2,10.1,YV3531  ,false,false,false,1000,3048.0,3100.0,1652446799.5,1652446800\n"
        + "1652446810,0d8a31,,,,,,,true,false,false,,,,,1652446810\n");

    List<StateVector> v = OpenSkyCsvReader.read(f);

    assertThat(v).hasSize(2);
    assertThat(v.get(0).icao24Hex()).isEqualTo("0d8a31");
    assertThat(v.get(0).timeMs()).isEqualTo(1652446800000L);
    assertThat(v.get(0).callsign()).isEqualTo("YV3531");
    assertThat(v.get(0).squawk()).isEqualTo("1000");
    assertThat(v.get(0).baroAltitude()).isEqualTo(3048.0);
    assertThat(v.get(1).hasPosition()).isFalse();
    assertThat(v.get(1).onGround()).isTrue();
  }

  @Test
  void readsGzipByContentNotByName() throws Exception {
    Path f = dir.resolve("s.data");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write((HEADER + "1652446800,0d8a31,10.6,-66.99,,,,,false,false,false,,,,,\n").getBytes());
    }
    assertThat(OpenSkyCsvReader.read(f)).hasSize(1);
  }

  @Test
  void aMalformedLineIsReportedWithFileAndLine() throws Exception {
    Path f = file("bad.csv", HEADER
        + "1652446800,0d8a31,10.6,-66.99,,,,,false,false,false,,,,,\n"
        + "1652446810,0d8a31,ten,-66.99,,,,,false,false,false,,,,,\n");

    assertThatThrownBy(() -> OpenSkyCsvReader.read(f))
        .isInstanceOf(InputFormatException.class)
        .hasMessage(f + ":3: 'lat' is not a number: 'ten'");
  }

  @Test
  void aBadAddressOrMissingFieldsAreRefused() throws Exception {
    Path address = file("a.csv", HEADER + "1652446800,0d8a3g,10.6,-66.99,,,,,false,false,false,,,,,\n");
    assertThatThrownBy(() -> OpenSkyCsvReader.read(address)).hasMessageContaining(":2:").hasMessageContaining("0d8a3g");
    Path shortRow = file("b.csv", HEADER + "1652446800,0d8a31,10.6\n");
    assertThatThrownBy(() -> OpenSkyCsvReader.read(shortRow)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining(":2:");
  }

  @Test
  void anEmptyFileOrOneWithoutTheColumnsIsRefused() throws Exception {
    assertThatThrownBy(() -> OpenSkyCsvReader.read(file("e.csv", ""))).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> OpenSkyCsvReader.read(file("h.csv", "a,b\n1,2\n"))).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("missing column 'time'");
  }

  @Test
  void brokenUtf8IsRefusedNotGarbled() throws Exception {
    Path f = dir.resolve("u.csv");
    byte[] head = (HEADER + "1652446800,0d8a31,10.6,-66.99,,,,,false,false,false,,,,,\n1652446800,0d8a31,10.6,-66.99,,,,").getBytes();
    byte[] all = new byte[head.length + 3];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xC3;
    all[head.length + 1] = (byte) 0x28;
    all[head.length + 2] = '\n';
    Files.write(f, all);
    assertThatThrownBy(() -> OpenSkyCsvReader.read(f)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void writerAndReaderRoundTrip() throws Exception {
    StateVector v = new StateVector(1652446800250L, 0x0d8a31, 10.60221, -66.99117, 120.5, 175.2, -3.5, "YV3531",
        false, "7500", 3048, 3100);
    StringWriter text = new StringWriter();
    try (OpenSkyCsvWriter w = new OpenSkyCsvWriter(text)) {
      w.write(v);
    }
    assertThat(OpenSkyCsvReader.read(file("rt.csv", text.toString()))).containsExactly(v);
  }
}
