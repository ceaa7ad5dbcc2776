package io.tailwatch.formats.paxlst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.detect.ManifestEntry;
import io.tailwatch.formats.InputFormatException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A crew list written by hand after the PAXLST D05B implementation guide's segment layout. */
public class PaxlstReaderTest {
  public static final String CREW_LIST = String.join("\n",
      "UNA:+.? '",
      "UNB+UNOA:4+EMTRASUR+PYAPI+220513:1200+000001'",
      "UNH+1+PAXLST:D:05B:UN:IATA+EMT3531+01:F'",
      "BGM+250'",
      "NAD+MS+++OPERATIONS DESK'",
      "TDT+20+EMT3531+++YV'",
      "LOC+125+CCS'",
      "DTM+189:2205131300:201'",
      "LOC+87+AGT'",
      "DTM+232:2205131800:201'",
      "NAD+FM+++QASEMI:GHOLAM REZA'",
      "ATT+2++M'",
      "DTM+329:640512'",
      "NAT+2+IRN'",
      "DOC+P:110:111+A1234567'",
      "DTM+36:250101'",
      "LOC+91+IRN'",
      "NAD+FM+++D?'ANGELO:CARLOS'",
      "DTM+329:19800102'",
      "NAT+2+VEN'",
      "CNT+41:2'",
      "UNT+20+1'",
      "UNZ+1+000001'");

  @Test
  void readsFlightAndCrew() throws Exception {
    PaxlstReader.Result result = PaxlstReader.parse(CREW_LIST, "crew.edi");
    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).hasSize(2);
    ManifestEntry ghasemi = result.rows().get(0);
    assertThat(ghasemi.fullName()).isEqualTo("QASEMI/GHOLAM REZA");
    assertThat(ghasemi.role()).isEqualTo("crew");
    assertThat(ghasemi.callsign()).isEqualTo("EMT3531");
    assertThat(ghasemi.flightDate()).isEqualTo(LocalDate.of(2022, 5, 13));
    assertThat(ghasemi.nationality()).isEqualTo("IR");
    assertThat(ghasemi.dateOfBirth()).isEqualTo("1964-05-12");
    assertThat(result.documents().get(0)).isEqualTo("A1234567");
    // The release character keeps the apostrophe inside the name.
    assertThat(result.rows().get(1).fullName()).isEqualTo("D'ANGELO/CARLOS");
    assertThat(result.rows().get(1).nationality()).isEqualTo("VE");
  }

  @Test
  void aMessageCutShortKeepsWhatWasReadAndSaysWhere() throws Exception {
    String cut = CREW_LIST.substring(0, CREW_LIST.indexOf("NAD+FM+++D?'ANGELO") + 12);
    PaxlstReader.Result result = PaxlstReader.parse(cut, "cut.edi");
    assertThat(result.rows()).extracting(ManifestEntry::fullName).containsExactly("QASEMI/GHOLAM REZA");
    assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("cut short"));
  }

  @Test
  void aBadDateIsAProblemOfThatRowOnly() throws Exception {
    PaxlstReader.Result result = PaxlstReader.parse(CREW_LIST.replace("DTM+329:640512'", "DTM+329:64XX12'"), "d.edi");
    assertThat(result.rows()).hasSize(2);
    assertThat(result.rows().get(0).dateOfBirth()).isNull();
    assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p).contains("'64XX12' is not an EDIFACT date"));
  }

  @Test
  void somethingElseIsRefused() {
    assertThatThrownBy(() -> PaxlstReader.parse("hello", "x.edi")).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("no UNH segment");
  }
}
