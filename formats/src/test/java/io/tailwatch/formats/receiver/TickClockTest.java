package io.tailwatch.formats.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TickClockTest {
  static final long START = 1_554_631_200_000L; // 2019-04-07T10:00:00Z
  static final long SECOND = 12_000_000;

  @Test
  void twelveMegahertzFromTheFirstFrame() {
    TickClock clock = new TickClock(START);
    assertThat(clock.timeMs(5 * SECOND)).isEqualTo(START);
    assertThat(clock.timeMs(5 * SECOND + 12_000)).isEqualTo(START + 1);
    assertThat(clock.timeMs(65 * SECOND)).isEqualTo(START + 60_000);
    assertThat(clock.timedFrames()).isEqualTo(3);
    assertThat(clock.clockChanges()).isZero();
  }

  @Test
  void theCounterWrapsAt48Bits() {
    TickClock clock = new TickClock(START);
    long max = (1L << 48) - 1;
    assertThat(clock.timeMs(max - SECOND + 1)).isEqualTo(START);
    assertThat(clock.timeMs(SECOND)).isEqualTo(START + 2_000);
    assertThat(clock.clockChanges()).isZero();
  }

  @Test
  void timeNeverRunsBackwardsAndFramesWithoutACounterTakeTheLatest() {
    TickClock clock = new TickClock(START);
    clock.timeMs(10 * SECOND);
    assertThat(clock.timeMs(12 * SECOND)).isEqualTo(START + 2_000);
    assertThat(clock.timeMs(12 * SECOND - 6_000_000)).as("half a second behind").isEqualTo(START + 2_000);
    assertThat(clock.timeMs(-1)).isEqualTo(START + 2_000);
    assertThat(clock.timeMs(0xFF004D4C4154L)).as("mlat-client's synthetic frames").isEqualTo(START + 2_000);
    assertThat(clock.timeMs(13 * SECOND)).isEqualTo(START + 3_000);
    assertThat(clock.clockChanges()).isZero();
  }

  @Test
  void aRestartedReceiverContinuesFromTheLatestTime() {
    TickClock clock = new TickClock(START);
    clock.timeMs(1_000 * SECOND);
    clock.timeMs(1_010 * SECOND);
    assertThat(clock.timeMs(3 * SECOND)).as("counter back near zero").isEqualTo(START + 10_000);
    assertThat(clock.timeMs(5 * SECOND)).isEqualTo(START + 12_000);
    assertThat(clock.clockChanges()).isEqualTo(1);
  }

  @Test
  void twoReceiversMixedEachAdvanceByTheirOwnCounter() {
    TickClock clock = new TickClock(START);
    long a = 100 * SECOND;
    long b = 90_000 * SECOND; // a day apart
    assertThat(clock.timeMs(a)).isEqualTo(START);
    assertThat(clock.timeMs(b)).isEqualTo(START);
    for (int s = 1; s <= 10; s++) {
      clock.timeMs(a + s * SECOND);
      clock.timeMs(b + s * SECOND);
    }
    assertThat(clock.latestMs()).isEqualTo(START + 10_000);
    assertThat(clock.clockChanges()).isEqualTo(1);
  }
}
