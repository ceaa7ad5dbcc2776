package io.tailwatch.screening;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One word of any script (but Arabic, see {@link NameDictionary}) to lower-case ASCII Latin.
 *
 * <ul>
 *   <li>ASCII: lower-cased. Latin with accents: decomposed and stripped ({@code Ørsted} is {@code orsted}).
 *       These are the common cases and stay off ICU, which costs tens of microseconds a call.
 *   <li>Cyrillic: the BGN/PCGN romanisation of Russian, or of Ukrainian or Belarusian when their letters
 *       appear ({@code Юлія} is {@code yuliya}): the one English-language lists use.
 *   <li>Greek: UNGEGN. Hebrew: BGN (an abjad: consonants only).
 *   <li>Han and Hangul: per syllable. Pinyin writes the given name as one word, so Han syllables after the
 *       first (the family name) are joined: {@code 李克强} is {@code li keqiang}. Korean names are written
 *       syllable by syllable ({@code Kim Jong Un}), so {@code 김정은} is {@code gim jeong eun}.
 *   <li>Anything else: ICU {@code Any-Latin}.
 * </ul>
 *
 * <p>Thread-safe: ICU transliterators are kept one per thread. Results for non-ASCII words are cached (a name
 * list repeats its words), bounded to {@value #CACHE_LIMIT} entries.
 */
final class Transliteration {
  private static final int CACHE_LIMIT = 200_000;
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
  private static final Map<String, ThreadLocal<Transliterator>> ICU = new ConcurrentHashMap<>();

  private Transliteration() {}

  static String toAscii(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length() && ascii; i++) {
      ascii = word.charAt(i) < 0x80;
    }
    if (ascii) {
      return word.toLowerCase(Locale.ROOT);
    }
    String cached = CACHE.get(word);
    if (cached != null) {
      return cached;
    }
    String latin = convert(word);
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(word, latin);
    return latin;
  }

  private static String convert(String word) {
    int first = firstLetter(word);
    Character.UnicodeScript script = first < 0 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(first);
    String latin = switch (script) {
      case LATIN, COMMON, INHERITED -> word;
      case CYRILLIC -> icu(cyrillicSystem(word), word);
      case GREEK -> icu("Greek-Latin/UNGEGN", word);
      case HEBREW -> icu("Hebrew-Latin/BGN", word);
      case HAN -> syllables("Han-Latin/Names", word, true);
      case HANGUL -> syllables("Hangul-Latin", word, false);
      default -> icu("Any-Latin", word);
    };
    return stripAccents(latin).toLowerCase(Locale.ROOT);
  }

  private static String cyrillicSystem(String word) {
    if (word.indexOf('ў') >= 0 || word.indexOf('Ў') >= 0) {
      return "Belarusian-Latin/BGN";
    }
    for (char c : "іїєґІЇЄҐ".toCharArray()) {
      if (word.indexOf(c) >= 0) {
        return "Ukrainian-Latin/BGN";
      }
    }
    return "Russian-Latin/BGN";
  }

  /** Han or Hangul: family name syllable, then the given-name syllables, as one word when pinyin joins them. */
  private static String syllables(String id, String word, boolean joinGiven) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      String syllable = icu(id, new String(Character.toChars(cp))).replaceAll("[^\\p{L}\\p{N}]", "");
      if (!joinGiven && syllable.startsWith("l")) {
        syllable = "r" + syllable.substring(1); // an initial rieul is r in Korean romanisations: 룡 Ryong
      }
      if (count == 1 || count > 1 && !joinGiven) {
        out.append(' ');
      }
      out.append(syllable);
      count++;
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static String icu(String id, String text) {
    return ICU.computeIfAbsent(id, k -> ThreadLocal.withInitial(() -> Transliterator.getInstance(k)))
        .get().transliterate(text);
  }

  private static int firstLetter(String word) {
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isLetter(cp)) {
        return cp;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** Latin letters to ASCII: marks dropped, the letters that do not decompose mapped by hand. */
  static String stripAccents(String s) {
    String d = Normalizer.normalize(s.replace('ç', 's').replace('Ç', 'S'), Normalizer.Form.NFKD); // Fayçal
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c < 0x80) {
        out.append(c);
        continue;
      }
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ß' -> out.append("ss");
        case 'æ', 'Æ' -> out.append("ae");
        case 'œ', 'Œ' -> out.append("oe");
        case 'ø', 'Ø' -> out.append('o');
        case 'ł', 'Ł' -> out.append('l');
        case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
        case 'þ', 'Þ' -> out.append("th");
        case 'ı' -> out.append('i');
        case 'ħ', 'Ħ' -> out.append('h');
        case 'ŋ', 'Ŋ' -> out.append('n');
        case 'ŧ', 'Ŧ' -> out.append('t');
        case 'ʼ', 'ʻ', 'ʿ', 'ʾ', '’', '‘', '·' -> { } // apostrophes of transliteration (ʿAbbas): no letter
        default -> out.append(Character.isLetterOrDigit(c) ? c : ' ');
      }
    }
    return out.toString();
  }
}
