package io.tailwatch.formats.csl;

import io.tailwatch.formats.ofac.SdnFact;
import io.tailwatch.formats.ofac.SdnFeature;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Consolidated Screening List's {@code ids} column: OFAC's identifying facts written value first, label
 * last, items separated by {@code ;}: {@code 464, Aircraft Construction Number (also called L/N or S/N or F/N);
 * 17 May 1988, Aircraft Manufacture Date; MAHAN AIR, Aircraft Operator} or, for documents, issuing country and
 * dates before the number: {@code JO, 2014-08-30, 2009-08-31, K475336, Passport}. The labels are those of the SDN
 * list ({@link SdnFeature}); for documents and numbers the value is the last comma-separated part (the number),
 * for everything else the whole value ({@code Man, Isle of, Nationality of Registration} is one country).
 */
final class CslIds {
  private static final Set<SdnFeature> NUMBERS = EnumSet.of(SdnFeature.PASSPORT, SdnFeature.ID_NUMBER,
      SdnFeature.TAX_NUMBER, SdnFeature.REGISTRATION_NUMBER, SdnFeature.LEI, SdnFeature.VAT, SdnFeature.MMSI,
      SdnFeature.DUNS, SdnFeature.SWIFT_BIC);

  private CslIds() {}

  static List<SdnFact> parse(String ids) {
    List<SdnFact> facts = new ArrayList<>();
    if (ids == null || ids.isBlank()) {
      return facts;
    }
    for (String item : ids.split(";")) {
      if (item.isBlank()) {
        continue;
      }
      SdnFact f = SdnFeature.matchSuffix(item);
      if (NUMBERS.contains(f.feature())) {
        String v = f.value();
        f = new SdnFact(f.feature(), v.substring(v.lastIndexOf(',') + 1).trim());
      }
      facts.add(f);
    }
    return facts;
  }
}
