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
        case '\u0629', '\u06C0', '\u06D5', '\u06C1' -> out.append('\u0647'); // teh marbuta, heh forms -> heh
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
}
