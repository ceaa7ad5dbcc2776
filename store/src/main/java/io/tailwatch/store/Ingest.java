package io.tailwatch.store;

import io.tailwatch.detect.ManifestEntry;
import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.ftm.FtmJsonReader;
import io.tailwatch.formats.manifest.ManifestCsvReader;
import io.tailwatch.formats.opensky.OpenSkyCsvReader;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.surveillance.StateVector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Brings files into the store: parse the whole file first, then write it in one transaction, keyed by the
 * file's SHA-256 so the same content twice adds nothing. A file with an error is refused whole, with the
 * error's file and line, and the store is left as it was.
 */
public final class Ingest {
  private final Store store;

  public Ingest(Store store) {
    this.store = store;
  }

  public IngestResult tracks(Path file) throws IOException, InputFormatException {
    String sha = sha256(file);
    if (store.isIngested(sha)) {
      return new IngestResult(file.toString(), "tracks", 0, true);
    }
    List<StateVector> positions = OpenSkyCsvReader.read(file);
    return store.ingestPositions(file.toString(), sha, positions);
  }

  public IngestResult entities(Path file) throws IOException, InputFormatException {
    String sha = sha256(file);
    if (store.isIngested(sha)) {
      return new IngestResult(file.toString(), "ftm", 0, true);
    }
    List<Entity> entities = FtmJsonReader.read(file);
    return store.ingestEntities(file.toString(), sha, entities);
  }

  public IngestResult manifest(Path file) throws IOException, InputFormatException {
    String sha = sha256(file);
    if (store.isIngested(sha)) {
      return new IngestResult(file.toString(), "manifest", 0, true);
    }
    List<ManifestEntry> rows = ManifestCsvReader.read(file);
    return store.ingestManifest(file.toString(), sha, rows);
  }

  static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
