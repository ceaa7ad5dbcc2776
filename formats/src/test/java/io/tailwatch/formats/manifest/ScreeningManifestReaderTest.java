package io.tailwatch.formats.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.detect.ManifestEntry;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.paxlst.PaxlstReaderTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad input, row by row: every row that can be screened is, the others are named with their line. */
class ScreeningManifestReaderTest {
  @TempDir
  Path dir;

  @Test
  void onlyANameColumnIsNeeded() throws Exception {
    Path file = Files.writeString(dir.resolve("m.csv"), "Full Name,Nationality,Passport\nGHASEMI/GHOLAMREZA MR,IR,A123\n");
    ScreeningManifestReader.Rows read = ScreeningManifestReader.read(file);
    assertThat(read.rows()).singleElement().satisfies(r -> {
      assertThat(r.fullName()).isEqualTo("GHASEMI/GHOLAMREZA MR");
      assertThat(r.nationality()).isEqualTo("IR");
      assertThat(r.line()).isEqualTo(2);
    });
    assertThat(read.documents()).containsExactly("A123");
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void badRowsAreNamedAndTheRestIsStillRead() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(("full_name,role,date_of_birth\n"
        + "Gholamreza Ghasemi,crew,1964-05-12\n" // 2: fine
        + ",crew,\n" // 3: empty name
        + "X,crew,\n" // 4: one letter
        + "\"" + "A".repeat(10_000) + "\",crew,\n" // 5: 10,000 characters
        + "Gholamreza قاسمی,crew,\n" // 6: mixed scripts: screened
        + "Mohammad ").getBytes(StandardCharsets.UTF_8));
    long badOffset = bytes.size();
    bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28}); // 7: broken UTF-8 (a lead byte without its follower)
    bytes.writeBytes(("ezai,crew,\n"
        + "Carlos D'Angelo,crew\n" // 8: a field short
        + "Ali Bagheri,crew,12/05/1964\n" // 9: a date that cannot be read: screened without it
        + "Reza Rahimi,passenger,\n").getBytes(StandardCharsets.UTF_8)); // 10: fine
    Path file = Files.write(dir.resolve("bad.csv"), bytes.toByteArray());

    ScreeningManifestReader.Rows read = ScreeningManifestReader.read(file);

    assertThat(read.rows()).extracting(ManifestEntry::line).containsExactly(2, 6, 9, 10);
    assertThat(read.rows()).extracting(ManifestEntry::fullName)
        .containsExactly("Gholamreza Ghasemi", "Gholamreza قاسمی", "Ali Bagheri", "Reza Rahimi");
    assertThat(read.rows().get(2).dateOfBirth()).isNull();
    assertThat(read.problems()).containsExactly(
        file + ":3: the name is empty; row not screened",
        file + ":4: the name 'X' has fewer than two letters: nothing to screen; row not screened",
        file + ":5: the name is 10,000 characters long; names longer than 1,000 are not screened; row not screened",
        file + ":7: bytes that are not UTF-8 at byte offset " + badOffset + " (0xC3; wrong encoding?); row not screened",
        file + ":8: expected 3 fields as the header has, found 2; row not screened",
        file + ":9: 'date_of_birth' must be YYYY-MM-DD, not '12/05/1964'; screened without it");
  }

  @Test
  void aFileThatCannotBeAManifestToScreenIsOneClearError() throws Exception {
    Path noName = Files.writeString(dir.resolve("n.csv"), "surname,given\nGhasemi,Gholamreza\n");
    assertThatThrownBy(() -> ScreeningManifestReader.read(noName)).isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith(noName + ":1: no 'full_name' column");
    Path empty = Files.writeString(dir.resolve("e.csv"), "");
    assertThatThrownBy(() -> ScreeningManifestReader.read(empty)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("empty");
    Path cut = Files.writeString(dir.resolve("u.csv"), "full_name\nAli Bagheri\n\"Gholamreza Ghas");
    ScreeningManifestReader.Rows read = ScreeningManifestReader.read(cut);
    assertThat(read.rows()).extracting(ManifestEntry::fullName).containsExactly("Ali Bagheri");
    assertThat(read.problems()).containsExactly(cut + ":3: the file ends inside a quoted field that starts here "
        + "(cut short?); row not screened");
  }

  @Test
  void aPaxlstMessageCutShortKeepsItsFirstPeople() throws Exception {
    String crew = PaxlstReaderTest.CREW_LIST;
    Path cut = Files.writeString(dir.resolve("cut.edi"), crew.substring(0, crew.indexOf("NAD+FM+++D?'ANGELO") + 12));
    ScreeningManifestReader.Rows read = ScreeningManifestReader.read(cut);
    assertThat(read.rows()).extracting(ManifestEntry::fullName).containsExactly("QASEMI/GHOLAM REZA");
    assertThat(read.documents()).containsExactly("A1234567");
    assertThat(read.problems()).anySatisfy(p -> assertThat(p).startsWith(cut + ": ").contains("cut short"));
  }

  @Test
  void aPaxlstNameWithBrokenBytesIsRefusedAlone() throws Exception {
    byte[] text = PaxlstReaderTest.CREW_LIST.getBytes(StandardCharsets.US_ASCII);
    int at = PaxlstReaderTest.CREW_LIST.indexOf("ANGELO");
    text[at] = (byte) 0xFF;
    Path file = Files.write(dir.resolve("broken.edi"), text);
    ScreeningManifestReader.Rows read = ScreeningManifestReader.read(file);
    assertThat(read.rows()).extracting(ManifestEntry::fullName).containsExactly("QASEMI/GHOLAM REZA");
    assertThat(read.problems()).anySatisfy(p -> assertThat(p).contains("byte offset " + at, "0xFF"))
        .anySatisfy(p -> assertThat(p).contains("the name holds bytes that are not UTF-8; not screened"));
  }
}
