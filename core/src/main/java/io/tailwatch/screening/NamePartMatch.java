package io.tailwatch.screening;

/**
 * How one part of the screened name met one part of the listed name: {@code exact} (same letters),
 * {@code phonetic} (same {@link NameNormalizer#fold} key), {@code fuzzy} (Jaro-Winkler on the keys) or
 * {@code missing} (no counterpart: an omitted part, which lowers the score less than a contradicted one).
 */
public record NamePartMatch(String queryPart, String listedPart, String how, double similarity) {}
