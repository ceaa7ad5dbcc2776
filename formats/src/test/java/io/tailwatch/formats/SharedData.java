package io.tailwatch.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared reference data beside the checkout; tests that need it skip with a message when it is absent. */
public final class SharedData {
  private SharedData() {}

  public static Path require(String relative) {
    String root = System.getProperty("tailwatch.referenceData", "../../shared/data");
    Path p = Path.of(root).resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "reference data not found at " + p.toAbsolutePath()
        + " (set -Dtailwatch.referenceData=DIR); skipping");
    return p;
  }
}
