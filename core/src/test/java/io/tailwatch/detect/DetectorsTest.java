package io.tailwatch.detect;

import static io.tailwatch.knowledge.Ftm.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.flights.AddressConflict;
import io.tailwatch.flights.Airport;
import io.tailwatch.flights.AirportIndex;
import io.tailwatch.flights.Gap;
import io.tailwatch.flights.Leg;
import io.tailwatch.geo.WatchedArea;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Ftm;
import io.tailwatch.surveillance.Icao24;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Each detector: a case that must fire and an ordinary one that must stay quiet. */
class DetectorsTest {
  static final AirportIndex AIRPORTS = new AirportIndex(List.of(
      airport("OIIE", 35.416, 51.152, "IR"), airport("OSDI", 33.411, 36.516, "SY"),
      airport("SVMI", 10.602, -66.991, "VE"), airport("SGES", -25.457, -54.840, "PY"),
      airport("SBGR", -23.432, -46.470, "BR"), airport("SKBO", 4.702, -74.147, "CO"),
      airport("EDDF", 50.033, 8.570, "DE"), airport("LTFM", 41.262, 28.728, "TR"),
      airport("UUEE", 55.973, 37.415, "RU"), airport("UMMS", 53.882, 28.031, "BY"),
      airport("EDDB", 52.362, 13.501, "DE"), airport("OIII", 35.689, 51.311, "IR")));

  static final EntityGraph GRAPH = Ftm.graph(
      entity("mahan", "Company", "name=Mahan Air", "tw:icaoDesignator=IRM"),
      entity("mahan-us", "Sanction", "entity=mahan", "authority=United States", "startDate=2011",
          "publisher=Seed article 2019"),
      entity("a340", "Airplane", "registrationNumber=EP-MMH", "serialNumber=391", "tw:modeS=730a1c"),
      entity("a340-op", "UnknownLink", "subject=mahan", "object=a340", "role=operates"),
      entity("b747", "Airplane", "registrationNumber=YV3531", "serialNumber=23413", "tw:modeS=0d8a31", "type=cargo",
          "country=ve",
          "tw:previousRegistration=EP-MND"),
      entity("b747-mahan", "Ownership", "owner=mahan", "asset=b747", "endDate=2021-10"),
      entity("emtrasur", "Company", "name=Emtrasur"),
      entity("b747-emtrasur", "Ownership", "owner=emtrasur", "asset=b747", "startDate=2021-10"),
      entity("qeshm", "Company", "name=Qeshm Fars Air", "alias=Fars Air Qeshm"),
      entity("qeshm-us", "Sanction", "entity=qeshm", "startDate=2019-01-24"),
      entity("ghasemi", "Person", "name=Gholamreza Ghasemi"),
      entity("board", "Directorship", "director=ghasemi", "organization=qeshm"),
      entity("someone", "Person", "name=Carlos Perez"),
      entity("mahan-ban-de", "Sanction", "entity=mahan", "authority=Germany", "country=de", "program=flight ban",
          "startDate=2019"),
      entity("pecci", "Event", "name=Murder of prosecutor Pecci", "date=2022-05-10", "addressEntity=cde"),
      entity("cde", "Address", "full=Ciudad del Este", "latitude=-25.51", "longitude=-54.61"));

  static final WatchedArea TRI_BORDER = new WatchedArea("tba", "Tri-Border Area", "smuggling hub", "test",
      new GeometryFactory().createPolygon(new Coordinate[] {new Coordinate(-55.1, -25.1), new Coordinate(-54.1, -25.1),
          new Coordinate(-54.1, -26.0), new Coordinate(-55.1, -26.0), new Coordinate(-55.1, -25.1)}));

  static Airport airport(String ident, double lat, double lon, String country) {
    return new Airport(ident, "large_airport", ident, lat, lon, 0, country, null, null, List.of());
  }

  static Leg leg(String icao24, String callsign, String from, String to, String departure) {
    Airport b = AIRPORTS.findByIdent(to).orElseThrow();
    Instant dep = Instant.parse(departure);
    Instant arr = dep.plus(Duration.ofHours(6));
    Airport a = AIRPORTS.findByIdent(from).orElseThrow();
    return new Leg(Icao24.parse(icao24), callsign, from, false, to, false, dep, arr, dep, arr, a.lat(), a.lon(),
        b.lat(), b.lon(), 11_000, 500, List.of());
  }

  static List<Alert> run(Detector detector, List<Leg> legs, List<ManifestEntry> manifests, Instant since) {
    return detector.detect(new DetectionInput(legs, GRAPH, AIRPORTS, List.of(TRI_BORDER), manifests,
        DetectionRules.defaults(), since));
  }

  static List<Alert> run(Detector detector, Leg... legs) {
    return run(detector, List.of(legs), List.of(), Instant.parse("2008-01-01T00:00:00Z"));
  }

  static final Leg MAHAN_2019 = leg("730a1c", "IRM5072", "OIIE", "SVMI", "2019-04-07T21:30:00Z");
  static final Leg EMTRASUR_2022 = leg("0d8a31", "YV3531", "SVMI", "SGES", "2022-05-13T13:00:00Z");
  static final Leg ORDINARY = leg("e48100", "GLO1234", "SBGR", "SGES", "2022-05-13T10:00:00Z");

  @Test
  void sanctionedOperatorFlightFiresWithTheOperatorsSanctionAsEvidence() {
    List<Alert> alerts = run(new SanctionedFlightDetector(), MAHAN_2019);
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.severity()).isEqualTo(Severity.HIGH);
      assertThat(a.evidence()).extracting(EvidenceLink::ref).contains(MAHAN_2019.id(), "a340-op", "mahan-us");
      assertThat(a.evidence()).anySatisfy(e -> assertThat(e.source().publisher()).isEqualTo("Seed article 2019"));
    });
  }

  @Test
  void callsignDesignatorAloneIdentifiesASanctionedOperator() {
    Leg unknownAirframe = leg("730fff", "IRM0001", "OIIE", "OSDI", "2019-04-07T08:00:00Z");
    assertThat(run(new SanctionedFlightDetector(), unknownAirframe)).singleElement()
        .satisfies(a -> assertThat(a.evidence()).anySatisfy(e -> assertThat(e.claim()).contains("IRM")));
  }

  @Test
  void aFlightBeforeTheSanctionStartedDoesNotFire() {
    Leg before = leg("730a1c", "IRM5072", "OIIE", "SVMI", "2009-04-07T21:30:00Z");
    assertThat(run(new SanctionedFlightDetector(), before)).isEmpty();
  }

  @Test
  void ordinaryFlightsRaiseNothingInAnyDetector() {
    for (Detector d : Detection.standard().detectors()) {
      assertThat(run(d, ORDINARY)).as(d.name()).isEmpty();
    }
  }

  @Test
  void airframePastFollowsTheAirframeAcrossItsRegistrations() {
    assertThat(run(new AirframePastDetector(), EMTRASUR_2022)).singleElement().satisfies(a -> {
      assertThat(a.evidence()).extracting(EvidenceLink::ref).contains("b747", "b747-mahan", "mahan-us");
      assertThat(a.evidence().get(1).claim()).contains("EP-MND");
    });
    // While Mahan Air still owned it, that is not "past".
    Leg earlier = leg("0d8a31", "YV3531", "SVMI", "SKBO", "2021-06-01T13:00:00Z");
    assertThat(run(new AirframePastDetector(), earlier)).isEmpty();
  }

  @Test
  void visitToAWatchedAreaByAnAircraftOfInterestFires() {
    assertThat(run(new WatchedAreaDetector(), EMTRASUR_2022)).singleElement()
        .satisfies(a -> assertThat(a.title()).contains("Tri-Border Area"));
  }

  @Test
  void crewMemberTiedToASanctionedCompanyIsFoundAcrossSpellings() {
    List<ManifestEntry> manifest = List.of(
        new ManifestEntry(LocalDate.of(2022, 5, 13), "YV3531", null, "QASEMI/GHOLAM REZA MR", "crew", "IR", null,
            "m.csv", 2),
        new ManifestEntry(LocalDate.of(2022, 5, 13), "YV3531", null, "Carlos Perez", "crew", "VE", null, "m.csv", 3));
    List<Alert> alerts = run(new CrewMatchDetector(), List.of(EMTRASUR_2022), manifest, null);
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.subjectId()).isEqualTo("ghasemi");
      assertThat(a.evidence()).extracting(EvidenceLink::ref).contains("m.csv:2", "ghasemi", "board", "qeshm-us");
    });
  }

  @Test
  void routeReopenedAfterAPauseFiresAndRegularServiceDoesNot() {
    List<Leg> legs = new ArrayList<>();
    legs.add(leg("730b22", "IRA744", "OIIE", "OSDI", "2008-03-05T04:00:00Z"));
    legs.add(leg("730b22", "IRA744", "OSDI", "SVMI", "2008-03-05T12:00:00Z"));
    legs.add(leg("730b22", "IRA744", "OIIE", "OSDI", "2009-03-05T04:00:00Z"));
    legs.add(leg("730b22", "IRA744", "OSDI", "SVMI", "2009-03-05T12:00:00Z"));
    legs.add(MAHAN_2019);
    List<Alert> alerts = run(new RouteDetector(), legs, List.of(), Instant.parse("2008-01-01T00:00:00Z"));
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.title()).contains("IR-VE re-opened").contains("OIIE-SVMI");
      assertThat(a.evidence()).anySatisfy(e -> assertThat(e.claim()).contains("OIIE-OSDI-SVMI"));
    });
  }

  @Test
  void aRouteSeenOnTheFirstDayOfTheDataIsNotCalledNew() {
    assertThat(run(new RouteDetector(), List.of(MAHAN_2019), List.of(), Instant.parse("2019-04-01T00:00:00Z")))
        .isEmpty();
    assertThat(run(new RouteDetector(), List.of(MAHAN_2019), List.of(), Instant.parse("2015-01-01T00:00:00Z")))
        .singleElement().satisfies(a -> assertThat(a.title()).contains("new"));
  }

  @Test
  void aFlightBanBindsOnlyFlightsTouchingItsJurisdiction() {
    Leg toGermany = leg("730fff", "IRM0002", "OIIE", "EDDF", "2019-03-01T08:00:00Z");
    Leg toTurkey = leg("730fff", "IRM0003", "OIIE", "LTFM", "2019-03-02T08:00:00Z");
    List<Alert> alerts = run(new SanctionedFlightDetector(), toGermany, toTurkey);
    assertThat(alerts).hasSize(2);
    assertThat(alerts.get(0).evidence()).anySatisfy(e -> assertThat(e.claim()).contains("banned from flying to DE"));
    assertThat(alerts.get(1).evidence()).noneSatisfy(e -> assertThat(e.claim()).contains("banned"));
  }

  @Test
  void aStopoverInAWatchedCountryBetweenWatchedCountriesFiresOncePerService() {
    List<Leg> legs = new ArrayList<>();
    for (String day : List.of("2008-03-05", "2008-04-05", "2008-05-05")) {
      legs.add(leg("730b22", "IRA744", "OIIE", "OSDI", day + "T04:00:00Z"));
      legs.add(leg("730b22", "IRA744", "OSDI", "SVMI", day + "T12:00:00Z"));
    }
    List<Alert> alerts = Detection.standard().run(new DetectionInput(legs, GRAPH, AIRPORTS, List.of(TRI_BORDER),
        List.of(), DetectionRules.defaults(), Instant.parse("2008-01-01T00:00:00Z")));
    assertThat(alerts).filteredOn(a -> a.detector().equals("stopover")).singleElement().satisfies(a -> {
      assertThat(a.count()).isEqualTo(3);
      assertThat(a.title()).contains("OIIE-OSDI-SVMI");
    });
    // A Turkish stop between Iran and Brazil links no watched countries through a watched stop.
    List<Leg> ordinary = List.of(leg("4b8001", "THY1", "OIIE", "LTFM", "2019-03-01T04:00:00Z"),
        leg("4b8001", "THY1", "LTFM", "SBGR", "2019-03-01T12:00:00Z"));
    assertThat(run(new StopoverDetector(), ordinary, List.of(), null)).isEmpty();
    // Nor does a watched stop with one watched end (Moscow-Minsk-Berlin), or a round trip through it.
    List<Leg> oneWatchedEnd = List.of(leg("4b8002", "BRU1", "UUEE", "UMMS", "2019-03-01T04:00:00Z"),
        leg("4b8002", "BRU1", "UMMS", "EDDB", "2019-03-01T08:00:00Z"));
    assertThat(run(new StopoverDetector(), oneWatchedEnd, List.of(), null)).isEmpty();
    List<Leg> roundTrip = List.of(leg("4b8003", "IRA2", "OIIE", "OSDI", "2019-03-01T04:00:00Z"),
        leg("4b8003", "IRA2", "OSDI", "OIII", "2019-03-01T08:00:00Z"));
    assertThat(run(new StopoverDetector(), roundTrip, List.of(), null)).isEmpty();
  }

  @Test
  void anAircraftOfInterestNearARecordedIncidentWithinDaysFires() {
    assertThat(run(new IncidentProximityDetector(), EMTRASUR_2022)).singleElement()
        .satisfies(a -> assertThat(a.title()).contains("3 days after"));
    Leg monthLater = leg("0d8a31", "YV3531", "SVMI", "SGES", "2022-06-20T13:00:00Z");
    assertThat(run(new IncidentProximityDetector(), monthLater)).isEmpty();
  }

  @Test
  void anOversizedForeignCrewOnACargoAircraftIsOutOfTheOrdinary() {
    List<ManifestEntry> big = new ArrayList<>();
    for (int i = 0; i < 18; i++) {
      big.add(new ManifestEntry(LocalDate.of(2022, 5, 13), "YV3531", null, "Crew " + i, "crew", i < 7 ? "IR" : "VE",
          null, "m.csv", i + 2));
    }
    assertThat(run(new CrewAnomalyDetector(), List.of(EMTRASUR_2022), big, null)).singleElement()
        .satisfies(a -> assertThat(a.title()).contains("18 crew", "IR"));
    List<ManifestEntry> usual = big.subList(7, 10);
    assertThat(run(new CrewAnomalyDetector(), List.of(EMTRASUR_2022), usual, null)).isEmpty();
  }

  @Test
  void aCargoAircraftThatDeclaresNoCargoIsOutOfTheOrdinary() {
    List<ManifestEntry> pilots = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      pilots.add(new ManifestEntry(LocalDate.of(2022, 5, 13), "YV3531", null, "Crew " + i, "crew", "VE", null,
          "m.csv", i + 2, 0.0));
    }
    assertThat(run(new CrewAnomalyDetector(), List.of(EMTRASUR_2022), pilots, null)).singleElement().satisfies(a -> {
      assertThat(a.title()).contains("declared no cargo");
      assertThat(a.evidence()).anySatisfy(e -> assertThat(e.claim()).contains("0 kg", "m.csv, line 2"));
    });
    List<ManifestEntry> loaded = new ArrayList<>(pilots);
    loaded.set(0, new ManifestEntry(LocalDate.of(2022, 5, 13), "YV3531", null, "Crew 0", "crew", "VE", null, "m.csv", 2,
        42_000.0));
    assertThat(run(new CrewAnomalyDetector(), List.of(EMTRASUR_2022), loaded, null)).isEmpty();
    List<ManifestEntry> silent = pilots.stream().map(r -> new ManifestEntry(r.flightDate(), r.registration(),
        r.callsign(), r.fullName(), r.role(), r.nationality(), null, r.source(), r.line())).toList();
    assertThat(run(new CrewAnomalyDetector(), List.of(EMTRASUR_2022), silent, null)).isEmpty();
  }

  static Leg withGap(Leg leg, Gap gap) {
    return new Leg(leg.icao24(), leg.callsign(), leg.origin(), false, leg.destination(), false, leg.takeoff(),
        leg.landing(), leg.firstSeen(), leg.lastSeen(), leg.firstLat(), leg.firstLon(), leg.lastLat(), leg.lastLon(),
        leg.maxAltitudeM(), leg.positions(), List.of(gap));
  }

  @Test
  void aLongSilenceOverCoveredAirspaceIsATransponderGapWithWhereItCouldHaveLanded() {
    Leg leg = leg("0d8a31", "YV3531", "SVMI", "SGES", "2022-05-13T13:00:00Z");
    Instant dark = leg.departure().plus(Duration.ofHours(2));
    // Dark for 2 h between two points either side of Sao Paulo (SBGR): time to land there and go on.
    Gap covered = new Gap(dark, -20.0, -47.0, dark.plus(Duration.ofHours(2)), -24.0, -49.0, 480, true, 0.9,
        "90 % of the path in covered cells");
    assertThat(run(new TransponderGapDetector(), withGap(leg, covered))).singleElement().satisfies(a -> {
      assertThat(a.title()).contains("120 min", "could have landed at SBGR");
      assertThat(a.severity()).isEqualTo(Severity.HIGH); // formerly Mahan Air's airframe
      assertThat(a.evidence()).anySatisfy(e -> assertThat(e.claim()).startsWith("Went dark at -20.000, -47.000"));
    });
    Gap ocean = new Gap(dark, -20.0, -47.0, dark.plus(Duration.ofHours(2)), -24.0, -49.0, 480, false, 0.1,
        "10 % of the path in covered cells");
    assertThat(run(new TransponderGapDetector(), withGap(leg, ocean))).isEmpty();
    Gap brief = new Gap(dark, -20.0, -47.0, dark.plus(Duration.ofMinutes(10)), -20.5, -47.3, 60, true, 0.9, "covered");
    assertThat(run(new TransponderGapDetector(), withGap(leg, brief))).isEmpty();
    // 25 minutes dark: long enough to report, too short to have landed anywhere.
    Gap short25 = new Gap(dark, -20.0, -47.0, dark.plus(Duration.ofMinutes(25)), -21.5, -47.5, 175, true, 0.9, "c");
    assertThat(run(new TransponderGapDetector(), withGap(leg, short25))).singleElement()
        .satisfies(a -> assertThat(a.title()).doesNotContain("could have landed"));
  }

  @Test
  void anAddressHeardInTwoPlacesAtOnceIsAnIdentityMismatchEvenForAnUnknownAircraft() {
    Leg plain = leg("4ca123", "ABC123", "SBGR", "SKBO", "2022-05-13T13:00:00Z");
    Instant at = plain.departure().plus(Duration.ofHours(1));
    Leg cloned = new Leg(plain.icao24(), plain.callsign(), plain.origin(), false, plain.destination(), false,
        plain.takeoff(), plain.landing(), plain.firstSeen(), plain.lastSeen(), plain.firstLat(), plain.firstLon(),
        plain.lastLat(), plain.lastLon(), plain.maxAltitudeM(), plain.positions(), List.of(), null, 0,
        List.of(new AddressConflict(at, -20, -50, 35.4, 51.1, 11_000, 12)));
    assertThat(run(new IdentityMismatchDetector(), cloned)).singleElement().satisfies(a -> {
      assertThat(a.title()).contains("two places at once", "11000 km");
      assertThat(a.severity()).isEqualTo(Severity.HIGH);
      assertThat(a.evidence()).anySatisfy(e -> assertThat(e.claim()).contains("12 times in agreement"));
    });
    assertThat(run(new IdentityMismatchDetector(), plain)).isEmpty();
  }

  @Test
  void severityOverridesFromTheRulesApplyInOnePlace() {
    DetectionRules rules = new DetectionRules(DetectionRules.defaults().watchedCountries(), 365, 6, 0.85, 2, 7, 500, 8,
        72, 15, java.util.Map.of("watched-area", Severity.CRITICAL));
    List<Alert> alerts = Detection.standard().run(new DetectionInput(List.of(EMTRASUR_2022), GRAPH, AIRPORTS,
        List.of(TRI_BORDER), List.of(), rules, null));
    assertThat(alerts).filteredOn(a -> a.detector().equals("watched-area")).singleElement()
        .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.CRITICAL));
  }

  @Test
  void aReRegisteredAirframeStillSendingItsOldStatesAddressIsAMismatch() {
    io.tailwatch.surveillance.AddressAllocation blocks = new io.tailwatch.surveillance.AddressAllocation(List.of(
        new io.tailwatch.surveillance.AddressAllocation.Block(0x730000, 0x737FFF, "Iran", "IR"),
        new io.tailwatch.surveillance.AddressAllocation.Block(0x0D8000, 0x0DFFFF, "Venezuela", "VE")));
    EntityGraph graph = Ftm.graph(entity("p", "Airplane", "registrationNumber=YV9999", "country=ve", "tw:modeS=731234"));
    Leg leg = leg("731234", null, "SVMI", "SKBO", "2022-05-13T13:00:00Z");
    List<Alert> alerts = new IdentityMismatchDetector().detect(new DetectionInput(List.of(leg), graph, AIRPORTS,
        List.of(), List.of(), DetectionRules.defaults(), null, blocks));
    assertThat(alerts).singleElement().satisfies(a -> assertThat(a.title()).contains("issued to Iran", "registered in VE"));
    assertThat(new IdentityMismatchDetector().detect(new DetectionInput(List.of(EMTRASUR_2022), GRAPH, AIRPORTS,
        List.of(), List.of(), DetectionRules.defaults(), null, blocks))).isEmpty();
  }

  @Test
  void aCallsignOfAnotherAirlineOnAnAirframeWithAKnownOperatorIsAMismatch() {
    EntityGraph graph = Ftm.graph(
        entity("conviasa", "Company", "name=Conviasa", "tw:icaoDesignator=VCV"),
        entity("mahan", "Company", "name=Mahan Air", "tw:icaoDesignator=IRM"),
        entity("p", "Airplane", "registrationNumber=YV1004", "tw:modeS=0d80ae"),
        entity("op", "UnknownLink", "subject=conviasa", "object=p", "role=operator"));
    Leg asMahan = leg("0d80ae", "IRM1234", "SVMI", "OIIE", "2022-05-13T13:00:00Z");
    Leg asConviasa = leg("0d80ae", "VCV1234", "SVMI", "SKBO", "2022-05-14T13:00:00Z");
    List<Alert> alerts = new IdentityMismatchDetector().detect(new DetectionInput(List.of(asMahan, asConviasa), graph,
        AIRPORTS, List.of(), List.of(), DetectionRules.defaults(), null));
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.title()).contains("designator IRM but the operator's is VCV");
      assertThat(a.evidence()).anySatisfy(e -> assertThat(e.claim()).contains("IRM is the designator of Mahan Air"));
    });
  }
}
