package io.tailwatch.detect;

/** How urgently an analyst should look, from the detector's rule; the score orders alerts within a level. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
