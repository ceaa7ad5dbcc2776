package io.tailwatch.bench;

import io.tailwatch.formats.ftm.FtmJsonWriter;
import io.tailwatch.formats.ofac.SdnCsvReader;
import io.tailwatch.knowledge.Entity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A knowledge graph of the shape sanctions data has, at any size, for benchmarks: people, companies and
 * airplanes; ownerships, directorships and operator links with start and end dates; sanctions, some ended. Seeded,
 * so every run sees the same graph. The real OFAC SDN list from the reference data is added when it is there.
 */
final class SyntheticGraph {
  static final LocalDate OFAC_DATE = LocalDate.of(2024, 7, 2);

  private SyntheticGraph() {}

  /** {@code count} synthetic entities, parties first, then links among them. */
  static List<Entity> entities(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int parties = count / 2;
    List<Entity> out = new ArrayList<>(count);
    for (int i = 0; i < parties; i++) {
      int kind = random.nextInt(10);
      String id = "syn-" + i;
      if (kind < 5) {
        out.add(Entity.builder(id, "Person").add("name", name(random, 2) + " " + name(random, 1))
            .add("birthDate", String.valueOf(1940 + random.nextInt(60))).add("nationality", country(random))
            .dataset("synthetic").build());
      } else if (kind < 9) {
        out.add(Entity.builder(id, "Company").add("name", name(random, 2) + " " + suffix(random))
            .add("country", country(random)).add("registrationNumber", String.valueOf(random.nextInt(1 << 30)))
            .dataset("synthetic").build());
      } else {
        out.add(Entity.builder(id, "Airplane").add("registrationNumber", "EP-" + letters(random, 3))
            .add("serialNumber", String.valueOf(20000 + random.nextInt(20000))).add("model", "Boeing 747")
            .dataset("synthetic").build());
      }
    }
    for (int i = parties; i < count; i++) {
      String a = "syn-" + random.nextInt(parties);
      String b = "syn-" + random.nextInt(parties);
      int kind = random.nextInt(10);
      String id = "syn-" + i;
      Entity.Builder link;
      if (kind < 4) {
        link = Entity.builder(id, "Ownership").add("owner", a).add("asset", b).add("percentage", "51");
      } else if (kind < 7) {
        link = Entity.builder(id, "Directorship").add("director", a).add("organization", b).add("role", "board member");
      } else if (kind < 8) {
        link = Entity.builder(id, "UnknownLink").add("subject", a).add("object", b).add("role", "operator");
      } else {
        link = Entity.builder(id, "Sanction").add("entity", a).add("program", "IRAN").add("authority", "OFAC");
      }
      int start = 1990 + random.nextInt(30);
      link.add("startDate", start + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
      if (random.nextInt(3) == 0) {
        link.add("endDate", String.valueOf(start + 1 + random.nextInt(10)));
      }
      out.add(link.add("publisher", "synthetic").add("sourceUrl", "https://example.org/" + i).dataset("synthetic")
          .build());
    }
    return out;
  }

  /** The real SDN list (2024 snapshot) when the reference data is there, else nothing. */
  static List<Entity> ofac() throws IOException {
    Path dir = referenceData().resolve("ofac/sdn-csv-2024-07-02");
    if (!Files.isDirectory(dir)) {
      System.err.println("bench: no OFAC list at " + dir + " (set -Dtailwatch.referenceData); synthetic data only");
      return List.of();
    }
    try {
      return SdnCsvReader.read(dir, OFAC_DATE).entities();
    } catch (io.tailwatch.formats.InputFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  static Path referenceData() {
    return Path.of(System.getProperty("tailwatch.referenceData", "../shared/data"));
  }

  static void write(List<Entity> entities, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Entity e : entities) {
        w.write(FtmJsonWriter.toJson(e));
        w.write('\n');
      }
    }
  }

  private static String name(SplittableRandom random, int syllables) {
    String[] parts = {"ba", "ha", "mi", "ra", "za", "ko", "lu", "ne", "sa", "ta", "gho", "lam", "re", "qa", "se"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables + 1; i++) {
      sb.append(parts[random.nextInt(parts.length)]);
    }
    return sb.substring(0, 1).toUpperCase(Locale.ROOT) + sb.substring(1);
  }

  private static String suffix(SplittableRandom random) {
    String[] s = {"LLC", "Trading Co", "Aviation", "PJSC", "Holding", "Ltd"};
    return s[random.nextInt(s.length)];
  }

  private static String country(SplittableRandom random) {
    String[] c = {"ir", "ve", "sy", "ae", "tr", "ru", "cn", "py", "lb", "iq"};
    return c[random.nextInt(c.length)];
  }

  private static String letters(SplittableRandom random, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('A' + random.nextInt(26)));
    }
    return sb.toString();
  }
}
