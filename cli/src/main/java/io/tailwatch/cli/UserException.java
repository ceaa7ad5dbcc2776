package io.tailwatch.cli;

/** A mistake in how a command was used, reported as one line without a stack trace. */
final class UserException extends Exception {
  private static final long serialVersionUID = 1L;

  UserException(String message) {
    super(message);
  }
}
