package io.tailwatch.screening;

import java.text.Normalizer;

/**
 * One spelling for a name written in the Arabic script, whether by an Arabic or a Persian hand: Arabic and
 * Persian yeh and kaf are one letter, teh marbuta and heh with hamza are heh, the alef forms are alef, vowel
 * signs, tatweel and a lone hamza go, and the zero-width non-joiner that Persian puts inside compound names
 * ({@code غلام‌رضا}, {@code خامنه‌ای}) is removed so the compound is one word.
 *
 * <p>Cost: O(length); presentation forms are first decomposed (NFKC) only when present.
 */
final class ArabicScript {
  private ArabicScript() {}

  static boolean isArabicLetter(int c) {
    return c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0x08A0 && c <= 0x08FF
        || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF;
  }

  static boolean isHebrewLetter(int c) {
    return c >= 0x0590 && c <= 0x05FF || c >= 0xFB1D && c <= 0xFB4F;
  }

  /** Whether the script leaves short vowels unwritten, so only consonants can be compared. */
  static boolean isAbjad(int c) {
    return isArabicLetter(c) || isHebrewLetter(c);
  }

  static String normalize(String word) {
    String s = word;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xFB50) {
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        break;
      }
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u064A', '\u0649', '\u0626', '\u06D2' -> out.append('\u06CC'); // yeh forms -> Persian yeh
        case '\u0643' -> out.append('\u06A9'); // Arabic kaf -> Persian keheh
        case '\u0629', '\u06C0', '\u06D5', '\u06C1', '\u06BE', '\u06C2', '\u06C3' -> out.append('\u0647'); // heh forms
        case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673' -> out.append('\u0627'); // alef forms
        case '\u0624' -> out.append('\u0648'); // waw with hamza -> waw
        case '\u0621', '\u0640', '\u200C', '\u200D', '\u200F', '\u200E' -> { } // hamza, tatweel, (non-)joiners
        default -> {
          if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c >= '\u06D6' && c <= '\u06ED') {
            continue; // vowel signs and Quranic marks
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  /**
   * A normalised word letter by letter in Latin, one letter for one letter ({@code محسن} is {@code mhsn}), for
   * display and joins; long vowels as a, w, y.
   */
  static String latin(String normalized) {
    StringBuilder out = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      char l = c < 0x0600 || c > 0x06FF ? 0 : LATIN[c - 0x0600];
      if (l != 0) {
        out.append(l);
      }
    }
    return out.toString();
  }

  /**
   * The consonants of a normalised word in the {@link PhoneticKey} alphabet, so that they compare with a Latin
   * name's {@link PhoneticKey#skeleton}: alef, waw, yeh and ain go (vowels or unwritten in Latin), a final heh
   * goes (a vowel: Fatemeh), doubled letters count once; a word opening with alef, ain or yeh is marked as
   * opening with a vowel. Theh is t, as Arabic renderings write it (Thamir, Harith). Letter by letter, so {@code ص} then {@code ح} is not
   * read as {@code sh} the way a Latin transliteration would be.
   */
  static String skeleton(String normalized) {
    StringBuilder out = new StringBuilder(normalized.length() + 1);
    if (!normalized.isEmpty() && "اعی".indexOf(normalized.charAt(0)) >= 0) {
      out.append(PhoneticKey.VOWEL_START); // Ahmad, Omar, Yahya start with a vowel in Latin
    }
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      char k = c < 0x0600 || c > 0x06FF ? 0 : SKELETON[c - 0x0600];
      if (k != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != k)) {
        out.append(k);
      }
    }
    int last = out.length() - 1;
    if (last >= 1 && out.charAt(last) == 'h') {
      out.setLength(last);
    }
    return out.toString();
  }

  private static final char[] LATIN = new char[256];
  private static final char[] SKELETON = new char[256];

  static {
    // letter, Latin letter shown, skeleton letter (0: none)
    String[] table = {
        "ا a", "ب b b", "پ p p", "ت t t", "ث s t", "ج j j", "چ c c", "ح h h", "خ x x", "د d z", "ذ z z", "ر r r",
        "ز z z", "ژ j j", "س s s", "ش s s", "ص s s", "ض z z", "ط t t", "ظ z z", "ع '", "غ q k", "ف f f",
        "ق q k", "ک k k", "گ g k", "ل l l", "م m m", "ن n n", "و w", "ه h h", "ی y", "ڤ v", "ڭ g k", "ڠ g k",
        "ځ z z", "څ c c", "ټ t t", "ډ d z", "ړ r r", "ږ j j", "ښ s s", "ڼ n n", "ۍ y", "ې y", "ٹ t t", "ڈ d z",
        "ڑ r r", "ں n n", "ے y"};
    for (String row : table) {
      String[] f = row.split(" ");
      char letter = f[0].charAt(0);
      LATIN[letter - 0x0600] = f[1].charAt(0) == '\'' ? 0 : f[1].charAt(0);
      SKELETON[letter - 0x0600] = f.length > 2 ? f[2].charAt(0) : 0;
    }
  }
}
