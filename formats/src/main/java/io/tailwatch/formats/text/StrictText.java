package io.tailwatch.formats.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A character reader for outside text files that refuses what a lenient decoder would silently mangle: bytes
 * that are not ASCII in a file that must be ASCII (OFAC's CSV), invalid UTF-8, NUL bytes, and, for CSV, a field
 * longer than a cap or a file that ends inside a quoted field (a truncated download). Each refusal is a
 * {@link Problem} carrying the line (1-based) and byte offset (0-based) of the fault.
 *
 * <p>A single 0x1A (DOS end-of-file, as OFAC writes it) as the very last byte is taken for the end of the file.
 *
 * <p>Cost: one pass over the bytes, a 64 KiB buffer, no allocation per character. Shared by the sanctions and
 * registry readers; it is a plain {@link Reader}, so FastCSV and line readers sit on top of it.
 */
public final class StrictText extends Reader {
  /** What the bytes must be. */
  public enum Encoding {
    ASCII,
    UTF8
  }

  /** A fault in the text, with where it is. Thrown from {@link #read}, so it travels as an {@link IOException}. */
  public static final class Problem extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final long byteOffset;

    Problem(long line, long byteOffset, String message) {
      super(message);
      this.line = line;
      this.byteOffset = byteOffset;
    }

    public long line() {
      return line;
    }

    public long byteOffset() {
      return byteOffset;
    }
  }

  private static final int DOS_EOF = 0x1A;

  private final InputStream in;
  private final Encoding encoding;
  private final char separator;
  private final char quote;
  private final int maxFieldChars;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean endOfInput;
  private long line = 1;
  private long offset;
  private int pendingLowSurrogate = -1;
  // CSV state as RFC 4180 reads it: a quote opens a quoted field only as its first character.
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;
  private int state = FIELD_START;
  private long fieldChars;
  private long fieldStartLine = 1;

  private StrictText(InputStream in, Encoding encoding, char separator, char quote, int maxFieldChars) {
    this.in = in;
    this.encoding = encoding;
    this.separator = separator;
    this.quote = quote;
    this.maxFieldChars = maxFieldChars;
  }

  /** Plain text: only the encoding is checked. */
  public static StrictText text(InputStream in, Encoding encoding) {
    return new StrictText(in, encoding, '\0', '\0', 0);
  }

  /** CSV text: the encoding, the field length (in characters) and the closing of every quoted field are checked. */
  public static StrictText csv(InputStream in, Encoding encoding, char separator, char quote, int maxFieldChars) {
    return new StrictText(in, encoding, separator, quote, maxFieldChars);
  }

  /** The line being read (1-based): where the next character comes from. */
  public long line() {
    return line;
  }

  /** Bytes consumed so far. */
  public long byteOffset() {
    return offset;
  }

  @Override
  public int read(char[] target, int from, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int n = 0;
    while (n < length) {
      int c = next();
      if (c < 0) {
        break;
      }
      target[from + n++] = (char) c;
    }
    return n == 0 ? -1 : n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private int next() throws IOException {
    if (pendingLowSurrogate >= 0) {
      int low = pendingLowSurrogate;
      pendingLowSurrogate = -1;
      return track(low);
    }
    int b = nextByte();
    if (b < 0) {
      if (separator != '\0' && state == QUOTED) {
        throw new Problem(fieldStartLine, offset, "the file ends inside a quoted field that starts on line "
            + fieldStartLine + " (truncated?)");
      }
      return -1;
    }
    if (b == DOS_EOF && peekByte() < 0) {
      return -1;
    }
    if (b == 0) {
      throw new Problem(line, offset - 1, "NUL byte: this is not a text file");
    }
    if (b < 0x80) {
      return track(b);
    }
    if (encoding == Encoding.ASCII) {
      throw new Problem(line, offset - 1, String.format("byte 0x%02X is not ASCII; this file must be plain ASCII "
          + "(wrong encoding?)", b));
    }
    return track(decodeUtf8(b));
  }

  private int decodeUtf8(int first) throws IOException {
    long start = offset - 1;
    int needed;
    int code;
    int min;
    if (first >= 0xC2 && first <= 0xDF) {
      needed = 1;
      code = first & 0x1F;
      min = 0x80;
    } else if (first >= 0xE0 && first <= 0xEF) {
      needed = 2;
      code = first & 0x0F;
      min = 0x800;
    } else if (first >= 0xF0 && first <= 0xF4) {
      needed = 3;
      code = first & 0x07;
      min = 0x10000;
    } else {
      throw invalidUtf8(start, first);
    }
    for (int i = 0; i < needed; i++) {
      int b = nextByte();
      if (b < 0x80 || b > 0xBF) {
        throw invalidUtf8(start, first);
      }
      code = (code << 6) | (b & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      throw invalidUtf8(start, first);
    }
    if (code >= 0x10000) {
      pendingLowSurrogate = Character.lowSurrogate(code);
      return Character.highSurrogate(code);
    }
    return code;
  }

  private Problem invalidUtf8(long start, int first) {
    return new Problem(line, start, String.format("invalid UTF-8 at byte offset %d (byte 0x%02X; wrong encoding?)",
        start, first));
  }

  /** Line counting and the CSV checks, per decoded character. */
  private int track(int c) throws Problem {
    if (separator != '\0') {
      boolean ends = c == separator || c == '\n' || c == '\r';
      switch (state) {
        case FIELD_START -> state = c == quote ? QUOTED : ends ? FIELD_START : UNQUOTED;
        case UNQUOTED -> state = ends ? FIELD_START : UNQUOTED;
        case QUOTED -> state = c == quote ? QUOTE_IN_QUOTED : QUOTED;
        default -> state = c == quote ? QUOTED : ends ? FIELD_START : UNQUOTED;
      }
      if (state == FIELD_START) {
        fieldChars = 0;
        fieldStartLine = c == '\n' ? line + 1 : line;
      } else if (maxFieldChars > 0 && ++fieldChars > maxFieldChars) {
        throw new Problem(fieldStartLine, offset, "a field longer than " + maxFieldChars
            + " characters starts on this line; refused (a broken or hostile file?)");
      }
    }
    if (c == '\n') {
      line++;
    }
    return c;
  }

  private int nextByte() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    offset++;
    return buffer[position++] & 0xFF;
  }

  private int peekByte() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position] & 0xFF;
  }

  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      endOfInput = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }
}
