package io.tailwatch.flights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTableTest {
  private static Leg leg(String callsign, String from, String to, String departure) {
    Instant t = Instant.parse(departure);
    return new Leg(0x730a1c, callsign, from, false, to, false, t, t.plusSeconds(36_000), t, t.plusSeconds(36_000),
        35.4, 51.1, 10.6, -67.0, 11_000, 500, List.of());
  }

  @Test
  void aRouteReopenedAfterYearsShowsItsPauseAndTheFlightThatEndedIt() {
    RouteTable table = RouteTable.of(List.of(
        leg("IRM5072", "OIIE", "SVMI", "2019-04-07T04:00:00Z"),
        leg("IRA744", "OIIE", "SVMI", "2008-03-05T04:00:00Z"),
        leg("IRA744", "OIIE", "SVMI", "2009-01-07T04:00:00Z"),
        leg("IRM5072", "OIIE", "SVMI", "2019-04-14T04:00:00Z"),
        leg("IRM5072", "OIIE", "OIIE", "2019-04-20T04:00:00Z"),
        leg("N123AB", "KJFK", "KBOS", "2019-04-21T04:00:00Z"),
        leg("IRM5073", "SVMI", null, "2019-04-08T04:00:00Z")));

    List<RouteTable.Route> routes = table.routes();
    assertThat(routes).extracting(RouteTable.Route::operator).containsExactly("730a1c", "IRM", "IRA");
    RouteTable.Route ira = routes.get(2);
    assertThat(ira.flights()).isEqualTo(2);
    assertThat(ira.longestPause()).isEqualTo(Duration.between(Instant.parse("2008-03-05T04:00:00Z"),
        Instant.parse("2009-01-07T04:00:00Z")));
    RouteTable.Route irm = routes.get(1);
    assertThat(irm.firstFlown()).isEqualTo(Instant.parse("2019-04-07T04:00:00Z"));
    assertThat(irm.lastFlown()).isEqualTo(Instant.parse("2019-04-14T04:00:00Z"));
    assertThat(irm.longestPause()).isEqualTo(Duration.ofDays(7));
    assertThat(irm.reopenedAt()).isEqualTo(Instant.parse("2019-04-14T04:00:00Z"));
  }

  @Test
  void aRouteIsNewOnlyAfterAPauseOfHistoryAndReopenedAfterAPauseOfSilence() {
    Instant since = Instant.parse("2008-01-01T00:00:00Z");
    RouteTable table = RouteTable.of(List.of(
        leg("IRA744", "OIIE", "SVMI", "2008-03-05T04:00:00Z"),
        leg("IRA744", "OIIE", "SVMI", "2009-01-07T04:00:00Z"),
        leg("IRA744", "OIIE", "SVMI", "2019-04-07T04:00:00Z"),
        leg("IRM5072", "OIIE", "SVMI", "2019-04-14T04:00:00Z"),
        leg("IRM5072", "OIIE", "SVMI", "2019-04-21T04:00:00Z"),
        leg("IRM5072", "OIIE", "OMDB", "2008-06-01T04:00:00Z")), Duration.ofDays(365), since);

    var byKey = new java.util.HashMap<String, RouteTable.Route>();
    table.routes().forEach(r -> byKey.put(r.operator() + " " + r.destination(), r));
    RouteTable.Route iranAir = byKey.get("IRA SVMI");
    assertThat(iranAir.status()).isEqualTo(RouteTable.Status.REOPENED);
    assertThat(iranAir.statusSince()).isEqualTo(Instant.parse("2019-04-07T04:00:00Z"));
    assertThat(iranAir.legIds()).hasSize(3);
    RouteTable.Route mahan = byKey.get("IRM SVMI");
    assertThat(mahan.status()).isEqualTo(RouteTable.Status.NEW);
    assertThat(mahan.statusSince()).isEqualTo(Instant.parse("2019-04-14T04:00:00Z"));
    // First flown five months into the history: not new, tailwatch had not looked long enough.
    assertThat(byKey.get("IRM OMDB").status()).isNull();
  }

  @Test
  void designatorsAreThreeLettersThenADigit() {
    assertThat(Callsigns.designator("IRM5072")).isEqualTo("IRM");
    assertThat(Callsigns.designator("N123AB")).isNull();
    assertThat(Callsigns.designator("YV3531")).isNull();
    assertThat(Callsigns.designator("EZY85MH")).isEqualTo("EZY");
    assertThat(Callsigns.designator(null)).isNull();
  }
}
