package io.tailwatch.store;

import io.tailwatch.detect.Alert;
import java.time.Instant;

/** An alert as stored: the finding and the analyst's decision on it ({@code statusBy}: who, null if unknown). */
public record StoredAlert(Alert alert, AlertStatus status, String statusReason, Instant statusAt, String statusBy) {}
