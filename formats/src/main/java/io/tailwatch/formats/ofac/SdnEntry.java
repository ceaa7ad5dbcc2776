package io.tailwatch.formats.ofac;

import java.util.List;

/**
 * One SDN entry as OFAC publishes it, before mapping to FollowTheMoney: the {@code sdn.csv} columns (or the
 * XML's {@code sdnEntry}), its addresses ({@code add.csv}), alternate names ({@code alt.csv}) and the typed facts
 * read from Remarks and, in the XML, from the structured lists. Values are as the list writes them, with the
 * CSV's null marker {@code -0-} turned into null and {@code sdn_comments.csv} appended to the Remarks it
 * continues.
 *
 * @param entNum OFAC's unique entry number ({@code ent_num}, the XML's {@code uid})
 * @param sdnName the primary name: "LAST, First" for individuals, the tail number or "MSN 449" for aircraft
 * @param programs sanctions programs, one per element ({@code SDGT] [NPWMD} split)
 */
public record SdnEntry(
    String entNum,
    String sdnName,
    SdnType sdnType,
    List<String> programs,
    String title,
    String callSign,
    String vesselType,
    String tonnage,
    String grossRegisteredTonnage,
    String vesselFlag,
    String vesselOwner,
    String remarks,
    List<SdnFact> facts,
    List<Address> addresses,
    List<Alias> aliases) {

  public SdnEntry {
    programs = List.copyOf(programs);
    facts = List.copyOf(facts);
    addresses = List.copyOf(addresses);
    aliases = List.copyOf(aliases);
  }

  /** A row of {@code add.csv} (or the XML's {@code address}), parts as OFAC gives them. */
  public record Address(String address, String cityStateProvincePostalCode, String country, String remarks) {}

  /** A row of {@code alt.csv}: {@code aka}, {@code fka} or {@code nka}, and the name. */
  public record Alias(String altType, String altName, String remarks) {}

  /** Splits OFAC's packed Program field: {@code SDGT] [NPWMD] [IFSR} (CSV) or {@code SDGT; NPWMD} (CSL). */
  public static List<String> splitPrograms(String field) {
    if (field == null || field.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(field.split("\\]\\s*\\[|;"))
        .map(p -> p.replace("[", "").replace("]", "").trim())
        .filter(p -> !p.isEmpty() && !p.equals("-0-"))
        .distinct()
        .toList();
  }
}
