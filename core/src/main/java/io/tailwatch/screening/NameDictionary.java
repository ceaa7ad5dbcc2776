package io.tailwatch.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The name-equivalence dictionary: Persian and Arabic given names, common family names and the words of
 * titles and company names, each with its Latin renderings and its spellings in the Arabic script
 * ({@code name-equivalents.tsv} beside this class; its README states sources and licence).
 *
 * <p>It does two things no edit distance can: it reads an Arabic-script word, whose short vowels are not
 * written, as the vowelled Latin name ({@code غلامرضا} is {@code gholamreza}), and it knows that renderings far
 * apart in letters are one name ({@code Hossein} and {@code Husayn}) while renderings close in letters are two
 * ({@code Hassan} and {@code Hossein}).
 *
 * <p>Each line is one group: a role ({@code N} name, {@code G} generic word of organisation names, {@code F}
 * legal form, {@code T} title), the Latin renderings (the first is the one shown), then the Arabic-script
 * spellings. Latin renderings are found by their {@link PhoneticKey}, so spellings not listed but folding to a
 * listed one are found too. Loaded once from the classpath; look-ups are hash-map reads.
 */
final class NameDictionary {
  /** What a dictionary word is in a name. */
  enum Role { NAME, GENERIC, LEGAL_FORM, TITLE }

  /** One Arabic-script word read as a name part. */
  record Reading(String latin, int group, Role role) {}

  private static final int[] NONE = new int[0];
  private static final String RESOURCE = "name-equivalents.tsv";

  private final Map<String, Reading> arabic = new HashMap<>();
  private final Map<String, int[]> latinGroups = new HashMap<>();
  private final List<String> shown = new ArrayList<>();

  private static final class Holder {
    static final NameDictionary INSTANCE = load();
  }

  static NameDictionary get() {
    return Holder.INSTANCE;
  }

  private static NameDictionary load() {
    NameDictionary d = new NameDictionary();
    try (InputStream in = NameDictionary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        d.add(line, number);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return d;
  }

  private void add(String line, int number) {
    String[] fields = line.split("\t");
    if (fields.length < 2) {
      throw new IllegalStateException(RESOURCE + ":" + number + ": expected role, Latin forms, Arabic forms");
    }
    Role role = switch (fields[0].trim()) {
      case "N" -> Role.NAME;
      case "G" -> Role.GENERIC;
      case "F" -> Role.LEGAL_FORM;
      case "T" -> Role.TITLE;
      default -> throw new IllegalStateException(RESOURCE + ":" + number + ": unknown role " + fields[0]);
    };
    String[] latin = fields[1].trim().split(" +");
    int group = shown.size();
    shown.add(latin[0]);
    for (String form : latin) {
      if (role == Role.TITLE || role == Role.LEGAL_FORM) {
        break; // Latin titles and forms are matched as whole words (NameWords): "Seyed" folds like "Saeed"
      }
      String key = PhoneticKey.of(form);
      int[] groups = latinGroups.getOrDefault(key, NONE);
      if (Arrays.stream(groups).noneMatch(g -> g == group)) {
        int[] more = Arrays.copyOf(groups, groups.length + 1);
        more[groups.length] = group;
        latinGroups.put(key, more);
      }
    }
    if (fields.length > 2) {
      for (String form : fields[2].trim().split(" +")) {
        if (!form.isEmpty()) {
          arabic.putIfAbsent(ArabicScript.normalize(form), new Reading(latin[0], group, role));
        }
      }
    }
  }

  /** The reading of a normalised Arabic-script word, or null. */
  Reading arabic(String normalizedWord) {
    return arabic.get(normalizedWord);
  }

  /** The groups whose Latin renderings fold to this key; empty when the dictionary does not know it. */
  int[] groups(String phoneticKey) {
    return latinGroups.getOrDefault(phoneticKey, NONE);
  }

  /** The rendering shown for a group. */
  String shown(int group) {
    return shown.get(group);
  }

  int size() {
    return shown.size();
  }
}
