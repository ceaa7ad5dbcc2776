package io.tailwatch.formats.csl;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.formats.ofac.SdnFact;
import io.tailwatch.formats.ofac.SdnFeature;
import org.junit.jupiter.api.Test;

class CslIdsTest {
  @Test
  void valuesComeFirstAndDocumentNumbersLast() {
    assertThat(CslIds.parse("464, Aircraft Construction Number (also called L/N or S/N or F/N); 17 May 1988, "
        + "Aircraft Manufacture Date; MAHAN AIR, Aircraft Operator")).containsExactly(
        new SdnFact(SdnFeature.AIRCRAFT_CONSTRUCTION_NUMBER, "464"),
        new SdnFact(SdnFeature.AIRCRAFT_MANUFACTURE_DATE, "17 May 1988"),
        new SdnFact(SdnFeature.AIRCRAFT_OPERATOR, "MAHAN AIR"));
    assertThat(CslIds.parse("JO, 2014-08-30, 2009-08-31, K475336, Passport; QA, 28940000602, National ID No."))
        .containsExactly(new SdnFact(SdnFeature.PASSPORT, "K475336"),
            new SdnFact(SdnFeature.ID_NUMBER, "28940000602"));
    assertThat(CslIds.parse("Subject to Secondary Sanctions, Additional Sanctions Information -"))
        .containsExactly(new SdnFact(SdnFeature.SANCTION_INFORMATION, "Subject to Secondary Sanctions"));
    assertThat(CslIds.parse("x, y, Unknown Label")).containsExactly(new SdnFact(SdnFeature.NOTE, "x, y, Unknown Label"));
  }
}
