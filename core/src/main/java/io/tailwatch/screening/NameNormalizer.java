package io.tailwatch.screening;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a name as written on a manifest or a list into comparable parts.
 *
 * <ol>
 *   <li>Script: any script to Latin, then to ASCII (ICU4J {@code Any-Latin; Latin-ASCII}).
 *   <li>Punctuation and case: {@code GHASEMI/GHOLAMREZA MR} and {@code Ghasemi, Gholam-Reza} give the same parts.
 *   <li>Honorifics and titles (Mr, Dr, Haji, Seyyed, Capt) are dropped: they say nothing of identity.
 *   <li>{@link #fold} maps each part to a key that is the same across common Latin renderings of Persian and
 *       Arabic names: gh/q/k, kh/x, ou/oo/u, e/i/y, w/v, doubled letters.
 * </ol>
 *
 * Thread-safe: ICU transliterators are not, so each thread gets its own.
 */
public final class NameNormalizer {
  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "mstr", "dr", "prof", "sir", "capt", "captain", "haji", "haj", "hajj", "hajji",
      "sayyed", "sayyid", "seyyed", "seyed", "sayed", "syed", "sheikh", "shaikh", "eng", "engr");

  private NameNormalizer() {}

  /** The name's parts, lower-case ASCII, titles removed, in the order written. */
  public static List<String> parts(String name) {
    List<String> parts = new ArrayList<>();
    if (name == null) {
      return parts;
    }
    String ascii = toAscii(name).toLowerCase(Locale.ROOT);
    StringBuilder current = new StringBuilder();
    for (int i = 0; i <= ascii.length(); i++) {
      char c = i < ascii.length() ? ascii.charAt(i) : ' ';
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        current.append(c);
      } else if (c == '\'' || c == '`') {
        continue; // Ali'akbar, Sa'id: an apostrophe joins, it does not split
      } else if (current.length() > 0) {
        String part = current.toString();
        if (!TITLES.contains(part)) {
          parts.add(part);
        }
        current.setLength(0);
      }
    }
    return parts;
  }

  /** Any script to ASCII; names already in ASCII (most list entries) skip ICU, which costs microseconds a call. */
  public static String toAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return TO_ASCII.get().transliterate(name);
      }
    }
    return name;
  }

  /** A phonetic key for one part; equal keys mean "the same name part spelt another way". */
  public static String fold(String part) {
    String s = part.toLowerCase(Locale.ROOT)
        .replace("kh", "x")
        .replace("gh", "q")
        .replace("ch", "c")
        .replace("sh", "s")
        .replace("ph", "f")
        .replace("th", "t")
        .replace("dh", "z")
        .replace("ou", "u")
        .replace("oo", "u")
        .replace("ee", "i");
    StringBuilder out = new StringBuilder(s.length());
    char previous = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = switch (s.charAt(i)) {
        case 'q', 'k', 'c', 'g' -> 'k';
        case 'e', 'y', 'i' -> 'i';
        case 'w', 'v' -> 'v';
        case 'o', 'u' -> 'u';
        case 'z', 'd' -> 'z';
        default -> s.charAt(i);
      };
      if (c != previous) {
        out.append(c);
      }
      previous = c;
    }
    return out.toString();
  }
}
