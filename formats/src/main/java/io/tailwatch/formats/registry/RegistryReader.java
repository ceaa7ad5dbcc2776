package io.tailwatch.formats.registry;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.Inputs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One entry point for {@code ingest registry FILE}: tells plane-alert-db ({@code $ICAO} in the header) from the
 * OpenSky aircraft database ({@code icao24}) by the first line and reads the file with the matching reader.
 */
public final class RegistryReader {
  private RegistryReader() {}

  public static RegistryEntities read(Path file, LocalDate snapshotDate) throws IOException, InputFormatException {
    String header;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Inputs.open(file), StandardCharsets.UTF_8))) {
      char[] start = new char[4096];
      int n = in.read(start);
      header = n <= 0 ? "" : new String(start, 0, n).lines().findFirst().orElse("");
    }
    if (header.contains("$ICAO")) {
      return PlaneAlertReader.read(file, snapshotDate);
    }
    if (header.toLowerCase(java.util.Locale.ROOT).contains("icao24")) {
      return OpenSkyAircraftReader.read(file, snapshotDate);
    }
    throw new InputFormatException(file.toString(), 1, "not a known registry CSV: the header has neither "
        + "icao24 (OpenSky aircraft database) nor $ICAO (plane-alert-db)");
  }
}
