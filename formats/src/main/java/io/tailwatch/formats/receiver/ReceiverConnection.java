package io.tailwatch.formats.receiver;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A live feed from a receiver's TCP port ({@code tcp://host:port}), read until {@link #stop()}: when the receiver
 * drops the connection or cannot be reached, it reconnects after a pause that doubles from one second up to
 * {@value #MAX_BACKOFF_MS} ms (with jitter, so a fleet of clients does not reconnect in step), and resets once a
 * connection delivered data. A connection silent for {@code idleTimeoutMs} is treated as dropped.
 */
public final class ReceiverConnection {
  static final long MAX_BACKOFF_MS = 30_000;

  /** Reads one connected stream until it ends. */
  public interface Reader {
    void read(InputStream in) throws IOException;
  }

  /** Told of each connection attempt's outcome. */
  public interface Listener {
    void connected(String address);

    void disconnected(String address, String why, long retryInMs);
  }

  private final String host;
  private final int port;
  private final int idleTimeoutMs;
  private final long firstBackoffMs;
  private volatile boolean stopped;
  private volatile Socket socket;

  public ReceiverConnection(String host, int port, int idleTimeoutMs, long firstBackoffMs) {
    this.host = host;
    this.port = port;
    this.idleTimeoutMs = idleTimeoutMs;
    this.firstBackoffMs = firstBackoffMs;
  }

  /** Parses {@code tcp://host:port}; a clear message when it is not one. */
  public static ReceiverConnection parse(String address) {
    URI uri;
    try {
      uri = URI.create(address);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + address + "' is not a tcp://HOST:PORT address");
    }
    if (!"tcp".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 1) {
      throw new IllegalArgumentException("'" + address + "' is not a tcp://HOST:PORT address");
    }
    return new ReceiverConnection(uri.getHost(), uri.getPort(), 60_000, 1_000);
  }

  public static boolean isAddress(String source) {
    return source.startsWith("tcp://");
  }

  public String address() {
    return "tcp://" + host + ":" + port;
  }

  /** Connects and reads until stopped, reconnecting as described above; at most {@code maxConnections} if > 0. */
  public void run(Reader reader, Listener listener, int maxConnections) throws InterruptedException {
    long backoff = firstBackoffMs;
    int connections = 0;
    while (!stopped && (maxConnections <= 0 || connections < maxConnections)) {
      String why;
      boolean delivered = false;
      try (Socket s = new Socket()) {
        socket = s;
        s.connect(new InetSocketAddress(host, port), 10_000);
        s.setSoTimeout(idleTimeoutMs);
        connections++;
        listener.connected(address());
        CountingInputStream in = new CountingInputStream(s.getInputStream());
        reader.read(in);
        delivered = in.count > 0;
        why = "the receiver closed the connection";
      } catch (IOException e) {
        why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      } finally {
        socket = null;
      }
      if (stopped || maxConnections > 0 && connections >= maxConnections) {
        break;
      }
      if (delivered) {
        backoff = firstBackoffMs;
      }
      long pause = backoff + ThreadLocalRandom.current().nextLong(backoff / 4 + 1);
      listener.disconnected(address(), why, pause);
      Thread.sleep(pause);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }

  /** Stops reading: closes the current connection and makes {@link #run} return. */
  public void stop() {
    stopped = true;
    Socket s = socket;
    if (s != null) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing to interrupt a blocked read; nothing to do if it fails
      }
    }
  }

  private static final class CountingInputStream extends java.io.FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count++;
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
