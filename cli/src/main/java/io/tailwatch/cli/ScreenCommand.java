package io.tailwatch.cli;

import io.tailwatch.detect.ManifestEntry;
import io.tailwatch.formats.ftm.FtmJsonReader;
import io.tailwatch.formats.manifest.ScreeningManifestReader;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.screening.ManifestScreening;
import io.tailwatch.screening.NameKind;
import io.tailwatch.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tailwatch screen [--list FILE] MANIFEST}: every name on a crew or passenger manifest (CSV, or UN/EDIFACT
 * PAXLST) against a list (FtM JSON Lines, or the store), with the features that made each score.
 */
@Command(name = "screen", description = "Screen a manifest (CSV or PAXLST) against a list (FtM JSON Lines, or the "
    + "store when --list is left out).", mixinStandardHelpOptions = true)
final class ScreenCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Option(names = "--list", paramLabel = "FILE", description = "FtM JSON Lines to screen against (default: the store).")
  Path list;

  @Option(names = "--threshold", defaultValue = "0.8", description = "Lowest score reported (default ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--limit", defaultValue = "3", description = "Matches per name at most (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "One JSON object per match on stdout.")
  boolean json;

  @Parameters(paramLabel = "MANIFEST", description = "Manifest: CSV with a full_name column (optional role, nationality, "
      + "date_of_birth, document_number), or a PAXLST message. Rows that cannot be screened are reported on stderr "
      + "with their line; the others are still screened.")
  Path manifest;

  @Override
  public Integer call() throws Exception {
    List<Entity> entities;
    Set<String> dismissed = Set.of();
    if (list != null) {
      entities = FtmJsonReader.read(list);
    } else {
      try (Store store = options.openStore()) {
        entities = store.entities();
        dismissed = store.notSameDecisions();
      }
    }
    ScreeningManifestReader.Rows read = ScreeningManifestReader.read(manifest);
    read.problems().forEach(Progress::log);
    ManifestScreening screening = new ManifestScreening(entities, dismissed);
    int matches = 0;
    for (int i = 0; i < read.rows().size(); i++) {
      ManifestEntry row = read.rows().get(i);
      LocalDate dob = row.dateOfBirth() == null ? null : LocalDate.parse(row.dateOfBirth());
      ManifestScreening.Query query = new ManifestScreening.Query(row.fullName(), NameKind.PERSON, dob, row.nationality(),
          read.documents().get(i));
      for (ManifestScreening.Match m : screening.screen(query, threshold, limit)) {
        matches++;
        print(row, m);
      }
    }
    Progress.log(read.rows().size() + " names screened against " + entities.size() + " entities: " + matches
        + " matches" + (read.problems().isEmpty() ? "" : "; " + read.problems().size() + " problems (above)"));
    return 0;
  }

  private void print(ManifestEntry row, ManifestScreening.Match m) {
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("source", row.source());
      r.put("line", row.line());
      r.put("full_name", row.fullName());
      r.put("role", row.role());
      r.put("nationality", row.nationality());
      r.put("date_of_birth", row.dateOfBirth());
      out.put("row", r);
      out.put("entity_id", m.entity().id());
      out.put("caption", m.entity().caption());
      out.put("schema", m.entity().schema());
      out.put("score", Math.round(m.score() * 1000) / 1000.0);
      List<Map<String, Object>> parts = new ArrayList<>();
      m.name().parts().forEach(p -> {
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("query", p.queryPart());
        pm.put("listed", p.listedPart());
        pm.put("how", p.how());
        pm.put("similarity", Math.round(p.similarity() * 1000) / 1000.0);
        parts.add(pm);
      });
      out.put("name_parts", parts);
      List<Map<String, Object>> features = new ArrayList<>();
      m.features().forEach(f -> features.add(Map.of("feature", f.name(), "value", f.value(), "effect", f.effect())));
      out.put("features", features);
      JsonOut.line(out);
    } else {
      System.out.printf(Locale.ROOT, "%s:%d %s -> %s [%s] score %.2f%n", row.source(), row.line(), row.fullName(),
          m.entity().caption(), m.entity().id(), m.score());
      m.features().forEach(f -> System.out.printf(Locale.ROOT, "    %s: %s%n", f.name(), f.value()));
    }
  }
}
