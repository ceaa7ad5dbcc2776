package io.tailwatch.formats.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.knowledge.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtmJsonReaderTest {
  // As OpenSanctions publishes it, with keys FtM readers ignore (caption, target, last_change).
  static final String OPENSANCTIONS_LINE = "{\"id\":\"NK-abc\",\"caption\":\"Qeshm Fars Air\",\"schema\":\"Company\","
      + "\"properties\":{\"name\":[\"Qeshm Fars Air\"],\"alias\":[\"Fars Air Qeshm\"],\"country\":[\"ir\"],"
      + "\"topics\":[\"sanction\"]},\"referents\":[\"ofac-26344\"],\"datasets\":[\"us_ofac_sdn\"],"
      + "\"first_seen\":\"2019-01-24T00:00:00\",\"last_seen\":\"2024-07-02T00:00:00\",\"last_change\":\"2023-01-01\","
      + "\"target\":true}";

  @TempDir
  Path dir;

  @Test
  void readsOpenSanctionsEntities() throws Exception {
    Path f = Files.writeString(dir.resolve("e.ftm.json"), OPENSANCTIONS_LINE + "\n\n");
    List<Entity> entities = FtmJsonReader.read(f);
    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo("NK-abc");
      assertThat(e.values("alias")).containsExactly("Fars Air Qeshm");
      assertThat(e.referents()).containsExactly("ofac-26344");
      assertThat(e.firstSeen()).isEqualTo("2019-01-24T00:00:00");
    });
  }

  @Test
  void roundTripKeepsEveryPropertyAndTheExtension() throws Exception {
    String line = "{\"id\":\"p1\",\"schema\":\"Airplane\",\"properties\":{\"registrationNumber\":[\"YV3531\"],"
        + "\"unknownButKept\":[\"x\"]},\"datasets\":[\"d\"],\"tailwatch\":{\"modeS\":[\"0d8a31\"]}}";
    Entity e = FtmJsonReader.parse(line, "t", 1);
    assertThat(FtmJsonReader.parse(FtmJsonWriter.toJson(e), "t", 1)).isEqualTo(e);
    assertThat(FtmJsonWriter.toJson(e)).isEqualTo(line);
  }

  @Test
  void unknownSchemaIsRefusedWithFileAndLine() throws Exception {
    Path f = Files.writeString(dir.resolve("bad.json"),
        OPENSANCTIONS_LINE + "\n{\"id\":\"x\",\"schema\":\"Spaceship\",\"properties\":{}}\n");
    assertThatThrownBy(() -> FtmJsonReader.read(f)).isInstanceOf(InputFormatException.class)
        .hasMessage(f + ":2: entity x has unknown schema 'Spaceship'");
  }

  @Test
  void malformedJsonAndEmptyFilesAreRefused() throws Exception {
    Path broken = Files.writeString(dir.resolve("b.json"), "{\"id\": \"x\", \"schema\": \n");
    assertThatThrownBy(() -> FtmJsonReader.read(broken)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining(":1: not valid JSON");
    Path empty = Files.writeString(dir.resolve("e.json"), "");
    assertThatThrownBy(() -> FtmJsonReader.read(empty)).hasMessageContaining("empty");
    Path noId = Files.writeString(dir.resolve("n.json"), "{\"schema\":\"Person\",\"properties\":{}}");
    assertThatThrownBy(() -> FtmJsonReader.read(noId)).hasMessageContaining("no 'id'");
  }
}
