package io.tailwatch.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where reference data (airports, address blocks, sanctions lists, base map) is read from, as the tools of the
 * field do: a directory given on the command line ({@code --reference-data}), else the environment variable
 * {@value #ENV}, else the local cache that {@code tailwatch data update} fills. The layout inside is one folder
 * per source: {@code ourairports/airports.csv}, {@code icao-blocks/...}, {@code naturalearth/...}.
 */
public final class ReferenceData {
  public static final String ENV = "TAILWATCH_REFERENCE_DATA";

  private final Path root;
  private final String origin;

  private ReferenceData(Path root, String origin) {
    this.root = root;
    this.origin = origin;
  }

  /** Resolves the directory: the explicit one if given, else the environment, else the default cache. */
  public static ReferenceData locate(Path explicit) {
    if (explicit != null) {
      return new ReferenceData(explicit, "--reference-data");
    }
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      return new ReferenceData(Path.of(env), "$" + ENV);
    }
    return new ReferenceData(defaultCache(), "the default cache");
  }

  public static Path defaultCache() {
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("tailwatch").resolve("reference");
  }

  public Path root() {
    return root;
  }

  /** The file, if present. */
  public Optional<Path> find(String relative) {
    Path p = root.resolve(relative);
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** The file, or an error that says where it was looked for and how to get it. */
  public Path require(String relative) throws MissingReferenceDataException {
    return find(relative).orElseThrow(() -> new MissingReferenceDataException(
        "reference data file " + relative + " not found in " + root.toAbsolutePath() + " (" + origin + "). "
            + "Run 'tailwatch data update' to fetch it, or point --reference-data DIR or " + ENV
            + " at a local copy (for example ../shared/data)."));
  }

  /** Reference data that is needed but absent; the message tells the user what to do. */
  public static final class MissingReferenceDataException extends Exception {
    private static final long serialVersionUID = 1L;

    public MissingReferenceDataException(String message) {
      super(message);
    }
  }
}
