package io.tailwatch.formats.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.text.SafeXml;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.Extensions;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On documents written from OFAC's sdn.xsd (no real sdn.xml copy exists in the reference data). */
class SdnXmlReaderTest {
  @TempDir
  Path dir;

  static Path sample() throws URISyntaxException {
    return Path.of(SdnXmlReaderTest.class.getResource("sdn-sample.xml").toURI());
  }

  static Entity entity(OfacEntities list, String id) {
    return SdnCsvReaderTest.entity(list, id);
  }

  @Test
  void readsTheSchemasListsIntoTheSameEntitiesAsTheCsv() throws Exception {
    OfacEntities list = SdnXmlReader.read(sample());
    assertThat(list.snapshotDate()).isEqualTo(LocalDate.of(2024, 7, 2));
    assertThat(list.entriesByType()).containsEntry(SdnType.AIRCRAFT, 3).containsEntry(SdnType.INDIVIDUAL, 1)
        .containsEntry(SdnType.VESSEL, 1).containsEntry(SdnType.ENTITY, 1);
    assertThat(list.unresolved()).singleElement().satisfies(u -> assertThat(u.feature()).isEqualTo("Vessel Owner"));

    Entity mahan = entity(list, "ofac-12927");
    assertThat(mahan.schema()).isEqualTo("Company");
    assertThat(mahan.values("alias")).containsExactly("MAHAN AIRLINES");
    assertThat(mahan.values("weakAlias")).containsExactly("MAHAN");
    assertThat(mahan.values("registrationNumber")).containsExactly("4446");
    assertThat(mahan.values("address")).containsExactly("Mahan Tower, No. 21, Azadegan St., Tehran, Iran");
    assertThat(mahan.values("country")).containsExactly("ir");
    assertThat(entity(list, "ofac-12927-sanction").values("program")).containsExactly("SDGT", "IFSR");

    Entity mng = entity(list, "ofac-15438");
    assertThat(mng.values("registrationNumber")).containsExactly("EP-MNG");
    assertThat(mng.extension(Extensions.CONSTRUCTION_NUMBER)).containsExactly("401");
    assertThat(mng.values("buildDate")).containsExactly("1987-02-02");
    assertThat(list.entities()).anyMatch(e -> e.id().equals("ofac-15438-operator-ofac-12927")
        && e.values("role").equals(java.util.List.of("operator")));
    assertThat(list.entities()).anyMatch(e -> e.id().equals("ofac-15438-linked-to-12927"));

    Entity msn = entity(list, "ofac-18151");
    assertThat(msn.values("registrationNumber")).isEmpty();
    assertThat(msn.values("serialNumber")).containsExactly("449");
    assertThat(msn.extension(Extensions.PREVIOUS_REGISTRATION)).containsExactly("YI-NAE");
    assertThat(entity(list, "ofac-43162").extension(Extensions.MODE_S)).containsExactly("154079");

    Entity person = entity(list, "ofac-2676");
    assertThat(person.values("name")).containsExactly("AL-ZAWAHIRI, Ayman");
    assertThat(person.values("birthDate")).containsExactly("1951-06-19");
    assertThat(person.values("birthPlace")).containsExactly("Giza, Egypt");
    assertThat(person.values("nationality")).containsExactly("eg");
    assertThat(person.values("passportNumber")).containsExactly("1084010");
    assertThat(person.values("previousName")).containsExactly("AL-ZAWAHIRI, Aiman Muhammad Rabi");
    assertThat(person.values("position")).containsExactly("Operational and Military Leader of JIHAD GROUP");
    assertThat(person.values("notes")).containsExactly("Something OFAC adds later X-1");

    Entity vessel = entity(list, "ofac-90001");
    assertThat(vessel.values("imoNumber")).containsExactly("IMO9187629");
    assertThat(vessel.values("flag")).containsExactly("mt");
    assertThat(vessel.values("callSign")).containsExactly("9HA1234");
    assertThat(list.entities()).anyMatch(e -> e.schema().equals("Ownership")
        && e.values("asset").contains("ofac-90001"));
  }

  @Test
  void anyNamespaceOrNoneReads() throws Exception {
    String text = Files.readString(sample()).replace("xmlns=\"http://tempuri.org/sdnList.xsd\"",
        "xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML\"");
    Path f = Files.writeString(dir.resolve("sdn.xml"), text);
    assertThat(SdnXmlReader.readEntries(f).entries()).hasSize(6);
    Path plain = Files.writeString(dir.resolve("plain.xml"), text.replaceAll("xmlns=\"[^\"]*\"", ""));
    assertThat(SdnXmlReader.readEntries(plain).entries()).hasSize(6);
  }

  @Test
  void externalEntitiesAreRefused() throws Exception {
    Path f = Files.writeString(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE sdnList [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        + "<sdnList><sdnEntry><uid>1</uid><lastName>&xxe;</lastName><sdnType>Entity</sdnType></sdnEntry></sdnList>");
    assertThatThrownBy(() -> SdnXmlReader.readEntries(f)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining(f.toString()).hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("root:");
  }

  @Test
  void entityExpansionIsRefused() throws Exception {
    StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i < 10; i++) {
      lol.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        lol.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      lol.append("\">");
    }
    lol.append("]>\n<sdnList><sdnEntry><uid>1</uid><lastName>&lol9;</lastName></sdnEntry></sdnList>");
    Path f = Files.writeString(dir.resolve("lol.xml"), lol);
    assertThatThrownBy(() -> SdnXmlReader.readEntries(f)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void truncatedMiscountedAndMisencodedDocumentsAreRefused() throws Exception {
    String text = Files.readString(sample());
    Path cut = Files.writeString(dir.resolve("cut.xml"), text.substring(0, text.length() / 2));
    assertThatThrownBy(() -> SdnXmlReader.readEntries(cut)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("not valid XML");
    Path miscounted = Files.writeString(dir.resolve("count.xml"), text.replace("<Record_Count>6", "<Record_Count>7"));
    assertThatThrownBy(() -> SdnXmlReader.readEntries(miscounted))
        .hasMessageContaining("Record_Count says 7 entries but the file holds 6 (truncated?)");
    byte[] latin1 = text.replace("Giza, Egypt", "Gîza, Egypt").getBytes(StandardCharsets.ISO_8859_1);
    Path misencoded = Files.write(dir.resolve("latin1.xml"), latin1);
    int line = (int) text.substring(0, text.indexOf("Giza, Egypt")).lines().count();
    assertThatThrownBy(() -> SdnXmlReader.readEntries(misencoded)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining(":" + line + ": invalid UTF-8 at byte offset");
    Path declared = Files.write(dir.resolve("declared.xml"), text.replace("encoding=\"utf-8\"",
        "encoding=\"ISO-8859-1\"").replace("Giza, Egypt", "Gîza, Egypt").getBytes(StandardCharsets.ISO_8859_1));
    assertThat(SdnXmlReader.read(declared).entities()).anyMatch(e -> e.values("birthPlace").contains("Gîza, Egypt"));
  }

  @Test
  void hugeTextIsRefused() throws Exception {
    char[] huge = new char[SafeXml.MAX_TEXT_CHARS + 1];
    Arrays.fill(huge, 'x');
    Path f = Files.writeString(dir.resolve("huge.xml"), "<sdnList><sdnEntry><uid>1</uid><remarks>"
        + new String(huge) + "</remarks></sdnEntry></sdnList>");
    assertThatThrownBy(() -> SdnXmlReader.readEntries(f)).hasMessageContaining("longer than 1048576 characters");
  }
}
