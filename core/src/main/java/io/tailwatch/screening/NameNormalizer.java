package io.tailwatch.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a name as written on a manifest or a list into comparable parts ({@link ParsedName}).
 *
 * <ol>
 *   <li>Bad input: null is empty; the text is cut at {@value #MAX_CHARS} characters, a part at
 *       {@value #MAX_PART_LENGTH} letters, a name at {@value #MAX_PARTS} parts, so a 10,000-character "name"
 *       costs what a long real one does; control characters, unpaired surrogates and replacement characters
 *       separate words.
 *   <li>Airline style: {@code GHASEMI/GHOLAMREZA MR} is given names, then surname; a title glued to the given
 *       names ({@code GHOLAMREZAMR}) is cut off.
 *   <li>Words: split at spaces and punctuation; an apostrophe joins ({@code Sa'id}); consecutive initials
 *       with dots that spell a legal form ({@code L.L.C.}) are that form.
 *   <li>Scripts: Arabic-script words are read through the {@link NameDictionary} (up to three words at a time,
 *       so {@code عبد الله} is found as {@code عبدالله}), with the article {@code ال} and a leading {@code عبد}
 *       split off when that helps; words it does not know keep their consonants ({@link NamePart#abjad}).
 *       Other scripts go to Latin ({@link Transliteration}). Compounds written as one word are taken apart
 *       the same way in both scripts: {@code Abdelhalim} and {@code عبدالحليم} are Abd + Halim,
 *       {@code Ghiasuddin} and {@code غياث الدين} are Ghias + Din, {@code Sanaullah} is Sana + Allah (unless the
 *       dictionary knows the compound as one name: Abdullah, Nasrollah).
 *   <li>Set aside: honorifics and titles (Mr, Haji, Seyyed, Mir, also glued: {@code Seyedali}), legal forms
 *       (LLC, PJSC, Sherkat, ...), the article {@code al-}, the Persian ezafe ({@code Sherkat-e}).
 *       Particles ({@code bin}, {@code abu}), initials and generic company words are kept with their role.
 *   <li>Kind: a legal form or generic company word says organisation; a personal title says person.
 * </ol>
 *
 * <p>Thread-safe. Cost: linear in the (capped) text, plus an ICU call per Cyrillic, Greek, Han... word not yet
 * cached (Arabic-script words are read by the dictionary and a letter table, without ICU).
 */
public final class NameNormalizer {
  static final int MAX_CHARS = 300;
  static final int MAX_PART_LENGTH = 40;
  static final int MAX_PARTS = 12;

  /** Titles the Persian script glues to the name they honour: Mir, Seyyed, Haji, Haj. */
  private static final String[] ARABIC_GLUED_TITLES = {"میر", "سید", "حاجی", "حاج"};

  private NameNormalizer() {}

  /** The name's parts in Latin letters, titles and legal forms removed, in the order written. */
  public static List<String> parts(String name) {
    List<String> out = new ArrayList<>();
    for (NamePart p : parse(name).parts()) {
      out.add(p.latin());
    }
    return out;
  }

  /** The phonetic key of one part; equal keys mean "the same name part spelt another way". */
  public static String fold(String part) {
    return PhoneticKey.of(part.toLowerCase(Locale.ROOT));
  }

  public static ParsedName parse(String name) {
    if (name == null || name.isBlank()) {
      return ParsedName.EMPTY;
    }
    String text = cap(name);
    text = withoutRemarks(text);
    text = airlineOrder(text);
    text = listOrder(text);
    List<Word> words = words(text);
    Reading reading = new Reading();
    int i = 0;
    while (i < words.size()) {
      if (words.get(i).arabic) {
        readArabicWord(words.get(i).text, reading);
      } else {
        readLatin(words, i, reading);
      }
      i++;
    }
    reading.finishLatin();
    List<NamePart> merged = mergeCompounds(reading.parts);
    reading.parts.clear();
    reading.parts.addAll(merged);
    if (reading.parts.isEmpty()) {
      return new ParsedName(name, List.of(), reading.kind(), reading.ignored);
    }
    List<NamePart> parts = reading.parts.size() > MAX_PARTS ? reading.parts.subList(0, MAX_PARTS) : reading.parts;
    return new ParsedName(name, parts, reading.kind(), reading.ignored);
  }

  private static String cap(String name) {
    if (name.length() <= MAX_CHARS) {
      return name;
    }
    int end = MAX_CHARS;
    if (Character.isHighSurrogate(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(0, end);
  }

  /** {@code SURNAME/GIVEN NAMES MR} to {@code GIVEN NAMES SURNAME}, cutting a title glued to the given names. */
  static String airlineOrder(String text) {
    int slash = text.indexOf('/');
    if (slash <= 0 || slash != text.lastIndexOf('/') || slash == text.length() - 1) {
      return text;
    }
    String surname = text.substring(0, slash).trim();
    String given = text.substring(slash + 1).trim();
    if (surname.isEmpty() || given.isEmpty()) {
      return text;
    }
    if (given.equals(given.toUpperCase(Locale.ROOT))) {
      String[] words = given.split("\\s+");
      String last = words[words.length - 1];
      String lower = last.toLowerCase(Locale.ROOT);
      for (String title : NameWords.GLUED_AIRLINE_TITLES) {
        if (lower.endsWith(title) && lower.length() > title.length() + 1 && !NameWords.TITLES.contains(lower)) {
          words[words.length - 1] = last.substring(0, last.length() - title.length()) + " " + title;
          break;
        }
      }
      given = String.join(" ", words);
    }
    return given + " " + surname;
  }

  /**
   * Parenthesised remarks dropped when a name stands outside them: {@code (f.k.a. ...)}, {@code (DPRK individual)},
   * an acronym {@code (CSSC)}, a legal form {@code (Pvt)}. They name another name or nothing; lists give aliases
   * apart.
   */
  static String withoutRemarks(String text) {
    if (text.indexOf('(') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
        out.append(' ');
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    String kept = out.toString();
    return kept.codePoints().anyMatch(Character::isLetter) ? kept : text;
  }

  /**
   * The order lists write people in, {@code SURNAME, Given Names} (OFAC, UN, CSL), to given names then surname,
   * so that compounds and generations read as in running text. Left alone when what follows the comma is only
   * legal forms or suffixes ({@code Gazprom Energo, OOO}, {@code Anglo-Caribbean Co., Ltd.}, {@code Jr.}).
   */
  static String listOrder(String text) {
    String[] segments = text.split(",", -1);
    int last = segments.length - 1;
    while (last > 0 && onlyFormsOrSuffixes(segments[last])) {
      last--;
    }
    if (last != 1 || segments[0].isBlank() || segments[1].isBlank()) {
      return text;
    }
    StringBuilder out = new StringBuilder(segments[1].trim()).append(' ').append(segments[0].trim());
    for (int i = 2; i < segments.length; i++) {
      out.append(' ').append(segments[i].trim());
    }
    return out.toString();
  }

  private static boolean onlyFormsOrSuffixes(String segment) {
    boolean any = false;
    for (String w : segment.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      any = true;
      if (!NameWords.LEGAL_FORMS.contains(w) && !NameWords.SUFFIXES.contains(w) && w.length() > 1) {
        return false;
      }
    }
    return any;
  }

  /** A word as cut from the text: its letters, script, and what followed it. */
  private record Word(String text, boolean arabic, boolean hyphenAfter, boolean dotAfter) {}

  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean currentArabic = false;
    int n = text.length();
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      boolean joiner = cp == 0x200C || cp == 0x200D;
      boolean apostrophe = cp == '\'' || cp == '`' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC
          || cp == 0x02BB || cp == 0x02BF || cp == 0x02BE;
      boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK;
      if (Character.isLetterOrDigit(cp) || joiner || mark) {
        boolean arabic = ArabicScript.isAbjad(cp);
        if (current.length() > 0 && Character.isLetterOrDigit(cp) && arabic != currentArabic) {
          words.add(new Word(current.toString(), currentArabic, false, false)); // script change: Gholamرضا
          current.setLength(0);
        }
        if (current.length() == 0) {
          currentArabic = arabic;
        }
        current.appendCodePoint(cp);
      } else if (apostrophe) {
        // Sa'id, Naval'nyy: the apostrophe marks a letter Latin lacks; the word goes on
      } else if (current.length() > 0) {
        words.add(new Word(current.toString(), currentArabic, cp == '-' || cp == 0x2010 || cp == 0x2011,
            cp == '.'));
        current.setLength(0);
      }
      i += len;
    }
    if (current.length() > 0) {
      words.add(new Word(current.toString(), currentArabic, false, false));
    }
    return words;
  }

  private static void readArabicWord(String written, Reading reading) {
    String word = ArabicScript.normalize(written);
    if (word.startsWith("ال") && word.length() > 3 && NameDictionary.get().arabic(word) == null
        && reading.lastIsAbd()) {
      reading.ignored.add("ال"); // عبد الحی: after Abd, al- is always the article
      word = word.substring(2);
    }
    readArabicWord(written, word, reading, 0);
  }

  /**
   * One Arabic-script word: the dictionary's reading when it has one; else the particles, the article, the
   * compounds written as one word (Abd al-X, Abu al-X, X al-Din, X Allah) taken apart, a glued title set aside;
   * else the consonants.
   */
  private static void readArabicWord(String written, String word, Reading reading, int depth) {
    if (isHebrew(word)) {
      String consonants = lettersOnly(Transliteration.toAscii(word));
      if (!consonants.isEmpty()) {
        reading.add(NamePart.abjad(written, truncate(consonants)));
      }
      return;
    }
    if (word.codePointCount(0, word.length()) <= 1) {
      reading.ignored.add(written); // the conjunction و, a written ezafe ی
      return;
    }
    if (readKnownArabic(written, word, reading) || depth > 3) {
      if (depth > 3) {
        reading.add(NamePart.arabic(written, truncate(word)));
      }
      return;
    }
    switch (word) {
      case "بن" -> particle(written, "bin", reading);
      case "ابن" -> particle(written, "ibn", reading);
      case "بنت" -> particle(written, "bint", reading);
      case "ابو" -> particle(written, "abu", reading);
      case "ام" -> particle(written, "umm", reading);
      default -> readArabicCompound(written, word, reading, depth);
    }
  }

  private static void readArabicCompound(String written, String word, Reading reading, int depth) {
    if (word.startsWith("ال") && word.length() > 4) {
      reading.ignored.add("ال"); // the article: al-Tikriti is Tikriti
      readArabicWord(word.substring(2), word.substring(2), reading, depth + 1);
      return;
    }
    if (word.startsWith("عبد") && word.length() > 4) {
      reading.add(NamePart.latin("عبد", "abd", NamePart.Role.NAME)); // عبدالحلیم: Abd al-Halim
      String rest = word.substring(3);
      rest = rest.startsWith("ال") && rest.length() > 3 ? rest.substring(2) : rest;
      readArabicWord(rest, rest, reading, depth + 1);
      return;
    }
    if (word.endsWith("عبد") && word.length() > 5) {
      String head = word.substring(0, word.length() - 3); // محمدعبد: Mohammad Abd (al-...)
      readArabicWord(head, head, reading, depth + 1);
      reading.add(NamePart.latin("عبد", "abd", NamePart.Role.NAME));
      return;
    }
    if (word.startsWith("ابو") && word.length() > 4) {
      particle("ابو", "abu", reading); // ابوالیزید: Abu al-Yazid
      readArabicWord(word.substring(3), word.substring(3), reading, depth + 1);
      return;
    }
    for (String suffix : new String[] {"الدین", "الله"}) {
      if (word.endsWith(suffix) && word.length() > suffix.length() + 1) {
        String head = word.substring(0, word.length() - suffix.length()); // سیف‌الدین: Saif al-Din
        readArabicWord(head, head, reading, depth + 1);
        readArabicWord(suffix, suffix, reading, depth + 1);
        return;
      }
    }
    for (String title : ARABIC_GLUED_TITLES) {
      NameDictionary.Reading r = word.length() > title.length() + 1
          ? NameDictionary.get().arabic(word.substring(title.length())) : null;
      if (word.startsWith(title) && r != null && r.role() == NameDictionary.Role.NAME) {
        reading.ignored.add(title); // میرحسین: Mir Hossein
        reading.titled = true;
        reading.add(NamePart.read(written, r, NamePart.Role.NAME));
        return;
      }
    }
    reading.add(NamePart.arabic(written, truncate(word)));
  }

  private static void particle(String written, String latin, Reading reading) {
    reading.add(NamePart.latin(written, latin, NamePart.Role.PARTICLE));
  }

  private static boolean isHebrew(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (ArabicScript.isHebrewLetter(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean readKnownArabic(String written, String word, Reading reading) {
    NameDictionary.Reading r = NameDictionary.get().arabic(word);
    if (r == null) {
      return false;
    }
    switch (r.role()) {
      case NAME -> reading.add(NamePart.read(written, r, NamePart.Role.NAME));
      case GENERIC -> {
        reading.add(NamePart.read(written, r, NamePart.Role.GENERIC));
        reading.organisation = true;
      }
      case LEGAL_FORM -> {
        reading.ignored.add(written);
        reading.organisation = true;
      }
      case TITLE -> {
        reading.ignored.add(written);
        reading.titled = true;
      }
      default -> throw new IllegalStateException();
    }
    return true;
  }

  /** Latin-letter words wait in {@code pending} so that dotted initials and articles can be seen in context. */
  private static void readLatin(List<Word> words, int i, Reading reading) {
    Word w = words.get(i);
    String ascii = Transliteration.toAscii(w.text);
    String[] pieces = ascii.split("[^a-z0-9]+");
    int count = 0;
    for (String piece : pieces) {
      if (!piece.isEmpty()) {
        count++;
      }
    }
    int seen = 0;
    for (String piece : pieces) {
      if (piece.isEmpty()) {
        continue;
      }
      seen++;
      boolean last = seen == count;
      reading.pending.add(new Pending(count == 1 ? w.text : piece, truncate(piece), last && w.hyphenAfter,
          last && w.dotAfter));
    }
  }

  private static String truncate(String s) {
    return s.length() > MAX_PART_LENGTH ? s.substring(0, MAX_PART_LENGTH) : s;
  }

  private static String lettersOnly(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The keys of Abd written as a word of its own (Abd, Abdul, Abdel, Abdol, Abdur, Abdus, Abdal). */
  private static final java.util.Set<String> ABD = java.util.stream.Stream.of(
      "abd", "abdul", "abdel", "abdol", "abdur", "abdus", "abdal", "abdil")
      .map(PhoneticKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final java.util.Set<String> DIN = java.util.Set.of(
      "din", "deen", "dine", "ddin", "eddin", "eddine", "uddin", "uddine", "addin", "iddin", "oddin");
  private static final java.util.Set<String> ALLAH = java.util.Set.of("allah", "ullah", "ollah", "ellah", "llah");

  /**
   * One part for each compound name however it is written: Abd + X ({@code Abdul Rahman}, {@code Abdulrahman},
   * {@code عبد الرحمن} all give {@code abdrahman}), X + Din ({@code Jalal ud-Din}, {@code Jalaluddin}: jalaldin),
   * X + Allah ({@code Sana Ullah}, {@code Sanaullah}: sanaallah). One name, so it counts as one part: "Abdul
   * Rahman" alone is a given name, not two parts in common.
   */
  static List<NamePart> mergeCompounds(List<NamePart> parts) {
    List<NamePart> out = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      NamePart p = parts.get(i);
      NamePart next = i + 1 < parts.size() ? parts.get(i + 1) : null;
      if (next != null && isAbd(p) && next.role() == NamePart.Role.NAME && !isAbd(next)) {
        out.add(NamePart.compound(p, "abd", next));
        i++;
      } else if (next != null && p.role() == NamePart.Role.NAME
          && (DIN.contains(next.latin()) || ALLAH.contains(next.latin())) && !isAbd(p)) {
        out.add(NamePart.compound(p, p.latin(), next));
        i++;
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean isAbd(NamePart p) {
    return !p.abjad() && p.role() == NamePart.Role.NAME && ABD.contains(p.key());
  }

  /** Abd al-X written as one word: Abdelhalim, Abdulhai, Abdurrahman, Abdolreza. */
  private static final java.util.regex.Pattern ABD_COMPOUND =
      java.util.regex.Pattern.compile("abd(?:[aeiou]l?)?([a-z]{3,})");
  /**
   * The X of X al-Din or X Allah written as one word ({@code Nuruddin}, {@code Ghiasouddine}, {@code Alaeddin},
   * {@code Sanaullah}), or null. The article's consonant must show (doubled: {@code dd}, {@code ll}) or its
   * vowel be u or e ({@code Ziaudin}), so that {@code Borodin} stays whole.
   */
  static String head(String s, String tail) {
    int end;
    boolean doubled;
    if (tail.equals("din")) {
      end = s.endsWith("dine") ? s.length() - 4 : s.endsWith("din") ? s.length() - 3 : -1;
      doubled = end > 0 && s.charAt(end - 1) == 'd';
    } else {
      end = s.endsWith("llah") ? s.length() - 3 : -1;
      doubled = true;
    }
    if (end < 0) {
      return null;
    }
    int k = doubled ? end - 1 : end;
    if (!doubled && tail.equals("din") && k >= 2 && s.charAt(k - 1) == 'l' && "aeu".indexOf(s.charAt(k - 2)) >= 0) {
      return k - 2 >= 3 ? s.substring(0, k - 2) : null; // Salahaldin: Salah al-Din
    }
    int v = k;
    if (v > 0 && "aeiou".indexOf(s.charAt(v - 1)) >= 0) {
      v--;
      if (v > 0 && s.charAt(v) == 'u' && s.charAt(v - 1) == 'o') {
        v--;
      }
    }
    String vowel = s.substring(v, k);
    if (!doubled && !(vowel.equals("u") || vowel.equals("e") || vowel.equals("ou"))) {
      return null;
    }
    return v >= 3 ? s.substring(0, v) : null;
  }

  private record Pending(String written, String latin, boolean hyphenAfter, boolean dotAfter) {}

  /** The parts read so far and what the words said about the kind of party. */
  private static final class Reading {
    final List<NamePart> parts = new ArrayList<>();
    final List<String> ignored = new ArrayList<>();
    final List<Pending> pending = new ArrayList<>();
    boolean organisation;
    boolean titled;

    void add(NamePart part) {
      finishLatin();
      parts.add(part);
    }

    boolean lastIsAbd() {
      finishLatin();
      return !parts.isEmpty() && isAbd(parts.get(parts.size() - 1));
    }

    NameKind kind() {
      return organisation ? NameKind.ORGANIZATION : titled ? NameKind.PERSON : NameKind.UNKNOWN;
    }

    /** Turns the pending Latin words into parts, with the context each rule needs. */
    void finishLatin() {
      if (pending.isEmpty()) {
        return;
      }
      List<Pending> ws = joinDottedForms(new ArrayList<>(pending));
      pending.clear();
      int n = ws.size();
      for (int k = 0; k < n; k++) {
        Pending w = ws.get(k);
        String s = w.latin;
        boolean first = k == 0 && parts.isEmpty();
        boolean lastWord = k == n - 1;
        if (NameWords.TITLES.contains(s)) {
          ignored.add(w.written);
          titled = true;
        } else if (NameWords.REMARKS.contains(s) || NameWords.SUFFIXES.contains(s) && k > 0) {
          ignored.add(w.written);
        } else if (inLegalPhrase(ws, k)) {
          ignored.add(w.written);
          organisation = true;
        } else if (NameWords.LEGAL_FORMS.contains(s) && !(first && s.length() == 2 && n > 1
            && !NameWords.LEADING_FORMS.contains(s))) {
          ignored.add(w.written);
          organisation = true;
        } else if (NameWords.ARTICLES.contains(s) && !lastWord) {
          ignored.add(w.written);
        } else if (NameWords.SUN_ARTICLES.contains(s) && w.hyphenAfter && !lastWord) {
          ignored.add(w.written);
        } else if (NameWords.EZAFE.contains(s) && k > 0 && (ws.get(k - 1).hyphenAfter || !lastWord)) {
          ignored.add(w.written);
        } else if (NameWords.PARTICLES.contains(s) && n > 1) {
          parts.add(NamePart.latin(w.written, s, NamePart.Role.PARTICLE));
        } else if (NameWords.GENERIC.contains(s)) {
          parts.add(NamePart.latin(w.written, s, NamePart.Role.GENERIC));
          organisation |= !(s.equals("the") || s.equals("and") || s.equals("of") || s.equals("for"));
        } else if (s.length() == 1 && Character.isLetter(s.charAt(0))) {
          parts.add(NamePart.latin(w.written, s, NamePart.Role.INITIAL));
        } else {
          addName(w.written, s);
        }
      }
    }

    /**
     * Whether word k belongs to a legal form written in words: (open, closed, public, private) joint stock
     * (company), limited liability (company), private limited, société anonyme.
     */
    private static boolean inLegalPhrase(List<Pending> ws, int k) {
      String s = ws.get(k).latin;
      String previous = k > 0 ? ws.get(k - 1).latin : "";
      String next = k + 1 < ws.size() ? ws.get(k + 1).latin : "";
      String afterNext = k + 2 < ws.size() ? ws.get(k + 2).latin : "";
      return switch (s) {
        case "joint" -> next.equals("stock");
        case "stock" -> previous.equals("joint");
        case "open", "closed", "public", "private", "nonpublic" -> next.equals("joint") && afterNext.equals("stock")
            || (s.equals("private") && (next.equals("limited") || next.equals("ltd")));
        case "liability" -> previous.equals("limited");
        case "anonyme", "anonima" -> previous.equals("societe") || previous.equals("sociedad");
        case "societe", "sociedad" -> next.equals("anonyme") || next.equals("anonima");
        default -> false;
      };
    }

    /** A name word, unless it carries a title or an article glued on ({@code Seyedali}, {@code Alhosseini}). */
    private void addName(String written, String s) {
      NameDictionary dictionary = NameDictionary.get();
      if (dictionary.groups(PhoneticKey.of(s)).length == 0) {
        java.util.regex.Matcher m = ABD_COMPOUND.matcher(s);
        if (m.matches()) {
          parts.add(NamePart.latin(written, "abd", NamePart.Role.NAME));
          addName(written, m.group(1));
          return;
        }
        for (String tail : new String[] {"din", "allah"}) {
          String head = head(s, tail);
          if (head != null) {
            addName(written, head);
            parts.add(NamePart.latin(written, tail, NamePart.Role.NAME));
            return;
          }
        }
        for (String title : NameWords.GLUED_TITLES) {
          if (s.startsWith(title) && gluedOn(s.substring(title.length()))) {
            ignored.add(title);
            titled = true;
            parts.add(NamePart.latin(written, s.substring(title.length()), NamePart.Role.NAME));
            return;
          }
        }
        if (s.length() >= 6 && "ae".indexOf(s.charAt(0)) >= 0 && "tdrzsnl".indexOf(s.charAt(1)) >= 0
            && s.charAt(2) == s.charAt(1)) {
          ignored.add(s.substring(0, 1) + s.charAt(1)); // Essabar, Ettayeb: es-Sabar, et-Tayeb
          parts.add(NamePart.latin(written, s.substring(2), NamePart.Role.NAME));
          return;
        }
        for (String article : new String[] {"al", "el"}) {
          if (s.startsWith(article) && gluedOn(s.substring(article.length()))) {
            ignored.add(article);
            parts.add(NamePart.latin(written, s.substring(article.length()), NamePart.Role.NAME));
            return;
          }
        }
      }
      parts.add(NamePart.latin(written, s, NamePart.Role.NAME));
    }

    private static boolean gluedOn(String rest) {
      return rest.length() >= 3 && NameDictionary.get().groups(PhoneticKey.of(rest)).length > 0;
    }

    /** {@code L.L.C.}, {@code C.A.}: single letters with dots that together spell a legal form. */
    private static List<Pending> joinDottedForms(List<Pending> ws) {
      for (int k = 0; k < ws.size(); k++) {
        if (ws.get(k).latin.length() != 1) {
          continue;
        }
        StringBuilder joined = new StringBuilder();
        int end = k;
        while (end < ws.size() && ws.get(end).latin.length() == 1 && (end == k || ws.get(end - 1).dotAfter)) {
          joined.append(ws.get(end).latin);
          end++;
        }
        if (end - k >= 2 && NameWords.LEGAL_FORMS.contains(joined.toString())) {
          StringBuilder written = new StringBuilder();
          for (int x = k; x < end; x++) {
            written.append(ws.get(x).written).append('.');
          }
          Pending form = new Pending(written.toString(), joined.toString(), false, false);
          ws.subList(k, end).clear();
          ws.add(k, form);
        }
      }
      return ws;
    }
  }
}
