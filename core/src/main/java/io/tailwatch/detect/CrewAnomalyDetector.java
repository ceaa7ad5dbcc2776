package io.tailwatch.detect;

import io.tailwatch.flights.Leg;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A crew out of the ordinary for the aircraft and its mission: more than {@link DetectionRules#maxCargoCrew} crew
 * on a cargo aircraft (18 on the Emtrasur 747), or crew from a watched country other than the aircraft's state of
 * registry; or a cargo aircraft whose manifest declares no cargo (the Emtrasur 747 flew to Ciudad del Este
 * empty). Cargo aircraft are Airplanes whose {@code type} or {@code model} says cargo or freighter.
 */
public final class CrewAnomalyDetector implements Detector {
  public static final String NAME = "crew-anomaly";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Alert> detect(DetectionInput input) {
    Map<String, List<ManifestEntry>> manifests = new LinkedHashMap<>();
    Map<String, Leg> legs = new LinkedHashMap<>();
    ManifestFlights flights = new ManifestFlights(input);
    for (ManifestEntry row : input.manifests()) {
      flights.flightOf(row).ifPresent(leg -> {
        manifests.computeIfAbsent(leg.id(), k -> new ArrayList<>()).add(row);
        legs.put(leg.id(), leg);
      });
    }
    List<Alert> alerts = new ArrayList<>();
    for (Map.Entry<String, List<ManifestEntry>> e : manifests.entrySet()) {
      Leg leg = legs.get(e.getKey());
      List<ManifestEntry> crew = e.getValue().stream().filter(r -> "crew".equals(r.role())).toList();
      Entity airplane = Subjects.airplanes(input.graph(), leg).stream().findFirst().orElse(null);
      if (airplane == null) {
        continue;
      }
      Map<String, Integer> nationalities = new TreeMap<>();
      crew.forEach(r -> nationalities.merge(r.nationality() == null ? "unknown" : r.nationality().toUpperCase(Locale.ROOT), 1, Integer::sum));
      String registry = airplane.first("country") == null ? null : airplane.first("country").toUpperCase(Locale.ROOT);
      List<String> findings = new ArrayList<>();
      if (isCargo(airplane) && crew.size() > input.rules().maxCargoCrew()) {
        findings.add(crew.size() + " crew on cargo aircraft " + airplane.caption() + " (more than "
            + input.rules().maxCargoCrew() + " is out of the ordinary)");
      }
      for (Map.Entry<String, Integer> n : nationalities.entrySet()) {
        if (input.rules().watchedCountries().contains(n.getKey()) && !n.getKey().equals(registry)) {
          findings.add(n.getValue() + " crew of watched nationality " + n.getKey() + " on an aircraft registered in "
              + (registry == null ? "an unknown state" : registry));
        }
      }
      ManifestEntry noCargo = isCargo(airplane) ? declaresNoCargo(e.getValue()) : null;
      if (noCargo != null) {
        findings.add("cargo aircraft " + airplane.caption() + " declared no cargo");
      }
      if (findings.isEmpty()) {
        continue;
      }
      List<EvidenceLink> evidence = new ArrayList<>();
      evidence.add(Subjects.flightEvidence(leg));
      ManifestEntry first = e.getValue().get(0);
      if (!crew.isEmpty()) {
        evidence.add(new EvidenceLink("Manifest lists " + crew.size() + " crew, by nationality " + nationalities,
            "manifest", first.source(), new Source(first.source(), null, null, List.of("manifests")),
            first.flightDate().toString()));
      }
      if (noCargo != null) {
        evidence.add(new EvidenceLink("Manifest declares 0 kg of cargo (" + noCargo.source() + ", line "
            + noCargo.line() + ")", "manifest", noCargo.source(), new Source(noCargo.source(), null, null,
            List.of("manifests")), noCargo.flightDate().toString()));
      }
      evidence.add(EvidenceLink.ofEntity(Subjects.describe(airplane) + (isCargo(airplane) ? ", a cargo aircraft" : ""),
          airplane, null));
      alerts.add(new Alert(Subjects.alertId(NAME, leg.id()), NAME, "flight", leg.id(), leg.id(), leg.departure(),
          Severity.MEDIUM, 0.5, "Unusual crew: " + String.join("; ", findings) + " on "
              + Subjects.flightText(leg), evidence));
    }
    return alerts;
  }

  /** The row declaring no cargo, when the flight's manifest declares cargo and every declaration is zero. */
  static ManifestEntry declaresNoCargo(List<ManifestEntry> rows) {
    ManifestEntry zero = null;
    for (ManifestEntry r : rows) {
      if (r.declaredCargoKg() == null) {
        continue;
      }
      if (r.declaredCargoKg() > 0) {
        return null;
      }
      zero = zero == null ? r : zero;
    }
    return zero;
  }

  static boolean isCargo(Entity airplane) {
    for (String p : List.of("type", "model")) {
      for (String v : airplane.values(p)) {
        String s = v.toLowerCase(Locale.ROOT);
        if (s.contains("cargo") || s.contains("freight")) {
          return true;
        }
      }
    }
    return false;
  }
}
