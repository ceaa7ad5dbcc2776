package io.tailwatch.store;

/** What one ingest did: {@code added} records, or none when the same content was ingested before. */
public record IngestResult(String path, String kind, long added, boolean duplicate) {}
