package io.tailwatch.formats;

/**
 * Outside data that cannot be read: names the file, the line (or byte offset, for binary formats) and what was
 * wrong, so that the user can fix it. Never carries a stack trace to the user.
 */
public final class InputFormatException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final long line;
  private final String problem;

  public InputFormatException(String file, long line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  public String problem() {
    return problem;
  }
}
