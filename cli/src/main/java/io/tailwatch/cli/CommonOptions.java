package io.tailwatch.cli;

import io.tailwatch.detect.DetectionRules;
import io.tailwatch.flights.Airport;
import io.tailwatch.flights.AirportIndex;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.ReferenceData;
import io.tailwatch.formats.airports.OurAirportsReader;
import io.tailwatch.formats.areas.WatchedAreaReader;
import io.tailwatch.formats.rules.RulesReader;
import io.tailwatch.formats.icao.AddressBlockReader;
import io.tailwatch.surveillance.AddressAllocation;
import java.util.Optional;
import io.tailwatch.geo.WatchedArea;
import io.tailwatch.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command accepts: where the store lives and where reference data is read from. */
final class CommonOptions {
  static final String DATA_ENV = "TAILWATCH_DATA";

  @Option(names = "--data", paramLabel = "DIR",
      description = "Data directory holding the store (default: $" + DATA_ENV + ", else ~/.local/share/tailwatch/data).")
  Path data;

  @Option(names = "--reference-data", paramLabel = "DIR",
      description = "Reference data directory (airports, address blocks, base map). Default: $"
          + ReferenceData.ENV + ", else the cache filled by 'tailwatch data update'.")
  Path referenceData;

  @Option(names = "--rules", paramLabel = "FILE",
      description = "Detection rules file (YAML; default: $TAILWATCH_RULES, else the shipped defaults).")
  Path rules;

  @Option(names = "--areas", paramLabel = "FILE",
      description = "GeoJSON file of watched areas, added to the shipped defaults (Tri-Border Area).")
  Path areas;

  Path dataDir() {
    if (data != null) {
      return data;
    }
    String env = System.getenv(DATA_ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return ReferenceData.defaultCache().getParent().resolve("data");
  }

  Store openStore() {
    return Store.open(dataDir());
  }

  ReferenceData reference() {
    return ReferenceData.locate(referenceData);
  }

  AirportIndex airports() throws IOException, InputFormatException, ReferenceData.MissingReferenceDataException {
    return new AirportIndex(airportList());
  }

  List<Airport> airportList() throws IOException, InputFormatException, ReferenceData.MissingReferenceDataException {
    ReferenceData ref = reference();
    Path airports = ref.require("ourairports/airports.csv");
    Path runways = ref.find("ourairports/runways.csv").orElse(null);
    Progress.log("loading airports from " + airports);
    return OurAirportsReader.read(airports, runways);
  }

  /** ICAO's Mode S address blocks by state, or null (with a note) when the reference data lacks them. */
  AddressAllocation addressAllocation() throws IOException, InputFormatException {
    Optional<Path> blocks = reference().find("icao-blocks/icao_address_blocks.csv");
    if (blocks.isEmpty()) {
      Progress.log("icao-blocks/icao_address_blocks.csv not in the reference data: Mode S address states not checked");
      return null;
    }
    return AddressBlockReader.read(blocks.get());
  }

  DetectionRules rules() throws IOException, InputFormatException {
    Path file = rulesFile();
    return file == null ? RulesReader.defaults() : RulesReader.read(file);
  }

  /** The rules file in effect ({@code --rules}, else $TAILWATCH_RULES), or null for the shipped defaults. */
  Path rulesFile() {
    if (rules == null && System.getenv("TAILWATCH_RULES") != null && !System.getenv("TAILWATCH_RULES").isBlank()) {
      return Path.of(System.getenv("TAILWATCH_RULES"));
    }
    return rules;
  }

  List<WatchedArea> watchedAreas() throws IOException, InputFormatException {
    List<WatchedArea> all = new ArrayList<>(WatchedAreaReader.defaults());
    if (areas != null) {
      all.addAll(WatchedAreaReader.read(areas));
    }
    return all;
  }
}
