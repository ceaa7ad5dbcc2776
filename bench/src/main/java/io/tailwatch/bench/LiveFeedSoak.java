package io.tailwatch.bench;

import io.tailwatch.formats.receiver.ReceiverConnection;
import io.tailwatch.formats.receiver.ReceiverFormat;
import io.tailwatch.formats.receiver.ReceiverStream;
import io.tailwatch.surveillance.modes.AircraftStateAssembler;
import io.tailwatch.surveillance.modes.ModeSDecoder;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A live feed held for a while: a loopback "receiver" replays the capture rebuilt from real flights as AVR at a
 * fixed rate (default 5,000 messages/s), and tailwatch's live path (TCP connection, AVR framer, decoder, position
 * assembler) reads it. Every 30 s it prints messages, positions and the heap used after a GC, so flat memory shows.
 *
 * <p>Run: {@code java -Dtailwatch.referenceData=../shared/data -cp bench/target/benchmarks.jar
 * io.tailwatch.bench.LiveFeedSoak [seconds] [messages per second]}
 */
public final class LiveFeedSoak {
  private LiveFeedSoak() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 600;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    CapturedStream capture = CapturedStream.fromSamples();
    List<byte[]> frames = capture.frames;
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread receiver = new Thread(() -> serve(server, frames, rate, seconds), "receiver");
      receiver.start();
      ModeSDecoder decoder = new ModeSDecoder();
      AircraftStateAssembler assembler = new AircraftStateAssembler();
      AtomicLong positions = new AtomicLong();
      ReceiverStream stream = new ReceiverStream(ReceiverFormat.AVR, decoder,
          io.tailwatch.formats.receiver.FrameClock.arrival(System::currentTimeMillis), (p, d, x) -> { });
      ReceiverConnection connection = new ReceiverConnection("127.0.0.1", server.getLocalPort(),
          new ReceiverConnection.Settings(10_000, 10_000, 100, 1_000, 1_000));
      long start = System.currentTimeMillis();
      Thread reporter = new Thread(() -> {
        try {
          while (true) {
            Thread.sleep(30_000);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
            System.out.printf("%4d s  %,12d messages  %,10d positions  %4d aircraft  heap after GC %d MB%n",
                (System.currentTimeMillis() - start) / 1000, stream.messages(), positions.get(),
                decoder.aircraftInView(), heap);
          }
        } catch (InterruptedException done) {
          // finished
        }
      }, "reporter");
      reporter.setDaemon(true);
      reporter.start();
      connection.run(in -> stream.read(in, m -> {
        if (assembler.accept(m) != null) {
          positions.incrementAndGet();
        }
      }), new ReceiverConnection.Listener() {
        @Override
        public void connected(String address) { }

        @Override
        public void disconnected(String address, String why, long retryInMs) { }
      }, 1);
      receiver.join();
      reporter.interrupt();
      double elapsed = (System.currentTimeMillis() - start) / 1000.0;
      System.out.printf("done: %,d messages in %.0f s (%.0f/s), %,d positions, %d rejected, %d damaged%n",
          stream.messages(), elapsed, stream.messages() / elapsed, positions.get(), stream.rejected(),
          stream.damaged());
    }
  }

  /** Sends the capture over and over at the given rate, with times shifted so each pass looks like new traffic. */
  private static void serve(ServerSocket server, List<byte[]> frames, int rate, int seconds) {
    try (Socket client = server.accept(); OutputStream out = client.getOutputStream()) {
      long start = System.nanoTime();
      long sent = 0;
      long end = start + seconds * 1_000_000_000L;
      StringBuilder batch = new StringBuilder();
      while (System.nanoTime() < end) {
        long due = (System.nanoTime() - start) * rate / 1_000_000_000L;
        batch.setLength(0);
        while (sent < due) {
          byte[] f = frames.get((int) (sent % frames.size()));
          batch.append('*').append(java.util.HexFormat.of().formatHex(f)).append(";\n");
          sent++;
        }
        out.write(batch.toString().getBytes(StandardCharsets.US_ASCII));
        Thread.sleep(10);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
