package io.tailwatch.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a sanction applies. Most listings apply everywhere a service provider is bound by them. A flight ban
 * (France and Germany banned Mahan Air in 2019) applies only to flights that touch the banning jurisdiction: in
 * FtM terms, a Sanction whose {@code program} names a ban and whose {@code country} is the jurisdiction.
 */
public final class SanctionScope {
  private static final java.util.regex.Pattern FLIGHT_BAN = java.util.regex.Pattern.compile("\\b(flight )?ban\\b");

  private SanctionScope() {}

  public static boolean isFlightBan(Entity sanction) {
    if (sanction.values("country").isEmpty()) {
      return false;
    }
    for (String program : sanction.values("program")) {
      // Whole words: OFAC's LEBANON and WEST-BANK programmes are listings, not bans.
      if (FLIGHT_BAN.matcher(program.toLowerCase(Locale.ROOT)).find()) {
        return true;
      }
    }
    return false;
  }

  /** ISO 3166-1 alpha-2 codes, upper case, of the jurisdictions a flight ban covers. */
  public static List<String> jurisdictions(Entity sanction) {
    List<String> out = new ArrayList<>();
    for (String c : sanction.values("country")) {
      out.add(c.toUpperCase(Locale.ROOT));
    }
    return out;
  }
}
