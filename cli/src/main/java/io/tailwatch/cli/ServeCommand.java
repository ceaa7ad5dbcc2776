package io.tailwatch.cli;

import io.tailwatch.flights.AirportIndex;
import io.tailwatch.formats.ReferenceData;
import io.tailwatch.store.Store;
import io.tailwatch.web.WebServer;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tailwatch serve}: the web page and HTTP API over a store, on localhost unless told otherwise. Users sign
 * in with tokens from {@code tailwatch users add}; there is no default user.
 */
@Command(name = "serve", description = "Serve the web page and the HTTP API over the store.",
    mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String host;

  @Override
  public Integer call() throws Exception {
    Store store = options.openStore();
    try {
      if (store.users().list().isEmpty()) {
        Progress.log("no users yet: nobody can sign in. Stop the server and run './tailwatch users add NAME --role "
            + "analyst' (it prints the token to sign in with)");
      }
      serve(store, options, host, port, null);
    } finally {
      store.close();
    }
    return 0;
  }

  /** Serves the store until the process is stopped; {@code signInToken}, when given, goes into the printed link. */
  static void serve(Store store, CommonOptions options, String host, int port, String signInToken)
      throws IOException, io.tailwatch.formats.InputFormatException {
    if (!InetAddress.getLoopbackAddress().getHostAddress().equals(host) && !"localhost".equals(host)
        && !"::1".equals(host)) {
      Progress.log("listening on " + host + ", beyond this machine: tokens and data travel unencrypted unless a "
          + "TLS proxy stands in front");
    }
    WebServer server = WebServer.start(store, settings(options), host, port);
    String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/";
    Progress.log("serving " + store.file().getParent() + " at " + url + " (Ctrl-C to stop)");
    if (signInToken != null) {
      Progress.log("signed in as the demo analyst by opening " + url + "#token=" + signInToken);
    }
    Thread main = Thread.currentThread();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      store.close(); // before the JVM halts, so the store is left checkpointed
      main.interrupt();
    }));
    try {
      main.join();
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  /** Airports, address blocks and watched areas for the server; each missing part only leaves its facts out. */
  static WebServer.Settings settings(CommonOptions options)
      throws IOException, io.tailwatch.formats.InputFormatException {
    ReferenceData reference = options.reference();
    AirportIndex airports = null;
    try {
      airports = options.airports();
    } catch (Exception e) {
      Progress.log("airports not loaded (" + e.getMessage() + "): flights will show no countries");
    }
    io.tailwatch.surveillance.AddressAllocation addresses = null;
    try {
      addresses = options.addressAllocation();
    } catch (IOException | io.tailwatch.formats.InputFormatException e) {
      Progress.log("Mode S address blocks not loaded: " + e.getMessage());
    }
    return new WebServer.Settings(reference, airports, options.watchedAreas(), addresses);
  }
}
