package io.tailwatch.screening;

/**
 * Keys that are equal across the usual Latin renderings of one name part.
 *
 * <p>{@link #of} folds letters that transliterations of Persian, Arabic and Russian names use for one sound:
 * q/gh/g/k/c (but c before e/i is s), kh, sh/sch/s, ch/tch/tsch, zh/j/dj, z/d/dh, th/t, ph/f, w/v, e/i/y and o/u; a run of vowels
 * becomes its last vowel ({@code ou}, {@code ei}, {@code ay}, {@code ia}, Korean {@code eo}); a final {@code h} that only lengthens a
 * vowel ({@code Fatemeh}, {@code Abdollah}) is dropped; doubled letters count once. So {@code Qasemi}, {@code Ghassemi}
 * and {@code Kasemi} share the key {@code kasimi}. The output alphabet: vowels {@code a i u}; consonants
 * {@code b c f h j k l m n p r s t v x z} and digits.
 *
 * <p>{@link #skeleton} keeps only the consonants (every {@code h} but a final one): the Arabic and Hebrew scripts do
 * not write short vowels, so {@code محسن} (ICU: {@code mhsn}) and {@code Mohsen} meet there.
 *
 * <p>Cost: one pass over the part, O(length).
 */
final class PhoneticKey {
  private PhoneticKey() {}

  static String of(String latin) {
    return fold(latin, false);
  }

  static String skeleton(String latin) {
    return skeleton(latin, false);
  }

  /**
   * The skeleton with every two-letter spelling read as two letters ({@code Azhar}: z, h, r, not zh, r): a
   * Latin rendering cannot say whether {@code zh} is ژ or ز then ه, so an abjad part is compared with both.
   * The same string as {@link #skeleton} when the part has no such pair.
   */
  static String literalSkeleton(String latin) {
    String split = latin;
    for (String pair : DIGRAPHS) {
      split = split.replace(pair, pair.charAt(0) + "'" + pair.charAt(1));
    }
    return split.equals(latin) ? null : skeleton(split, false);
  }

  private static final String[] DIGRAPHS = {"kh", "zh", "sh", "th", "gh", "dh", "ph"};

  /** Marks a skeleton whose word starts with a vowel (Ahmadi, احمدی), which Hamdi, حمدی does not. */
  static final char VOWEL_START = '@';

  /** For an abjad part, {@code latin} is a letter-by-letter reading, where "ph" is پ then ه, not f. */
  static String skeleton(String latin, boolean abjad) {
    String folded = fold(abjad ? latin.replace("ph", "p'h") : latin, true);
    StringBuilder out = new StringBuilder(folded.length() + 1);
    if (!folded.isEmpty() && isVowel(folded.charAt(0))) {
      out.append(VOWEL_START);
    }
    char previous = 0;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (isVowel(c) || c == 'v') {
        continue; // w/v and y are written as long vowels in the abjads
      }
      if (c != previous) {
        out.append(c);
      }
      previous = c;
    }
    int last = out.length() - 1;
    if (last >= 1 && out.charAt(last) == 'h') {
      out.setLength(last); // a final heh or teh marbuta is a vowel: هنیه Haniyeh, سپه Sepah
    }
    return out.toString();
  }

  /** Two skeletons written one after the other, as one word: the second's vowel mark goes, doubles merge. */
  static String joinSkeletons(String a, String b) {
    String tail = !b.isEmpty() && b.charAt(0) == VOWEL_START ? b.substring(1) : b;
    StringBuilder out = new StringBuilder(a);
    for (int i = 0; i < tail.length(); i++) {
      char c = tail.charAt(i);
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean isVowel(char c) {
    return c == 'a' || c == 'i' || c == 'u';
  }

  private static String fold(String s, boolean keepH) {
    int n = s.length();
    StringBuilder mapped = new StringBuilder(n + 2);
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      char d = i + 1 < n ? s.charAt(i + 1) : 0;
      char e = i + 2 < n ? s.charAt(i + 2) : 0;
      char out;
      int advance = 1;
      switch (c) {
        case 't' -> {
          if (d == 's' && e == 'c' && i + 3 < n && s.charAt(i + 3) == 'h') {
            out = 'c';
            advance = 4;
          } else if (d == 'c' && e == 'h') {
            out = 'c';
            advance = 3;
          } else if (d == 'h') {
            out = 't';
            advance = 2;
          } else {
            out = 't';
          }
        }
        case 's' -> {
          if (d == 'c' && e == 'h') {
            out = 's';
            advance = 3;
          } else if (d == 'h') {
            out = 's';
            advance = 2;
          } else {
            out = 's';
          }
        }
        case 'c' -> {
          if (d == 'h') {
            out = 'c';
            advance = 2;
          } else if (d == 'e' || d == 'i' || d == 'y') {
            out = 's'; // French and Spanish renderings: Belgacem, Lounici
          } else {
            out = 'k';
            advance = d == 'k' ? 2 : 1;
          }
        }
        case 'k' -> {
          out = d == 'h' ? 'x' : 'k';
          advance = d == 'h' ? 2 : 1;
        }
        case 'g' -> {
          out = 'k';
          advance = d == 'h' ? 2 : 1;
        }
        case 'q' -> out = 'k';
        case 'z' -> {
          out = d == 'h' ? 'j' : 'z';
          advance = d == 'h' ? 2 : 1;
        }
        case 'd' -> {
          if (d == 'z' && e == 'h') {
            out = 'j';
            advance = 3;
          } else if (d == 'j') {
            out = 'j';
            advance = 2;
          } else if (d == 'h') {
            out = 'z';
            advance = 2;
          } else {
            out = 'z';
          }
        }
        case 'p' -> {
          out = d == 'h' ? 'f' : 'p';
          advance = d == 'h' ? 2 : 1;
        }
        case 'x' -> {
          if (i > 0) {
            mapped.append('k'); // Alexis, Maxim; a leading x is pinyin's (Xi, Xiao): an s
          }
          out = 's';
        }
        case 'j' -> out = i == n - 1 && i > 0 && "eiy".indexOf(s.charAt(i - 1)) >= 0 ? 'i' : 'j'; // Sergej
        case 'w', 'v' -> out = 'v';
        case '\'' -> {
          i++; // a separator put in by skeleton(): letters on either side are read apart
          continue;
        }
        case 'e', 'i', 'y' -> out = 'i';
        case 'o', 'u' -> out = 'u';
        default -> out = c;
      }
      mapped.append(out);
      i += advance;
    }
    return collapse(mapped, keepH);
  }

  /** Vowel runs to one vowel, lengthening h dropped, doubled consonants once. */
  private static String collapse(CharSequence m, boolean keepH) {
    int n = m.length();
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; ) {
      char c = m.charAt(i);
      if (isVowel(c)) {
        int j = i;
        while (j < n && isVowel(m.charAt(j))) {
          j++;
        }
        char v = m.charAt(j - 1); // the run sounds like its last vowel: Hossein, Daoud, Ziad, Jeong
        if (out.length() == 0 || out.charAt(out.length() - 1) != v) {
          out.append(v);
        }
        i = j;
        continue;
      }
      if (c == 'h' && !keepH && i > 0 && i == n - 1 && isVowel(m.charAt(i - 1))) {
        i++; // Fatemeh, Allah: a final h only lengthens the vowel before it
        continue;
      }
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
      i++;
    }
    return out.toString();
  }
}
