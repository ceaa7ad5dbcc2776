package io.tailwatch.store;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.ftm.FtmJsonReader;
import io.tailwatch.formats.manifest.ManifestCsvReader;
import io.tailwatch.formats.opensky.OpenSkyCsvReader;
import io.tailwatch.formats.receiver.ReceiverFiles;
import io.tailwatch.formats.receiver.ReceiverFormat;
import io.tailwatch.formats.traffic.TrafficJsonReader;
import io.tailwatch.surveillance.modes.ModeSDecoder;
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
import java.util.function.Consumer;

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
    return ingest(file, "tracks", OpenSkyCsvReader::read, store::ingestPositions);
  }

  /**
   * Recorded receiver output (AVR, Beast, SBS-1) decoded into positions; damaged input goes to {@code warnings}.
   *
   * @param startMs the time of an AVR/Beast recording's first frame, or null for the file's modification time less
   *                the recording's span (see {@link ReceiverFiles})
   */
  public IngestResult tracks(Path file, ReceiverFormat format, Long startMs, Consumer<String> warnings)
      throws IOException, InputFormatException {
    return ingest(file, "tracks", f -> ReceiverFiles.positions(f, format, new ModeSDecoder(), startMs, warnings),
        store::ingestPositions);
  }

  /** Trajectories in the traffic library's JSON form. */
  public IngestResult trafficTracks(Path file) throws IOException, InputFormatException {
    return ingest(file, "tracks", TrafficJsonReader::read, store::ingestPositions);
  }

  public IngestResult entities(Path file) throws IOException, InputFormatException {
    return ingest(file, "ftm", FtmJsonReader::read, store::ingestEntities);
  }

  public IngestResult manifest(Path file) throws IOException, InputFormatException {
    return ingest(file, "manifest", ManifestCsvReader::read, store::ingestManifest);
  }

  /** Reads a whole file into records; throws before anything is stored. */
  public interface Reader<T> {
    List<T> read(Path file) throws IOException, InputFormatException;
  }

  /** Writes parsed records in one transaction under the file's hash. */
  public interface Writer<T> {
    IngestResult write(String path, String sha256, List<T> records);
  }

  /** The one ingest path: hash, skip if seen, parse whole, write in one transaction. */
  public <T> IngestResult ingest(Path file, String kind, Reader<T> reader, Writer<T> writer)
      throws IOException, InputFormatException {
    String sha = sha256(file);
    if (store.isIngested(sha)) {
      return new IngestResult(file.toString(), kind, 0, true);
    }
    return writer.write(file.toString(), sha, reader.read(file));
  }

  /** SHA-256 of a file, or of a directory's regular files (names and contents, in name order). */
  static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      List<Path> files;
      if (Files.isDirectory(file)) {
        try (var listing = Files.list(file)) {
          files = listing.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(file);
      }
      for (Path f : files) {
        digest.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), digest)) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
