package io.tailwatch.cli;

import io.tailwatch.formats.ReferenceData;
import io.tailwatch.web.WebServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tailwatch serve}: the web page and HTTP API over a store, on localhost. */
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
    serve(options.dataDir(), options, host, port);
    return 0;
  }

  static void serve(Path dataDir, CommonOptions options, String host, int port) throws InterruptedException {
    ReferenceData reference = options.reference();
    WebServer server = WebServer.start(dataDir, reference, host, port);
    Progress.log("serving " + dataDir + " at http://" + host + ":" + server.port() + "/ (Ctrl-C to stop)");
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    Thread.currentThread().join();
  }
}
