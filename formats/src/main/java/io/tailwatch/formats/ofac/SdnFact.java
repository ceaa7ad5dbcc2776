package io.tailwatch.formats.ofac;

/**
 * One typed fact of an SDN entry: a {@link SdnFeature} and its value as the list writes it ({@code DOB 10 Dec
 * 1948}, {@code Aircraft Model A300B4-603}, {@code Linked To: MAHAN AIR}). The CSV packs them into Remarks as
 * {@code Key Value;} pairs; the XML gives most of them as structured lists. A fact whose key tailwatch does not
 * know has the feature {@link SdnFeature#NOTE} and keeps its whole text as the value.
 */
public record SdnFact(SdnFeature feature, String value) {}
