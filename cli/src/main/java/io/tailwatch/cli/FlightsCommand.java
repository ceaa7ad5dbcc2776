package io.tailwatch.cli;

import io.tailwatch.flights.AirportIndex;
import io.tailwatch.flights.FlightTracker;
import io.tailwatch.flights.Leg;
import io.tailwatch.formats.opensky.OpenSkyCsvReader;
import io.tailwatch.formats.receiver.ReceiverFiles;
import io.tailwatch.formats.receiver.ReceiverFormat;
import io.tailwatch.formats.traffic.TrafficJsonReader;
import io.tailwatch.store.Analysis;
import io.tailwatch.store.Store;
import io.tailwatch.surveillance.StateVector;
import io.tailwatch.surveillance.modes.ModeSDecoder;
import io.tailwatch.web.JsonViews;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tailwatch flights [--format opensky FILE...]}: flight legs rebuilt from the given files, or from the
 * store when no file is given (and then stored).
 */
@Command(name = "flights", description = "Rebuild and print flight legs, from files or from the store.",
    mixinStandardHelpOptions = true)
final class FlightsCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Option(names = "--json", description = "One JSON object per leg on stdout.")
  boolean json;

  @Option(names = "--format", defaultValue = "opensky", description = "Input format of FILEs: opensky, traffic, "
      + "avr, beast or sbs.")
  String format;

  @Option(names = "--start", paramLabel = "TIME", description = "AVR/Beast recordings: the time of the first frame "
      + "(ISO-8601). Default: the file's modification time minus the recording's span.")
  java.time.Instant start;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Track files; without them, the store's positions.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    AirportIndex airports = options.airports();
    List<Leg> legs;
    if (files.isEmpty()) {
      try (Store store = options.openStore()) {
        legs = new Analysis(store, airports, List.of(), io.tailwatch.detect.DetectionRules.defaults(), null)
            .rebuildFlights();
      }
    } else {
      List<StateVector> positions = new ArrayList<>();
      boolean traffic = format.equals("traffic");
      ReceiverFormat receiver = format.equals("opensky") || traffic ? null : DecodeCommand.receiverFormat(format);
      for (Path file : files) {
        if (traffic) {
          TrafficJsonReader.read(file, positions::add);
        } else if (receiver == null) {
          OpenSkyCsvReader.read(file, positions::add);
        } else {
          positions.addAll(ReceiverFiles.positions(file, receiver, new ModeSDecoder(),
              start == null ? null : start.toEpochMilli(), Progress::log));
        }
      }
      positions.sort(java.util.Comparator.comparingLong(StateVector::timeMs));
      legs = FlightTracker.legsOf(positions, airports, FlightTracker.Settings.defaults());
      legs.sort((a, b) -> a.departure().compareTo(b.departure()));
    }
    for (Leg leg : legs) {
      if (json) {
        JsonOut.line(JsonViews.leg(leg));
      } else {
        System.out.println(Printer.leg(leg));
      }
    }
    Progress.log(legs.size() + " flight legs");
    return 0;
  }
}
