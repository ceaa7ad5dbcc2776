package io.tailwatch.formats.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.SharedData;
import io.tailwatch.formats.lists.Countries;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the real UN consolidated list in the shared reference data (un/README.md there). */
class UnConsolidatedReaderTest {
  @TempDir
  Path dir;

  static Entity entity(List<Entity> all, String id) {
    return all.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  @Test
  void readsEveryRecordWithItsListing() throws Exception {
    UnConsolidatedReader.UnEntities list = UnConsolidatedReader.read(
        SharedData.require("un/un-consolidated-2026-02-27.xml"));
    assertThat(list.summary()).isEqualTo(new UnConsolidatedReader.Summary(LocalDate.of(2026, 2, 27), 730, 273));
    List<Entity> all = list.entities();
    assertThat(all.stream().filter(e -> e.schema().equals("Person"))).hasSize(730);
    assertThat(all.stream().filter(e -> e.schema().equals("Organization"))).hasSize(273);
    assertThat(all.stream().filter(e -> e.schema().equals("Sanction"))).hasSize(1003);
    // Names in original script (Arabic and others) are aliases: 378 in this file.
    long originalScript = all.stream().flatMap(e -> e.values("alias").stream())
        .filter(a -> a.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
            && Character.isLetter(c))).count();
    assertThat(originalScript).isGreaterThanOrEqualTo(378);

    Entity badege = entity(all, "unsc-6907993");
    assertThat(badege.values("name")).containsExactly("ERIC BADEGE");
    assertThat(badege.values("nationality")).containsExactly("cd");
    assertThat(badege.values("birthDate")).containsExactly("1971");
    assertThat(badege.values("gender")).containsExactly("male");
    assertThat(badege.firstSeen()).isEqualTo("2026-02-27");

    Entity sanction = entity(all, "unsc-6907993-sanction");
    assertThat(sanction.values("authority")).containsExactly("UN Security Council");
    assertThat(sanction.values("program")).containsExactly("DRC");
    assertThat(sanction.values("unscId")).containsExactly("CDi.001");
    assertThat(sanction.values("listingDate")).containsExactly("2012-12-31");
    assertThat(sanction.values("startDate")).containsExactly("2012-12-31");

    Entity adf = entity(all, "unsc-6908402");
    assertThat(adf.values("alias")).contains("Allied Democratic Forces");
    assertThat(adf.values("previousName")).contains("ADF/NALU", "NALU");
    Entity kakolele = entity(all, "unsc-6907994");
    assertThat(kakolele.values("alias")).contains("AIGLE BLANC");
    assertThat(kakolele.values("position")).containsExactly("FARDC General");

    EntityGraph graph = new EntityGraph(all);
    assertThat(graph.isSanctionedOn("unsc-6907993", LocalDate.of(2013, 1, 1))).isTrue();
    assertThat(graph.isSanctionedOn("unsc-6907993", LocalDate.of(2012, 12, 30))).isFalse();
    // Countries the list names are codes, not text, almost everywhere.
    long unmapped = all.stream().flatMap(e -> e.values("notes").stream())
        .filter(n -> n.startsWith("nationality: ") || n.startsWith("country: ")).count();
    assertThat(unmapped).isLessThan(10);
  }

  @Test
  void hostileDocumentsAreRefused() throws Exception {
    Path xxe = Files.writeString(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST "
        + "[<!ENTITY x SYSTEM \"http://example.invalid/\">]>\n<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\">"
        + "&x;</CONSOLIDATED_LIST>");
    assertThatThrownBy(() -> UnConsolidatedReader.read(xxe)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("DOCTYPE");
    StringBuilder deep = new StringBuilder("<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\"><INDIVIDUALS><INDIVIDUAL>");
    deep.append("<a>".repeat(100)).append("</a>".repeat(100)).append("</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
    Path nested = Files.writeString(dir.resolve("deep.xml"), deep);
    assertThatThrownBy(() -> UnConsolidatedReader.read(nested)).hasMessageContaining("nested deeper");
    Path undated = Files.writeString(dir.resolve("undated.xml"), "<CONSOLIDATED_LIST></CONSOLIDATED_LIST>");
    assertThatThrownBy(() -> UnConsolidatedReader.read(undated)).hasMessageContaining("dateGenerated");
  }
}
