package io.tailwatch.flights;

import java.time.Instant;

/**
 * One Mode S address heard in two places at once: while a leg was flown, reports of the same address kept arriving
 * from a second place no aircraft could reach from the first, and agreeing with one another, so they were a second
 * transmitter (a cloned or mis-set address), not a decoding error.
 *
 * <p>{@code time} is when the second track was confirmed; {@code lat/lon} where the leg's aircraft was then and
 * {@code otherLat/otherLon} where the second transmitter was; {@code reports} how many of its reports agreed in a
 * row before the leg ended or the second track fell silent.
 */
public record AddressConflict(
    Instant time,
    double lat,
    double lon,
    double otherLat,
    double otherLon,
    double distanceKm,
    int reports) {}
