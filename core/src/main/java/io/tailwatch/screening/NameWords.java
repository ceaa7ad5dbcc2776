package io.tailwatch.screening;

import java.util.Set;

/**
 * The words of a name that are not the name: honorifics and titles, company legal forms, articles and
 * linking particles, and the generic words of organisation names. All lower-case ASCII, as
 * {@link NameNormalizer} produces them; the Arabic-script forms live in the name dictionary.
 *
 * <p>Cost: constant-time set look-ups.
 */
final class NameWords {
  private NameWords() {}

  /** Honorifics and titles: they say who is addressed, not who it is; "Mr" also says it is a person. */
  static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "mstr", "dr", "prof", "sir", "madam", "mme", "mlle", "herr", "frau",
      "capt", "captain", "cpt", "eng", "engr", "gen", "col", "colonel", "maj", "brig",
      "lt", "sgt", "adm", "admiral", "hon", "rev",
      "haj", "haji", "hajj", "hajji", "hadji", "hajjeh", "hajieh", "hajiyeh",
      "sayyed", "sayyid", "seyyed", "seyed", "seyyid", "sayed", "syed", "sayyeda", "sayyida", "seyyedeh", "seyedeh",
      "mir", "molavi", "maulvi", "mawlawi", "maulavi", "maulana", "mawlana", "mufti", "sheikh", "shaikh", "shaykh", "sheikha", "sheik", "mullah", "mulla", "molla", "ayatollah", "ayatullah",
      "hojatoleslam", "hojjatoleslam", "hojatolislam", "sardar", "sarlashkar", "sartip", "sarhang");

  /** Titles airlines glue to the given name without a space: {@code GHASEMI/GHOLAMREZAMR}. */
  static final String[] GLUED_AIRLINE_TITLES = {"mstr", "miss", "mrs", "mr", "ms", "dr"};

  /** Titles that Persian names also carry glued on ({@code Seyedali}, {@code Mirhossein}, {@code Hajali}). */
  static final String[] GLUED_TITLES = {"seyyed", "seyed", "sayyed", "sayed", "syed", "mir", "haji", "haj"};

  /** Company legal forms and their words, in the Latin renderings lists use (Russian, Persian, Arabic too). */
  static final Set<String> LEGAL_FORMS = Set.of(
      "llc", "ltd", "limited", "co", "company", "corp", "corporation", "inc", "incorporated", "plc", "pjsc",
      "ojsc", "cjsc", "jsc", "pao", "oao", "zao", "ooo", "ao", "tov", "pat", "prat", "gmbh", "ag", "kg", "sa",
      "sarl", "srl", "spa", "bv", "nv", "fze", "fzco", "fzc", "fzllc", "fzca", "dmcc", "pte", "pty", "bhd",
      "sdn", "ltda", "nk", "ca", "sac", "sas", "ab", "oy", "kft", "zrt", "doo", "wll", "est", "llp", "lp", "kk",
      "pvt", "ojs", "cjs", "pjs", "cv", "rl", "sro", "oyj",
      "sherkat", "sherkate", "sahami", "khas", "khass", "aam", "sharikat", "sharika", "sharikah",
      "obshchestvo", "aktsionernoe", "aktsionernoye", "publichnoe", "publichnoye", "otkrytoe", "otkrytoye",
      "zakrytoe", "zakrytoye", "ogranichennoy", "otvetstvennostyu");

  /** Words that introduce another name or describe the party, not name it: a.k.a., f.k.a., d.b.a. */
  static final Set<String> REMARKS = Set.of("aka", "fka", "nka", "dba", "formerly");

  /** Generation suffixes after a name: Jr., Sr., III. Not identity: a father and son share the rest. */
  static final Set<String> SUFFIXES = Set.of("jr", "sr", "junior", "senior", "ii", "iii", "iv");

  /** Short legal forms that stand first (Russian {@code AO Rosatom}, {@code NK Rosneft}); other two-letter
   * forms at the start of a name are more likely a name part. */
  static final Set<String> LEADING_FORMS = Set.of("ao", "nk", "oao", "pao", "zao", "ooo");

  /** Words every organisation name may carry; they weigh little and mark the name as an organisation's. */
  static final Set<String> GENERIC = Set.of(
      "air", "airline", "airlines", "airways", "aviation", "aero", "aerospace", "cargo", "shipping", "lines",
      "line", "maritime", "marine", "navigation", "tankers", "tanker", "trading", "trade", "traders",
      "commercial", "commerce", "group", "holding", "holdings", "international", "intl", "global", "national",
      "industries", "industry", "industrial", "bank", "banking", "finance", "financial", "investment",
      "investments", "capital", "oil", "gas", "petroleum", "petrochemical", "energy", "power", "services",
      "service", "enterprises", "enterprise", "construction", "engineering", "logistics", "transport",
      "transportation", "manufacturing", "technology", "technologies", "tech", "electronics", "systems",
      "development", "import", "export", "exchange", "insurance", "solutions", "resources", "supply",
      "equipment", "machinery", "agency", "office", "the", "and", "of", "for",
      "russian", "iranian", "syrian", "venezuelan", "islamic", "republic", "state", "iran", "russia", "syria",
      "iraq", "lebanon", "venezuela", "china", "korea", "belarus", "cuba",
      "havapeymayi", "havapeymaei", "havapeymaye", "aviakompaniya", "sanaye", "bazargani", "kashtirani",
      "khadamat", "sanati", "tolidi");

  /** Articles: {@code al-Tikriti} is {@code Tikriti}; dropped. */
  static final Set<String> ARTICLES = Set.of("al", "el", "ul", "ol");

  /** The article assimilated to a sun letter ({@code ar-Rahman}, {@code ad-Din}): dropped only when hyphenated. */
  static final Set<String> SUN_ARTICLES = Set.of("ad", "ed", "ud", "ar", "ur", "as", "us", "at", "az", "an", "ash", "ath", "adh");

  /** Linking particles (son of, father of, of): kept, weigh little, and omitting one costs nothing. */
  static final Set<String> PARTICLES = Set.of(
      "bin", "ibn", "ben", "bint", "binti", "bte", "bt", "ould", "abu", "abou", "abo", "umm", "om", "oglu",
      "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "la", "le", "y");

  /** The Persian ezafe written as a word of its own ({@code Sherkat-e}, {@code Havapeyma-ye}): dropped. */
  static final Set<String> EZAFE = Set.of("e", "ye");
}
