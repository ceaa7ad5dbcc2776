package io.tailwatch.cli;

/** Progress and log lines, on stderr so that stdout carries only records. */
final class Progress {
  private Progress() {}

  static void log(String message) {
    System.err.println("tailwatch: " + message);
  }
}
