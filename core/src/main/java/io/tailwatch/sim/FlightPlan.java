package io.tailwatch.sim;

import java.time.Instant;

/**
 * A flight to simulate: who flies, between which points, when, and how high and fast it cruises.
 * Airports are given as points with their field elevation so that ground reports sit on the ground.
 */
public record FlightPlan(
    int icao24,
    String callsign,
    double fromLat,
    double fromLon,
    double toLat,
    double toLon,
    Instant departure,
    double cruiseAltitudeM,
    double cruiseSpeedMps) {}
