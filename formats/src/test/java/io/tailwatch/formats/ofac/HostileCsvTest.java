package io.tailwatch.formats.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.text.CsvRows;
import io.tailwatch.formats.text.StrictText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile CSV is refused with the file, the line and what is wrong. */
class HostileCsvTest {
  static final String ROW1 = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
  static final String ROW2 = "15438,\"EP-MNG\",\"aircraft\",\"SDGT] [NPWMD] [IFSR\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
      + "-0- ,\"Aircraft Construction Number (also called L/N or S/N or F/N) 401; Aircraft Model A300B4-603; "
      + "Aircraft Operator MAHAN AIR; Linked To: MAHAN AIR.\"\r\n";
  static final String MAHAN = "12927,\"MAHAN AIR\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";

  @TempDir
  Path dir;

  @Test
  void aWellFormedSetWithTheDosEndOfFileReads() throws Exception {
    Files.writeString(dir.resolve("sdn.csv"), ROW1 + ROW2 + MAHAN + "\u001a", StandardCharsets.US_ASCII);
    OfacEntities list = SdnCsvReader.read(dir, LocalDate.of(2024, 7, 2));
    assertThat(list.entriesByType().get(SdnType.AIRCRAFT)).isEqualTo(1);
    assertThat(list.unresolved()).isEmpty();
    assertThat(list.entities()).anyMatch(e -> e.id().equals("ofac-15438-operator-ofac-12927"));
  }

  @Test
  void aByteThatIsNotAsciiIsRefusedWithItsLine() throws Exception {
    byte[] bad = (ROW1 + ROW2.replace("EP-MNG", "EP-MN\u00c9")).getBytes(StandardCharsets.ISO_8859_1);
    Path f = Files.write(dir.resolve("sdn.csv"), bad);
    assertThatThrownBy(() -> SdnCsvReader.read(dir, LocalDate.now())).isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith(f + ":2: byte 0xC9 is not ASCII");
  }

  @Test
  void invalidUtf8IsRefusedWithItsLineAndOffset() throws Exception {
    byte[] bytes = "a,b\nc,d\ne,\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Path f = Files.write(dir.resolve("x.csv"), bytes);
    assertThatThrownBy(() -> CsvRows.read(f, StrictText.Encoding.UTF8, row -> { }))
        .isInstanceOf(InputFormatException.class)
        .satisfies(e -> {
          InputFormatException ife = (InputFormatException) e;
          assertThat(ife.line()).isEqualTo(3);
          assertThat(ife.problem()).contains("invalid UTF-8 at byte offset 10");
        });
  }

  @Test
  void aFileCutInsideAQuotedFieldIsRefusedAsTruncated() throws Exception {
    String cut = ROW1 + ROW2.substring(0, 120);
    Path f = Files.writeString(dir.resolve("sdn.csv"), cut, StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> SdnCsvReader.read(dir, LocalDate.now()))
        .hasMessage(f + ":2: the file ends inside a quoted field that starts on line 2 (truncated?)");
  }

  @Test
  void aFileCutBetweenFieldsIsRefusedByItsFieldCount() throws Exception {
    Path f = Files.writeString(dir.resolve("sdn.csv"), ROW1 + "15438,\"EP-MNG\",\"aircraft\"\r\n");
    assertThatThrownBy(() -> SdnCsvReader.read(dir, LocalDate.now()))
        .hasMessageStartingWith(f + ":2: expected 12 fields, found 3");
  }

  @Test
  void aHugeFieldIsRefusedBeforeItIsBuffered() throws Exception {
    char[] huge = new char[CsvRows.MAX_FIELD_CHARS + 10];
    Arrays.fill(huge, 'A');
    Path f = Files.writeString(dir.resolve("sdn.csv"), ROW1 + "1,\"" + new String(huge) + "\"\r\n");
    assertThatThrownBy(() -> SdnCsvReader.read(dir, LocalDate.now()))
        .hasMessageStartingWith(f + ":2: a field longer than 1048576 characters");
  }

  @Test
  void sideFilesOfAnotherDateAreRefused() throws Exception {
    Files.writeString(dir.resolve("sdn.csv"), ROW1);
    Path add = Files.writeString(dir.resolve("add.csv"), "99999,1,-0- ,\"Tehran\",\"Iran\",-0- \r\n");
    assertThatThrownBy(() -> SdnCsvReader.read(dir, LocalDate.now()))
        .hasMessage(add + ":1: ent_num 99999 is not in sdn.csv (files of different dates?)");
  }

  @Test
  void aCutGzipStreamIsRefused() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      for (int i = 0; i < 2000; i++) {
        gz.write(("row" + i + ",value " + i + "\n").getBytes(StandardCharsets.US_ASCII));
      }
    }
    byte[] all = bytes.toByteArray();
    Path f = Files.write(dir.resolve("list.csv.gz"), Arrays.copyOf(all, all.length / 2));
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> CsvRows.read(f, StrictText.Encoding.ASCII, row -> seen.add(row.getField(0))))
        .isInstanceOf(InputFormatException.class).hasMessageContaining("corrupt or truncated gzip");
  }

  @Test
  void nulBytesMeanBinaryNotText() throws Exception {
    Path f = Files.write(dir.resolve("x.csv"), new byte[] {'a', ',', 'b', '\n', 0, 1, 2});
    assertThatThrownBy(() -> CsvRows.read(f, StrictText.Encoding.UTF8, row -> { }))
        .hasMessage(f + ":2: NUL byte: this is not a text file");
  }
}
