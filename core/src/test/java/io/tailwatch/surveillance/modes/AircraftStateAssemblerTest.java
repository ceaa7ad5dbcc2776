package io.tailwatch.surveillance.modes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tailwatch.surveillance.StateVector;
import org.junit.jupiter.api.Test;

class AircraftStateAssemblerTest {
  static final int KLM = 0x4840D6;
  static final long T = 1_554_631_200_000L;

  static DecodedMessage.Builder at(long t) {
    return DecodedMessage.builder(KLM, t);
  }

  @Test
  void aPositionCarriesWhatWasHeardBeforeInSiUnits() {
    AircraftStateAssembler a = new AircraftStateAssembler();
    assertThat(a.accept(at(T).callsign("KLM1023").build())).isNull();
    assertThat(a.accept(at(T + 100).groundSpeedKt(159.0).trackDeg(182.9).verticalRateFtMin(-832).build())).isNull();
    assertThat(a.accept(at(T + 200).squawk("1000").build())).isNull();
    StateVector v = a.accept(at(T + 300).altitudeFt(38000).position(52.2572, 3.9193).onGround(false).build());
    assertThat(v.timeMs()).isEqualTo(T + 300);
    assertThat(v.icao24()).isEqualTo(KLM);
    assertThat(v.callsign()).isEqualTo("KLM1023");
    assertThat(v.squawk()).isEqualTo("1000");
    assertThat(v.baroAltitude()).isCloseTo(11_582.4, within(1e-6));
    assertThat(v.velocity()).isCloseTo(81.797, within(1e-3)); // 159 kt
    assertThat(v.heading()).isEqualTo(182.9);
    assertThat(v.vertRate()).isCloseTo(-4.2265, within(1e-4)); // -832 ft/min
    assertThat(v.geoAltitude()).isNaN();
    assertThat(v.onGround()).isFalse();
  }

  @Test
  void valuesOlderThanAMinuteAreNotCarriedButTheCallsignIs() {
    AircraftStateAssembler a = new AircraftStateAssembler();
    a.accept(at(T).callsign("KLM1023").groundSpeedKt(159.0).trackDeg(182.9).verticalRateFtMin(-832).build());
    StateVector v = a.accept(at(T + 61_000).altitudeFt(30000).position(52.0, 4.0).build());
    assertThat(v.velocity()).isNaN();
    assertThat(v.heading()).isNaN();
    assertThat(v.vertRate()).isNaN();
    assertThat(v.callsign()).isEqualTo("KLM1023");
    assertThat(v.baroAltitude()).isCloseTo(9_144.0, within(1e-6));
    assertThat(a.accept(at(T + 122_000).position(52.1, 4.1).build()).baroAltitude()).as("stale by then").isNaN();
  }

  @Test
  void gnssHeightFromPositionsOrFromTheVelocityMessagesDifference() {
    AircraftStateAssembler a = new AircraftStateAssembler();
    a.accept(at(T).groundSpeedKt(400.0).geoMinusBaroFt(550).build());
    StateVector v = a.accept(at(T + 500).altitudeFt(10000).position(50.0, 8.0).build());
    assertThat(v.geoAltitude()).isCloseTo((10000 + 550) * 0.3048, within(1e-6));

    StateVector gnss = a.accept(at(T + 1000).altitudeFt(10600).altitudeGeometric(true).position(50.01, 8.0).build());
    assertThat(gnss.geoAltitude()).isCloseTo(10600 * 0.3048, within(1e-6));
    assertThat(gnss.baroAltitude()).as("the barometric one of half a second ago").isCloseTo(3048.0, within(1e-6));
  }

  @Test
  void onTheSurfaceNoBarometricAltitude() {
    AircraftStateAssembler a = new AircraftStateAssembler();
    a.accept(at(T).altitudeFt(1000).position(52.3, 4.76).onGround(false).build());
    StateVector v = a.accept(at(T + 1000).groundSpeedKt(20.0).position(52.31, 4.76).onGround(true).build());
    assertThat(v.onGround()).isTrue();
    assertThat(v.baroAltitude()).isNaN();
  }

  @Test
  void idleAircraftAreForgottenAndTheTableIsCapped() {
    AircraftStateAssembler a = new AircraftStateAssembler(3);
    for (int i = 0; i < 10; i++) {
      a.accept(DecodedMessage.builder(i, T + i).callsign("X" + i).build());
    }
    assertThat(a.aircraft()).isEqualTo(3);
    // the most recent three stayed: aircraft 9 still has its callsign
    assertThat(a.accept(DecodedMessage.builder(9, T + 20).position(1.0, 1.0).build()).callsign()).isEqualTo("X9");
    assertThat(a.accept(DecodedMessage.builder(0, T + 21).position(1.0, 1.0).build()).callsign()).isNull();

    a.accept(DecodedMessage.builder(42, T + 21 + AircraftStateAssembler.IDLE_MS + 1).build());
    assertThat(a.aircraft()).as("only the one just heard").isEqualTo(1);
  }
}
