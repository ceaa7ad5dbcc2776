package io.tailwatch.formats.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.detect.DetectionRules;
import io.tailwatch.detect.Severity;
import io.tailwatch.formats.InputFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesReaderTest {
  @TempDir
  Path dir;

  @Test
  void theShippedFileAndTheCodeDefaultsAgree() {
    assertThat(RulesReader.defaults()).isEqualTo(DetectionRules.defaults());
  }

  @Test
  void keysLeftOutKeepTheirDefaults() throws Exception {
    Path f = Files.writeString(dir.resolve("r.yaml"), "watched_countries: [ir, ve, sy]\nroute_pause_days: 700\n"
        + "severities:\n  watched-area: high\n");
    DetectionRules rules = RulesReader.read(f);
    assertThat(rules.watchedCountries()).containsExactlyInAnyOrder("IR", "VE", "SY");
    assertThat(rules.routePauseDays()).isEqualTo(700);
    assertThat(rules.maxStopoverHours()).isEqualTo(DetectionRules.defaults().maxStopoverHours());
    assertThat(rules.severity("watched-area", Severity.LOW)).isEqualTo(Severity.HIGH);
  }

  @Test
  void typosAndWrongValuesAreRefusedByName() throws Exception {
    Path typo = Files.writeString(dir.resolve("t.yaml"), "route_pause_dayz: 3\n");
    assertThatThrownBy(() -> RulesReader.read(typo)).isInstanceOf(InputFormatException.class)
        .hasMessageContaining("unknown rule 'route_pause_dayz'");
    Path wrong = Files.writeString(dir.resolve("w.yaml"), "name_threshold: 3\n");
    assertThatThrownBy(() -> RulesReader.read(wrong)).hasMessageContaining("between 0 and 1");
    Path country = Files.writeString(dir.resolve("c.yaml"), "watched_countries: [Iran]\n");
    assertThatThrownBy(() -> RulesReader.read(country)).hasMessageContaining("'Iran' is not a two-letter code");
    Path yaml = Files.writeString(dir.resolve("y.yaml"), "a: [\n");
    assertThatThrownBy(() -> RulesReader.read(yaml)).hasMessageContaining("not valid YAML");
  }
}
