package io.tailwatch.formats.receiver;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A live feed from a receiver's TCP port ({@code tcp://host:port}), read until {@link #stop()}.
 *
 * <ul>
 *   <li>Connecting gives up after {@code connectTimeoutMs}; a connection that delivers nothing for {@code
 *       idleTimeoutMs} is treated as dropped (a receiver that hangs without closing).
 *   <li>When the receiver drops the connection or cannot be reached, it tries again after a pause that doubles from
 *       {@code firstBackoffMs} up to {@code maxBackoffMs}, each pause drawn between half and all of that (jitter, so
 *       that many clients of one receiver do not return in step). A connection that delivered data resets it.
 *   <li>The listener's {@link Listener#tick()} runs on the reading thread about every {@code tickMs}, whether data
 *       flows, the line is silent or a reconnection is awaited: the place to commit a batch or print counters
 *       without a second thread touching the reader's state.
 *   <li>{@link #stop()} (from any thread: a shutdown hook) closes the connection and ends the wait; {@link #run}
 *       then returns promptly.
 * </ul>
 */
public final class ReceiverConnection {
  /** Timeouts and pauses, in milliseconds. */
  public record Settings(int connectTimeoutMs, int idleTimeoutMs, long firstBackoffMs, long maxBackoffMs,
      int tickMs) {
    public static Settings defaults() {
      return new Settings(10_000, 60_000, 1_000, 60_000, 1_000);
    }
  }

  /** Reads one connected stream until it ends. */
  public interface Reader {
    void read(InputStream in) throws IOException;
  }

  /** Told of each connection's fate; ticks on the reading thread. */
  public interface Listener {
    void connected(String address);

    void disconnected(String address, String why, long retryInMs);

    /** About every tick interval, on the reading thread. */
    default void tick() {}
  }

  private final String host;
  private final int port;
  private final Settings settings;
  private final Object pause = new Object();
  private volatile boolean stopped;
  private volatile Socket socket;

  public ReceiverConnection(String host, int port, Settings settings) {
    this.host = host;
    this.port = port;
    this.settings = settings;
  }

  /** Parses {@code tcp://host:port}; a clear message when it is not one. */
  public static ReceiverConnection parse(String address, Settings settings) {
    URI uri;
    try {
      uri = URI.create(address);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + address + "' is not a tcp://HOST:PORT address");
    }
    if (!"tcp".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 1 || uri.getPort() > 65_535
        || uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
      throw new IllegalArgumentException("'" + address + "' is not a tcp://HOST:PORT address");
    }
    return new ReceiverConnection(uri.getHost(), uri.getPort(), settings);
  }

  public static boolean isAddress(String source) {
    return source.startsWith("tcp://");
  }

  public String address() {
    return "tcp://" + host + ":" + port;
  }

  /**
   * Connects and reads until stopped, reconnecting as described above; when {@code maxConnections} > 0, returns
   * after that many connections have ended.
   */
  public void run(Reader reader, Listener listener, int maxConnections) throws InterruptedException {
    long backoff = settings.firstBackoffMs();
    int connections = 0;
    while (!stopped) {
      String why;
      TickingInputStream in = null;
      try (Socket s = new Socket()) {
        socket = s;
        if (stopped) {
          break;
        }
        s.connect(new InetSocketAddress(host, port), settings.connectTimeoutMs());
        s.setSoTimeout(Math.max(1, Math.min(settings.tickMs(), settings.idleTimeoutMs())));
        connections++;
        listener.connected(address());
        in = new TickingInputStream(s.getInputStream(), listener);
        reader.read(in);
        why = "the receiver closed the connection";
      } catch (IOException e) {
        why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      } finally {
        socket = null;
      }
      if (stopped || maxConnections > 0 && connections >= maxConnections) {
        break;
      }
      if (in != null && in.bytes > 0) {
        backoff = settings.firstBackoffMs();
      }
      long wait = backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
      listener.disconnected(address(), why, wait);
      await(wait, listener);
      backoff = Math.min(backoff * 2, settings.maxBackoffMs());
    }
  }

  /** Stops reading: closes the current connection and makes {@link #run} return. Any thread. */
  public void stop() {
    stopped = true;
    synchronized (pause) {
      pause.notifyAll();
    }
    Socket s = socket;
    if (s != null) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing to interrupt a blocked read; nothing to do if it fails
      }
    }
  }

  public boolean stopped() {
    return stopped;
  }

  /** Waits out a pause in tick-sized steps, ticking, until it is over or the connection is stopped. */
  private void await(long ms, Listener listener) throws InterruptedException {
    long end = System.nanoTime() + ms * 1_000_000;
    while (!stopped) {
      long left = (end - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return;
      }
      synchronized (pause) {
        if (!stopped) {
          pause.wait(Math.max(1, Math.min(left, settings.tickMs())));
        }
      }
      listener.tick();
    }
  }

  /**
   * The socket's stream with a short read timeout turned into ticks: a read that times out ticks and tries again,
   * until the line has been silent for the idle timeout. Reads that return data tick too, once the interval passed.
   */
  private final class TickingInputStream extends FilterInputStream {
    private final Listener listener;
    long bytes;
    private long lastData = System.nanoTime();
    private long lastTick = System.nanoTime();

    TickingInputStream(InputStream in, Listener listener) {
      super(in);
      this.listener = listener;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      while (true) {
        if (stopped) {
          return -1;
        }
        long now;
        try {
          int n = super.read(b, off, len);
          now = System.nanoTime();
          if (n > 0) {
            bytes += n;
            lastData = now;
          }
          maybeTick(now);
          return n;
        } catch (SocketTimeoutException silent) {
          now = System.nanoTime();
          maybeTick(now);
          if ((now - lastData) / 1_000_000 >= settings.idleTimeoutMs()) {
            int idle = settings.idleTimeoutMs();
            throw new IOException("no data for " + (idle % 1000 == 0 ? idle / 1000 + " s" : idle + " ms"));
          }
        }
      }
    }

    private void maybeTick(long now) {
      if ((now - lastTick) / 1_000_000 >= settings.tickMs()) {
        lastTick = now;
        listener.tick();
      }
    }
  }
}
