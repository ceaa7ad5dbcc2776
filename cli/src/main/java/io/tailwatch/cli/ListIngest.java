package io.tailwatch.cli;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.csl.CslReader;
import io.tailwatch.formats.ofac.OfacEntities;
import io.tailwatch.formats.ofac.SdnCsvReader;
import io.tailwatch.formats.ofac.SdnXmlReader;
import io.tailwatch.formats.registry.RegistryReader;
import io.tailwatch.formats.un.UnConsolidatedReader;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.FtmDate;
import io.tailwatch.knowledge.SnapshotHistory;
import io.tailwatch.store.Ingest;
import io.tailwatch.store.IngestResult;
import io.tailwatch.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Sanctions lists and registries into the store. A newer snapshot of a list is merged with what the store holds
 * of the older one ({@link SnapshotHistory}): entries gone from the newer list keep their history, and their
 * sanctions end on the newer snapshot's date instead of disappearing.
 */
final class ListIngest {
  private ListIngest() {}

  /** The snapshot date: given, else the file's modification day (lists in CSV form carry no date). */
  static LocalDate snapshotDate(Path file, LocalDate given) throws IOException {
    if (given != null) {
      return given;
    }
    LocalDate modified = Files.getLastModifiedTime(file).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    Progress.log("no --date given: taking the snapshot date from the file's modification day, " + modified);
    return modified;
  }

  static IngestResult ofac(Store store, Path path, LocalDate date) throws IOException, InputFormatException {
    boolean xml = Files.isRegularFile(path) && path.getFileName().toString().toLowerCase().endsWith(".xml");
    LocalDate snapshot = xml ? date : snapshotDate(path, date);
    return new Ingest(store).ingest(path, "ofac", file -> {
      OfacEntities list = xml
          ? (snapshot == null ? SdnXmlReader.read(file) : SdnXmlReader.read(file, snapshot))
          : SdnCsvReader.read(file, snapshot);
      list.unresolved().stream().limit(20).forEach(u -> Progress.log("unresolved name in entry " + u.entNum() + " ("
          + u.feature() + "): " + u.name()));
      return mergedWithStored(store, "ofac-", list.snapshotDate(), list.entities());
    }, store::ingestEntities);
  }

  static IngestResult un(Store store, Path path) throws IOException, InputFormatException {
    return new Ingest(store).ingest(path, "un", file -> UnConsolidatedReader.read(file).entities(), store::ingestEntities);
  }

  static IngestResult csl(Store store, Path path, LocalDate date) throws IOException, InputFormatException {
    return new Ingest(store).ingest(path, "csl",
        file -> date == null ? CslReader.read(file).entities() : CslReader.read(file, date).entities(),
        store::ingestEntities);
  }

  static IngestResult registry(Store store, Path path, LocalDate date) throws IOException, InputFormatException {
    LocalDate snapshot = snapshotDate(path, date);
    return new Ingest(store).ingest(path, "registry", file -> RegistryReader.read(file, snapshot).entities(),
        store::ingestEntities);
  }

  /** The new snapshot merged with the stored entities of the same source (ids with the prefix). */
  private static List<Entity> mergedWithStored(Store store, String idPrefix, LocalDate newDate, List<Entity> fresh) {
    List<Entity> stored = new ArrayList<>();
    LocalDate storedDate = null;
    for (Entity e : store.entities()) {
      if (e.id().startsWith(idPrefix)) {
        stored.add(e);
        LocalDate seen = FtmDate.start(e.lastSeen());
        if (seen != null && (storedDate == null || seen.isAfter(storedDate))) {
          storedDate = seen;
        }
      }
    }
    if (stored.isEmpty() || storedDate == null) {
      return fresh;
    }
    SnapshotHistory.Snapshot older = new SnapshotHistory.Snapshot(storedDate, stored);
    SnapshotHistory.Snapshot newer = new SnapshotHistory.Snapshot(newDate, fresh);
    SnapshotHistory.Result merged = storedDate.isAfter(newDate)
        ? SnapshotHistory.merge(newer, older)
        : SnapshotHistory.merge(older, newer);
    Progress.log("merged with the stored snapshot of " + storedDate + ": " + merged.endedSanctions().size()
        + " sanctions ended (entries no longer listed)");
    return merged.entities();
  }
}
