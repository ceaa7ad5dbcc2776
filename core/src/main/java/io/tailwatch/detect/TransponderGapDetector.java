package io.tailwatch.detect;

import io.tailwatch.flights.Airport;
import io.tailwatch.flights.Gap;
import io.tailwatch.flights.Leg;
import io.tailwatch.geo.Geo;
import io.tailwatch.geo.GeoPoint;
import io.tailwatch.knowledge.Source;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An airborne silence over airspace with coverage: the flight tracker judged the gap against the
 * {@link io.tailwatch.flights.CoverageMap} (other aircraft were heard along most of the straight path), and it lasted
 * at least {@link DetectionRules#transponderGapMinutes}. Coverage holes over open ocean are not reported.
 *
 * <p>The evidence says where the aircraft went dark and where it came back, how far it moved, and whether it could
 * have landed in between: an airport that takes airliners (OurAirports large or medium) reachable at
 * {@value #ASSUMED_SPEED_KMH} km/h, with at least {@value #MIN_GROUND_MINUTES} minutes on the ground, within the time
 * it was dark. The aircraft's ties to a sanctioned party (as for watched areas) raise the severity from low to high.
 */
public final class TransponderGapDetector implements Detector {
  public static final String NAME = "transponder-gap";
  /** A jet's cruise ground speed, roughly; slower aircraft only shrink the set of fields it could have reached. */
  static final double ASSUMED_SPEED_KMH = 800;
  /** Long enough to land, unload or board, and take off again. */
  static final double MIN_GROUND_MINUTES = 20;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Alert> detect(DetectionInput input) {
    List<Alert> alerts = new ArrayList<>();
    Duration shortest = Duration.ofMinutes(input.rules().transponderGapMinutes());
    for (Leg leg : input.legs()) {
      for (Gap gap : leg.gaps()) {
        if (!gap.suspicious() || gap.duration().compareTo(shortest) < 0) {
          continue;
        }
        List<EvidenceLink> evidence = new ArrayList<>();
        evidence.add(Subjects.flightEvidence(leg));
        Source surveillance = new Source("tailwatch surveillance", null, gap.start().toString(), List.of("tracks"));
        long minutes = gap.duration().toMinutes();
        evidence.add(new EvidenceLink(String.format(Locale.ROOT,
            "Went dark at %.3f, %.3f at %s and was heard again at %.3f, %.3f at %s: %d min silent, %.0f km apart",
            gap.startLat(), gap.startLon(), gap.start(), gap.endLat(), gap.endLon(), gap.end(), minutes,
            gap.distanceKm()), "flight", leg.id(), surveillance, gap.start().toString()));
        evidence.add(new EvidenceLink(String.format(Locale.ROOT,
            "Covered airspace: %.0f%% of the straight path lies where other aircraft were heard (%s)",
            gap.coveredShare() * 100, gap.reason()), "flight", leg.id(), surveillance, gap.start().toString()));
        Airport landing = possibleLanding(input, gap);
        if (landing != null) {
          double viaKm = Geo.distanceKm(gap.startLat(), gap.startLon(), landing.lat(), landing.lon())
              + Geo.distanceKm(landing.lat(), landing.lon(), gap.endLat(), gap.endLon());
          evidence.add(new EvidenceLink(String.format(Locale.ROOT,
              "Could have landed at %s (%s, %s) in between: %.0f km via the field, %.0f min of flight at %.0f km/h "
                  + "and %.0f min on the ground fit in the %d min silent", landing.ident(), landing.name(),
              landing.country(), viaKm, viaKm / ASSUMED_SPEED_KMH * 60, ASSUMED_SPEED_KMH, MIN_GROUND_MINUTES, minutes),
              "airport", landing.ident(), new Source("OurAirports", "https://ourairports.com/", null,
              List.of("ourairports")), null));
        } else {
          evidence.add(new EvidenceLink("No airport that takes airliners was within reach to land and take off again "
              + "in the time silent", "flight", leg.id(), surveillance, gap.start().toString()));
        }
        List<EvidenceLink> ties = WatchedAreaDetector.interest(input.graph(), leg, input.rules().maxGraphSteps());
        evidence.addAll(ties);
        Severity severity = ties.isEmpty() ? (landing != null ? Severity.MEDIUM : Severity.LOW) : Severity.HIGH;
        double score = Alert.combine(0.4, landing != null ? 0.3 : 0, ties.isEmpty() ? 0 : 0.5);
        alerts.add(new Alert(Subjects.alertId(NAME, leg.id() + ":" + gap.start().getEpochSecond()), NAME, "flight",
            leg.id(), leg.id(), gap.start(), severity, score, "Transponder silent " + minutes + " min over covered "
                + "airspace" + (landing != null ? ", could have landed at " + landing.ident() : "") + ": "
                + Subjects.flightText(leg), evidence));
      }
    }
    return alerts;
  }

  /** The airport that needs the shortest detour, if the aircraft could have landed there and gone on in time. */
  static Airport possibleLanding(DetectionInput input, Gap gap) {
    double budgetKm = (gap.duration().toSeconds() / 60.0 - MIN_GROUND_MINUTES) / 60 * ASSUMED_SPEED_KMH;
    if (budgetKm <= 0 || input.airports() == null) {
      return null;
    }
    // Every field with d(start, A) + d(A, end) <= budget lies within budget / 2 of the path's midpoint.
    GeoPoint mid = Geo.interpolate(gap.startLat(), gap.startLon(), gap.endLat(), gap.endLon(), 0.5);
    Airport[] best = new Airport[1];
    double[] bestKm = {budgetKm};
    input.airports().forEachWithin(mid.lat(), mid.lon(), budgetKm / 2, a -> {
      if (!"large_airport".equals(a.type()) && !"medium_airport".equals(a.type())) {
        return;
      }
      double via = Geo.distanceKm(gap.startLat(), gap.startLon(), a.lat(), a.lon())
          + Geo.distanceKm(a.lat(), a.lon(), gap.endLat(), gap.endLon());
      if (via <= bestKm[0]) {
        bestKm[0] = via;
        best[0] = a;
      }
    });
    return best[0];
  }
}
