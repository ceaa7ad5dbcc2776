package io.tailwatch.formats.lists;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Country names as sanctions lists write them ("Korea, North", "Iran (Islamic Republic of)", "Man, Isle of",
 * "Burma") to the lowercase ISO 3166-1 alpha-2 codes FollowTheMoney's country properties hold ({@code kp},
 * {@code ir}, {@code im}, {@code mm}). Built from the JDK's English country names plus the list-specific spellings
 * below; names are compared without case, accents and punctuation, and "B, A" is also tried as "A B". A name that
 * is not a country (a region, "undetermined") gives empty, and callers keep the text elsewhere. O(1) per lookup.
 */
public final class Countries {
  private static final Map<String, String> CODES = new HashMap<>();
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern PARENTHESES = Pattern.compile("\\(.*?\\)");
  // Lists repeat a few hundred country spellings thousands of times; remember answers, up to a bound.
  private static final int MEMO_LIMIT = 10_000;
  private static final Map<String, Optional<String>> MEMO = new ConcurrentHashMap<>();

  static {
    for (String iso : Locale.getISOCountries()) {
      CODES.put(key(new Locale("", iso).getDisplayCountry(Locale.ENGLISH)), iso.toLowerCase(Locale.ROOT));
    }
    alias("mm", "burma", "myanmar");
    alias("ru", "russia", "russian federation");
    alias("ir", "iran", "islamic republic of iran");
    alias("sy", "syria", "syrian arab republic");
    alias("kp", "north korea", "democratic peoples republic of korea", "dprk", "korea dprk");
    alias("kr", "south korea", "republic of korea");
    alias("cd", "democratic republic of the congo", "congo democratic republic", "congo kinshasa");
    alias("cg", "republic of the congo", "congo", "congo brazzaville");
    alias("ci", "cote divoire", "cote d ivoire", "ivory coast");
    alias("ps", "palestinian", "palestine", "state of palestine", "palestinian territories", "west bank", "gaza",
        "region gaza", "occupied palestinian territory");
    alias("xk", "kosovo");
    alias("la", "laos", "lao peoples democratic republic");
    alias("vn", "vietnam", "viet nam");
    alias("ve", "venezuela", "bolivarian republic of venezuela");
    alias("bo", "bolivia", "plurinational state of bolivia");
    alias("tz", "tanzania", "united republic of tanzania");
    alias("md", "moldova", "republic of moldova");
    alias("gb", "united kingdom", "united kingdom of great britain and northern ireland", "great britain", "uk");
    alias("us", "united states", "united states of america", "usa");
    alias("tr", "turkey", "turkiye");
    alias("cz", "czech republic", "czechia");
    alias("mk", "macedonia", "north macedonia", "former yugoslav republic of macedonia",
        "republic of north macedonia");
    alias("hk", "hong kong", "hong kong special administrative region",
        "china hong kong special administrative region", "hong kong sar");
    alias("mo", "macau", "macao");
    alias("tw", "taiwan");
    alias("bn", "brunei", "brunei darussalam");
    alias("cv", "cape verde", "cabo verde");
    alias("sz", "eswatini", "swaziland");
    alias("tl", "timor leste", "east timor");
    alias("va", "holy see", "vatican", "vatican city");
    alias("fm", "federated states of micronesia", "micronesia");
    alias("kg", "kyrgyzstan", "kyrgyz republic");
    alias("sk", "slovakia", "slovak republic");
    alias("ba", "bosnia and herzegovina", "bosnia herzegovina");
    alias("ae", "united arab emirates", "uae");
    alias("ua-cri", "crimea", "region crimea", "crimea occupied");
  }

  private Countries() {}

  private static void alias(String code, String... names) {
    for (String n : names) {
      CODES.put(key(n), code);
    }
  }

  /** The ISO code of a country name or of a two-letter code itself; empty when it names no country. */
  public static Optional<String> code(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Optional<String> known = MEMO.get(name);
    if (known != null) {
      return known;
    }
    Optional<String> found = lookUp(name);
    if (MEMO.size() < MEMO_LIMIT) {
      MEMO.put(name, found);
    }
    return found;
  }

  private static Optional<String> lookUp(String name) {
    String trimmed = name.trim();
    if (trimmed.length() == 2 && Character.isLetter(trimmed.charAt(0)) && Character.isLetter(trimmed.charAt(1))) {
      String iso = trimmed.toUpperCase(Locale.ROOT);
      for (String known : Locale.getISOCountries()) {
        if (known.equals(iso)) {
          return Optional.of(iso.toLowerCase(Locale.ROOT));
        }
      }
    }
    String k = key(trimmed);
    String code = CODES.get(k);
    if (code == null && trimmed.contains(",")) {
      // "Korea, North" -> "North Korea"; "Bahamas, The" -> "The Bahamas"
      int comma = trimmed.lastIndexOf(',');
      code = CODES.get(key(trimmed.substring(comma + 1) + " " + trimmed.substring(0, comma)));
    }
    if (code == null && trimmed.contains("(")) {
      code = CODES.get(key(PARENTHESES.matcher(trimmed).replaceAll(" ")));
      if (code == null) {
        // "Iran (Islamic Republic of)" -> "Islamic Republic of Iran"
        int open = trimmed.indexOf('(');
        int close = trimmed.indexOf(')', open);
        if (close > open) {
          code = CODES.get(key(trimmed.substring(open + 1, close) + " " + trimmed.substring(0, open)));
        }
      }
    }
    return Optional.ofNullable(code);
  }

  static String key(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "").replace("\u2019", "");
    s = NOT_ALNUM.matcher(s).replaceAll(" ").trim();
    // "St. Vincent and the Grenadines" is CLDR's "St. Vincent & Grenadines": articles carry nothing.
    s = (" " + s + " ").replace(" the ", " ").trim();
    if (s.startsWith("saint ")) {
      s = "st " + s.substring(6);
    }
    return s;
  }
}
