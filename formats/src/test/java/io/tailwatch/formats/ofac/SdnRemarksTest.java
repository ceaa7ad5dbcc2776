package io.tailwatch.formats.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.formats.lists.Countries;
import io.tailwatch.formats.lists.ListDates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small parsers under the SDN readers: Remarks, labels, dates, countries, programs. */
class SdnRemarksTest {
  @Test
  void remarksSplitIntoTypedFacts() {
    List<SdnFact> facts = SdnRemarks.parse("DOB 10 Dec 1948; alt. DOB 1949; POB Tehran, Iran; nationality Iran; "
        + "Passport G025057 issued 23 Jun 1999 expires 05 Feb 2004; a.k.a. 'ABU; HAFS'; Gender Male; "
        + "Member of the Upper House; Linked To: LINBURG INDUSTRIES LTD.");
    assertThat(facts).containsExactly(
        new SdnFact(SdnFeature.DOB, "10 Dec 1948"),
        new SdnFact(SdnFeature.DOB, "1949"),
        new SdnFact(SdnFeature.POB, "Tehran, Iran"),
        new SdnFact(SdnFeature.NATIONALITY, "Iran"),
        new SdnFact(SdnFeature.PASSPORT, "G025057 issued 23 Jun 1999 expires 05 Feb 2004"),
        new SdnFact(SdnFeature.AKA, "'ABU; HAFS'"),
        new SdnFact(SdnFeature.GENDER, "Male"),
        new SdnFact(SdnFeature.NOTE, "Member of the Upper House"),
        new SdnFact(SdnFeature.LINKED_TO, "LINBURG INDUSTRIES LTD"));
    assertThat(SdnToFtm.idNumber("G025057 issued 23 Jun 1999 expires 05 Feb 2004")).isEqualTo("G025057");
    assertThat(SdnToFtm.idNumber("AO 2879097 (Italy) expires 30 Oct 2012")).isEqualTo("AO 2879097");
  }

  @Test
  void theConsolidatedListsParenthesesAreDropped() {
    assertThat(SdnRemarks.parse("(Linked To: HIZBALLAH; Linked To: LIU, Emily)")).containsExactly(
        new SdnFact(SdnFeature.LINKED_TO, "HIZBALLAH"), new SdnFact(SdnFeature.LINKED_TO, "LIU, Emily"));
    assertThat(SdnRemarks.parse("(Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE)")).containsExactly(
        new SdnFact(SdnFeature.LINKED_TO, "ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE"));
  }

  @Test
  void theLongestLabelWinsAndWordsMustEnd() {
    assertThat(SdnFeature.match("Nationality of Registration Russia"))
        .isEqualTo(new SdnFact(SdnFeature.NATIONALITY_OF_REGISTRATION, "Russia"));
    assertThat(SdnFeature.match("Previous Aircraft Tail Number YI-NAE"))
        .isEqualTo(new SdnFact(SdnFeature.PREVIOUS_AIRCRAFT_TAIL_NUMBER, "YI-NAE"));
    assertThat(SdnFeature.match("Aircraft Construction Number (also called L/N or S/N or F/N) 8305"))
        .isEqualTo(new SdnFact(SdnFeature.AIRCRAFT_CONSTRUCTION_NUMBER, "8305"));
    assertThat(SdnFeature.match("Licensed to fly").feature()).isEqualTo(SdnFeature.NOTE);
    assertThat(SdnFeature.matchSuffix("Man, Isle of, Nationality of Registration"))
        .isEqualTo(new SdnFact(SdnFeature.NATIONALITY_OF_REGISTRATION, "Man, Isle of"));
    assertThat(SdnFeature.byLabel("Aircraft Mode S Transponder Code")).isEqualTo(SdnFeature.AIRCRAFT_MODE_S);
    assertThat(SdnFeature.byLabel("Something new")).isEqualTo(SdnFeature.NOTE);
  }

  @Test
  void datesKeepTheirPrecision() {
    assertThat(ListDates.parse("10 Dec 1948")).containsExactly("1948-12-10");
    assertThat(ListDates.parse("Sep 1991")).containsExactly("1991-09");
    assertThat(ListDates.parse("circa 1951")).containsExactly("1951");
    assertThat(ListDates.parse("1955 to 1957")).containsExactly("1955", "1957");
    assertThat(ListDates.parse("07/02/2024")).containsExactly("2024-07-02");
    assertThat(ListDates.parse("2026-02-27T00:00:09.554Z")).containsExactly("2026-02-27");
    assertThat(ListDates.parse("31 Feb 2001")).isEmpty();
    assertThat(ListDates.parse("unknown")).isEmpty();
  }

  @Test
  void countryNamesAsListsWriteThemBecomeCodes() {
    assertThat(Countries.code("Korea, North")).contains("kp");
    assertThat(Countries.code("Iran (Islamic Republic of)")).contains("ir");
    assertThat(Countries.code("Man, Isle of")).contains("im");
    assertThat(Countries.code("Burma")).contains("mm");
    assertThat(Countries.code("Congo, Democratic Republic of the")).contains("cd");
    assertThat(Countries.code("Democratic People's Republic of Korea")).contains("kp");
    assertThat(Countries.code("Türkiye")).contains("tr");
    assertThat(Countries.code("SY")).contains("sy");
    assertThat(Countries.code("Bahamas, The")).contains("bs");
    assertThat(Countries.code("St. Vincent and the Grenadines")).contains("vc");
    assertThat(Countries.code("North Macedonia, The Republic of")).contains("mk");
    assertThat(Countries.code("China, Hong Kong Special Administrative Region")).contains("hk");
    assertThat(Countries.code("undetermined")).isEmpty();
  }

  @Test
  void packedProgramsSplit() {
    assertThat(SdnEntry.splitPrograms("SDGT] [NPWMD] [IFSR")).containsExactly("SDGT", "NPWMD", "IFSR");
    assertThat(SdnEntry.splitPrograms("IFSR; SDGT")).containsExactly("IFSR", "SDGT");
    assertThat(SdnEntry.splitPrograms("-0- ")).isEmpty();
  }
}
