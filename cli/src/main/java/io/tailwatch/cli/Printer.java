package io.tailwatch.cli;

import io.tailwatch.detect.Alert;
import io.tailwatch.detect.EvidenceLink;
import io.tailwatch.flights.Gap;
import io.tailwatch.flights.Leg;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Human-readable text for flights and alerts, as an analyst would write them in a report. */
final class Printer {
  private Printer() {}

  static String leg(Leg leg) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s %-8s %s%s -> %s%s  %s .. %s  %d positions",
        leg.icao24Hex(), leg.callsign() == null ? "-" : leg.callsign(),
        orUnknown(leg.origin()), leg.originInferred() ? "?" : "",
        orUnknown(leg.destination()), leg.destinationInferred() ? "?" : "",
        leg.departure(), leg.arrival(), leg.positions()));
    if (leg.callsigns().size() > 1) {
      sb.append("  callsigns ").append(String.join(", ", leg.callsigns()));
    }
    if (leg.touchAndGoes() > 0) {
      sb.append("  ").append(leg.touchAndGoes()).append(" touch-and-go");
    }
    for (Gap g : leg.gaps()) {
      sb.append(String.format(Locale.ROOT, "%n    %s %s for %s, %.0f km flown dark: %s",
          g.suspicious() ? "SUSPICIOUS gap" : "gap", g.start(), human(g.duration()), g.distanceKm(), g.reason()));
    }
    return sb.toString();
  }

  static void alertSummary(PrintStream out, Alert a) {
    out.printf(Locale.ROOT, "[%s] %-17s %s%s%n      id: %s%n", a.severity(), a.detector(), a.title(), repeats(a), a.id());
  }

  /** " (seen 5 times, last 2009-07-01T...)" for folded alerts, else nothing. */
  static String repeats(Alert a) {
    return a.count() > 1 ? " (seen " + a.count() + " times, last " + a.lastTime() + ")" : "";
  }

  /** The whole evidence chain, one numbered link per line with its source. */
  static void explain(PrintStream out, Alert a) {
    out.printf(Locale.ROOT, "%s%s (%s, severity %s, score %.2f)%n", a.title(), repeats(a), a.detector(), a.severity(),
        a.score());
    out.printf("Alert %s, case %s, at %s%n%nEvidence:%n", a.id(), a.caseId(), a.time());
    int n = 1;
    for (EvidenceLink link : a.evidence()) {
      out.printf(Locale.ROOT, "%2d. %s%n    [%s %s] source: %s%s%n", n++, link.claim(), link.refType(), link.ref(),
          link.source().citation(), link.date() != null ? "; dated " + link.date() : "");
    }
  }

  /** Groups alerts by case (the flight they concern), so several detectors on one flight read as one case. */
  static Map<String, List<Alert>> byCase(List<Alert> alerts) {
    Map<String, List<Alert>> cases = new LinkedHashMap<>();
    for (Alert a : alerts) {
      cases.computeIfAbsent(a.caseId(), k -> new java.util.ArrayList<>()).add(a);
    }
    return cases;
  }

  static String human(Duration d) {
    long minutes = d.toMinutes();
    return minutes >= 60 ? (minutes / 60) + " h " + (minutes % 60) + " min" : minutes + " min";
  }

  private static String orUnknown(String s) {
    return s == null ? "????" : s;
  }
}
