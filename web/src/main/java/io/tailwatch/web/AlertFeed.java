package io.tailwatch.web;

import io.javalin.http.sse.SseClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Server-sent events of new and changed alerts ({@code GET /api/alerts/stream}). Each event {@code alert} carries
 * the alert's list item as its reader may see it; {@code reload} says many alerts changed at once (a detection
 * run), so the page re-reads its list. A comment every 15 s keeps proxies from closing an idle stream and finds
 * clients that left.
 *
 * <p>Events are written by one thread of their own, so a slow client never holds up the request that changed
 * the alert. At most {@value #MAX_CLIENTS} streams are open at once; more are refused with 503.
 */
final class AlertFeed {
  static final int MAX_CLIENTS = 64;

  private record Listener(SseClient client, Caller caller) {}

  private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
  private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> daemon(r, "tailwatch-sse"));
  private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(
      r -> daemon(r, "tailwatch-sse-ping"));
  private final AtomicLong eventId = new AtomicLong();

  AlertFeed() {
    pings.scheduleAtFixedRate(() -> sender.execute(this::ping), 15, 15, TimeUnit.SECONDS);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Whether another stream may open. */
  boolean hasRoom() {
    return listeners.size() < MAX_CLIENTS;
  }

  void add(SseClient client, Caller caller) {
    Listener listener = new Listener(client, caller);
    listeners.add(listener);
    client.onClose(() -> listeners.remove(listener));
    client.sendComment("tailwatch alerts");
    client.keepAlive();
  }

  int size() {
    return listeners.size();
  }

  /** Sends the changed alerts, each as its listener may read it. */
  void changed(List<AlertIndex.Entry> entries) {
    if (listeners.isEmpty() || entries.isEmpty()) {
      return;
    }
    sender.execute(() -> {
      for (AlertIndex.Entry e : entries) {
        String id = Long.toString(eventId.incrementAndGet());
        String forAnalysts = new String(e.summaryForAnalysts(), StandardCharsets.UTF_8);
        String forViewers = new String(e.summaryForViewers(), StandardCharsets.UTF_8);
        for (Listener l : listeners) {
          send(l, "alert", l.caller().seesPeople() ? forAnalysts : forViewers, id);
        }
      }
    });
  }

  /** Tells every listener to re-read its list. */
  void reload() {
    sender.execute(() -> {
      String id = Long.toString(eventId.incrementAndGet());
      listeners.forEach(l -> send(l, "reload", "{}", id));
    });
  }

  private void send(Listener l, String event, String data, String id) {
    if (l.client().terminated()) {
      listeners.remove(l);
      return;
    }
    try {
      l.client().sendEvent(event, data, id);
    } catch (RuntimeException gone) {
      listeners.remove(l);
    }
  }

  private void ping() {
    for (Listener l : listeners) {
      if (l.client().terminated()) {
        listeners.remove(l);
      } else {
        l.client().sendComment("ping");
      }
    }
  }

  void close() {
    pings.shutdownNow();
    sender.shutdownNow();
    listeners.forEach(l -> l.client().close());
    listeners.clear();
  }
}
