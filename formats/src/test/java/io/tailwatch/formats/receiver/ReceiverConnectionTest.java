package io.tailwatch.formats.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.surveillance.modes.DecodedMessage;
import io.tailwatch.surveillance.modes.ModeSDecoder;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The live feed on loopback: a tiny receiver in the test drops the connection, goes silent, or is not there. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ReceiverConnectionTest {
  static final String IDENT = "8D4840D6202CC371C32CE0576098";
  static final String EVEN = "8D40621D58C382D690C8AC2863A7";
  static final String ODD = "8D40621D58C386435CC412692AD6";

  /** Records what the connection tells its listener. */
  static class Events implements ReceiverConnection.Listener {
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    final List<Long> retries = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger ticks = new AtomicInteger();

    @Override
    public void connected(String address) {
      events.add("connected");
    }

    @Override
    public void disconnected(String address, String why, long retryInMs) {
      events.add("disconnected: " + why);
      retries.add(retryInMs);
    }

    @Override
    public void tick() {
      ticks.incrementAndGet();
    }
  }

  static ReceiverConnection.Settings fast(int idleMs, long backoffMs) {
    return new ReceiverConnection.Settings(2_000, idleMs, backoffMs, backoffMs * 4, 20);
  }

  @Test
  void aDroppedConnectionIsResumedAndReadingContinuesWhereTheReceiverIs() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> receiver = CompletableFuture.runAsync(() -> {
        try {
          // first connection: the identification and half of the next frame, then the receiver drops
          try (Socket c = server.accept(); OutputStream out = c.getOutputStream()) {
            out.write(("*" + IDENT + ";\n*" + EVEN.substring(0, 10)).getBytes(StandardCharsets.US_ASCII));
          }
          // second connection: the position pair
          try (Socket c = server.accept(); OutputStream out = c.getOutputStream()) {
            out.write(("*" + EVEN + ";\n*" + ODD + ";\n").getBytes(StandardCharsets.US_ASCII));
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      List<DecodedMessage> messages = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      ReceiverStream stream = new ReceiverStream(ReceiverFormat.AVR, new ModeSDecoder(),
          FrameClock.arrival(System::currentTimeMillis), (p, d, detail) -> problems.add(p + ": " + detail));
      ReceiverConnection connection = new ReceiverConnection("127.0.0.1", server.getLocalPort(), fast(5_000, 40));
      Events events = new Events();
      connection.run(in -> stream.read(in, messages::add), events, 2);
      receiver.get(5, TimeUnit.SECONDS);

      assertThat(events.events).containsExactly("connected", "disconnected: the receiver closed the connection",
          "connected");
      assertThat(events.retries.get(0)).as("half to all of the first pause").isBetween(20L, 40L);
      assertThat(messages).extracting(DecodedMessage::icao24Hex).containsExactly("4840d6", "40621d", "40621d");
      assertThat(messages.get(2).hasPosition()).isTrue();
      assertThat(problems).containsExactly("2: no ';' at the end of '*8D40621D58'");
      assertThat(stream.frames()).isEqualTo(3);
    }
  }

  @Test
  void aSilentReceiverIsDroppedAfterTheIdleTimeAndTicksGoOn() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
      List<Socket> held = Collections.synchronizedList(new ArrayList<>());
      CompletableFuture<Void> receiver = CompletableFuture.runAsync(() -> {
        try {
          for (int i = 0; i < 2; i++) {
            held.add(server.accept()); // accepted, never written to, never closed
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      ReceiverConnection connection = new ReceiverConnection("127.0.0.1", server.getLocalPort(), fast(300, 10));
      Events events = new Events();
      connection.run(in -> in.transferTo(OutputStream.nullOutputStream()), events, 2);
      receiver.get(5, TimeUnit.SECONDS);
      for (Socket s : held) {
        s.close();
      }
      assertThat(events.events).containsExactly("connected", "disconnected: no data for 300 ms", "connected");
      assertThat(events.ticks.get()).as("ticks while the line was silent").isPositive();
    }
  }

  @Test
  void stopEndsABlockedReadFromAnotherThread() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Socket> receiver = CompletableFuture.supplyAsync(() -> {
        try {
          return server.accept();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      ReceiverConnection connection = new ReceiverConnection("127.0.0.1", server.getLocalPort(), fast(60_000, 60_000));
      CountDownLatch connected = new CountDownLatch(1);
      Events events = new Events() {
        @Override
        public void connected(String address) {
          super.connected(address);
          connected.countDown();
        }
      };
      Thread stopper = new Thread(() -> {
        try {
          connected.await();
          connection.stop();
        } catch (InterruptedException ignored) {
          // the test ends
        }
      });
      stopper.start();
      connection.run(in -> in.transferTo(OutputStream.nullOutputStream()), events, 0);
      stopper.join();
      receiver.get(5, TimeUnit.SECONDS).close();
      assertThat(events.events).containsExactly("connected");
      assertThat(connection.stopped()).isTrue();
    }
  }

  @Test
  void pausesDoubleWithJitterUpToTheirCap() throws Exception {
    int port = closedPort();
    ReceiverConnection connection = new ReceiverConnection("127.0.0.1", port,
        new ReceiverConnection.Settings(2_000, 60_000, 20, 80, 20));
    Events events = new Events() {
      @Override
      public void disconnected(String address, String why, long retryInMs) {
        super.disconnected(address, why, retryInMs);
        if (retries.size() == 5) {
          connection.stop();
        }
      }
    };
    connection.run(in -> { }, events, 0);
    assertThat(events.events).hasSize(5).allSatisfy(e -> assertThat(e).startsWith("disconnected: "));
    List<Long> r = events.retries;
    assertThat(r.get(0)).isBetween(10L, 20L);
    assertThat(r.get(1)).isBetween(20L, 40L);
    assertThat(r.get(2)).isBetween(40L, 80L);
    assertThat(r.get(3)).as("capped").isBetween(40L, 80L);
    assertThat(r.get(4)).isBetween(40L, 80L);
  }

  @Test
  void stopEndsALongPauseBeforeAReconnection() throws Exception {
    ReceiverConnection connection = new ReceiverConnection("127.0.0.1", closedPort(), fast(60_000, 120_000));
    CountDownLatch refused = new CountDownLatch(1);
    Events events = new Events() {
      @Override
      public void disconnected(String address, String why, long retryInMs) {
        super.disconnected(address, why, retryInMs);
        refused.countDown();
      }
    };
    Thread stopper = new Thread(() -> {
      try {
        refused.await();
        connection.stop(); // a pause of a minute or more ahead: stop must cut it short
      } catch (InterruptedException ignored) {
        // the test ends
      }
    });
    stopper.start();
    connection.run(in -> { }, events, 0);
    stopper.join();
    assertThat(events.events).singleElement().asString().startsWith("disconnected: ");
    assertThat(events.retries.get(0)).isGreaterThanOrEqualTo(60_000L);
  }

  private static int closedPort() throws Exception {
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return closed.getLocalPort(); // nobody listens there once closed
    }
  }

  @Test
  void addressesAreCheckedWithAClearMessage() {
    assertThat(ReceiverConnection.parse("tcp://127.0.0.1:30005", ReceiverConnection.Settings.defaults()).address())
        .isEqualTo("tcp://127.0.0.1:30005");
    for (String bad : new String[] {"tcp://host", "udp://host:1", "tcp://:30005", "tcp://host:99999",
        "tcp://host:30005/path", "tcp://ho st:1"}) {
      assertThatThrownBy(() -> ReceiverConnection.parse(bad, ReceiverConnection.Settings.defaults()))
          .hasMessage("'" + bad + "' is not a tcp://HOST:PORT address");
    }
  }
}
