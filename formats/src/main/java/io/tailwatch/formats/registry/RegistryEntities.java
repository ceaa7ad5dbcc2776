package io.tailwatch.formats.registry;

import io.tailwatch.knowledge.Entity;
import java.time.LocalDate;
import java.util.List;

/**
 * What a registry file gave: its entities (Airplanes, the operators and owners they name, and the links), how
 * many rows were read, and the rows skipped because they cannot name an aircraft (no valid 24-bit address), with
 * the first few reasons as "line N: why".
 */
public record RegistryEntities(LocalDate snapshotDate, List<Entity> entities, int rows, int skipped,
    List<String> skippedExamples) {
  public RegistryEntities {
    entities = List.copyOf(entities);
    skippedExamples = List.copyOf(skippedExamples);
  }
}
