package io.tailwatch.bench;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.csl.CslReader;
import io.tailwatch.formats.un.UnConsolidatedReader;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.screening.NameKind;
import io.tailwatch.screening.NameNormalizer;
import io.tailwatch.screening.NamePart;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A screening list of a given size and the names a screening would be asked about.
 *
 * <p>The list starts with every name and alias of the real lists (OFAC SDN 2024, the UN consolidated list with its
 * original-script names, the US Consolidated Screening List) and is filled up with names made from the real lists'
 * words: for each script (Latin, Arabic, Cyrillic, Han, ...) and kind (people, organisations) a name takes two to
 * four words of that script and kind, each drawn as often as it occurs on the lists, so "Mohammad" is as common as
 * it really is and the index meets the crowded keys a real list has; a company's name then takes one of the words
 * that describe companies (Trading, LLC).
 *
 * <p>Queries are the names a manifest brings: one in five is a listed name as manifests spell it (order turned,
 * a part dropped, {@code SURNAME/GIVEN MR}, a letter changed, Gh for Q), the rest made-up travellers of the same
 * scripts, who mostly match nothing.
 */
final class ScreeningCorpus {
  final String[] names;
  final NameKind[] kinds;
  final int realNames;
  final String[] queries;

  private ScreeningCorpus(String[] names, NameKind[] kinds, int realNames, String[] queries) {
    this.names = names;
    this.kinds = kinds;
    this.realNames = realNames;
    this.queries = queries;
  }

  static ScreeningCorpus build(int size, int queryCount, long seed) throws IOException {
    List<String> names = new ArrayList<>(size);
    List<NameKind> kinds = new ArrayList<>(size);
    for (Entity e : realEntities()) {
      NameKind kind = NameKind.ofSchema(e.schema());
      if (kind == NameKind.UNKNOWN) {
        continue;
      }
      for (String name : e.allNames()) {
        if (names.size() < size) {
          names.add(name);
          kinds.add(kind);
        }
      }
    }
    int real = names.size();
    Map<String, List<String>> words = new HashMap<>();
    for (int i = 0; i < real; i++) {
      for (String w : names.get(i).split("[\\s,]+")) {
        if (w.length() >= 2) {
          words.computeIfAbsent(pool(kinds.get(i), w), k -> new ArrayList<>()).add(w);
        }
      }
    }
    List<String> pools = new ArrayList<>();
    words.forEach((pool, list) -> {
      if (list.size() >= 20) {
        pools.add(pool);
      }
    });
    pools.sort(null);
    SplittableRandom random = new SplittableRandom(seed);
    long total = 0;
    for (String p : pools) {
      total += words.get(p).size();
    }
    long[] cumulative = new long[pools.size()];
    long running = 0;
    for (int i = 0; i < pools.size(); i++) {
      running += words.get(pools.get(i)).size();
      cumulative[i] = running;
    }
    while (names.size() < size) {
      String pool = pickPool(pools, cumulative, random.nextLong(total));
      while (pool.startsWith("G")) {
        pool = pickPool(pools, cumulative, random.nextLong(total));
      }
      String name = madeUp(words.get(pool), random);
      List<String> generic = words.get("G" + pool.substring(1));
      if (pool.startsWith("O") && generic != null) {
        name = name + " " + generic.get(random.nextInt(generic.size()));
      }
      names.add(name);
      kinds.add(pool.startsWith("O") ? NameKind.ORGANIZATION : NameKind.PERSON);
    }
    String[] queries = new String[queryCount];
    for (int i = 0; i < queryCount; i++) {
      if (random.nextInt(5) == 0 && real > 0) {
        queries[i] = asManifestWrites(names.get(random.nextInt(real)), random);
      } else {
        String pool = pickPool(pools, cumulative, random.nextLong(total));
        while (!pool.startsWith("P")) {
          pool = pickPool(pools, cumulative, random.nextLong(total));
        }
        queries[i] = madeUp(words.get(pool), random);
      }
    }
    return new ScreeningCorpus(names.toArray(new String[0]), kinds.toArray(new NameKind[0]), real, queries);
  }

  /**
   * People's words by script; organisations' words by script and by whether they name (Mahan) or only describe
   * (Airlines, Trading, LLC), so that a made-up company has a name of its own as real ones do.
   */
  private static String pool(NameKind kind, String word) {
    if (kind != NameKind.ORGANIZATION) {
      return "P" + script(word);
    }
    boolean names = NameNormalizer.parse(word).as(NameKind.ORGANIZATION).parts().stream()
        .anyMatch(p -> p.role() == NamePart.Role.NAME);
    return (names ? "O" : "G") + script(word);
  }

  private static UnicodeScript script(String word) {
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      UnicodeScript s = UnicodeScript.of(c);
      if (s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED) {
        return s;
      }
      i += Character.charCount(c);
    }
    return UnicodeScript.COMMON;
  }

  private static String pickPool(List<String> pools, long[] cumulative, long at) {
    for (int i = 0; i < cumulative.length; i++) {
      if (at < cumulative[i]) {
        return pools.get(i);
      }
    }
    return pools.get(pools.size() - 1);
  }

  private static String madeUp(List<String> words, SplittableRandom random) {
    int parts = 2 + random.nextInt(3);
    StringBuilder name = new StringBuilder();
    for (int p = 0; p < parts; p++) {
      if (p > 0) {
        name.append(' ');
      }
      name.append(words.get(random.nextInt(words.size())));
    }
    return name.toString();
  }

  /** A listed name as a manifest might carry it. */
  static String asManifestWrites(String name, SplittableRandom random) {
    List<String> parts = new ArrayList<>(List.of(name.trim().split("[\\s,]+")));
    switch (random.nextInt(5)) {
      case 0 -> {
        if (parts.size() > 1) {
          String last = parts.remove(parts.size() - 1);
          return (last + "/" + String.join(" ", parts) + " MR").toUpperCase(Locale.ROOT);
        }
      }
      case 1 -> {
        if (parts.size() >= 3) {
          parts.remove(1 + random.nextInt(parts.size() - 2));
        }
      }
      case 2 -> {
        int p = random.nextInt(parts.size());
        String w = parts.get(p);
        if (w.length() > 4) {
          int at = 1 + random.nextInt(w.length() - 2);
          parts.set(p, w.substring(0, at) + (char) ('a' + random.nextInt(26)) + w.substring(at + 1));
        }
      }
      case 3 -> {
        parts.replaceAll(w -> w.replace("Q", "Gh").replace("q", "gh").replace("ou", "u").replace("ee", "i"));
      }
      default -> {
        if (parts.size() > 1) {
          parts.add(parts.remove(0));
        }
      }
    }
    return String.join(" ", parts);
  }

  private static List<Entity> realEntities() throws IOException {
    List<Entity> all = new ArrayList<>(SyntheticGraph.ofac());
    Path data = SyntheticGraph.referenceData();
    Path un = data.resolve("un/un-consolidated-2026-02-27.xml");
    Path csl = data.resolve("us-csl/consolidated-2022-04.csv.gz");
    try {
      if (Files.isRegularFile(un)) {
        all.addAll(UnConsolidatedReader.read(un).entities());
      }
      if (Files.isRegularFile(csl)) {
        all.addAll(CslReader.read(csl).entities());
      }
    } catch (InputFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
    return all;
  }
}
