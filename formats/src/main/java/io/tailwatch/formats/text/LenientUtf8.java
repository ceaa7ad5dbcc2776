package io.tailwatch.formats.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * UTF-8 decoding for inputs read row by row, where one bad row must not cost the others (a manifest screened
 * name by name): bytes that are not UTF-8 become U+FFFD, and each fault is kept with its line and byte offset, so
 * the reader can refuse the rows that hold one and say where. {@link StrictText} is the choice when any fault
 * refuses the whole file.
 */
public final class LenientUtf8 {
  /** Stands in for the bytes of a fault in the decoded text. */
  public static final char REPLACEMENT = '\uFFFD';

  /** A run of bytes that is not UTF-8: where it starts (line 1-based, byte offset 0-based) and its first byte. */
  public record Fault(long line, long byteOffset, int firstByte) {
    public String describe() {
      return String.format("bytes that are not UTF-8 at byte offset %d (0x%02X; wrong encoding?)", byteOffset,
          firstByte);
    }
  }

  /** The text, with every fault replaced by {@link #REPLACEMENT}, and the faults in order. */
  public record Decoded(String text, List<Fault> faults) {
    /** The first fault on lines {@code from} to {@code to} (inclusive), or null. */
    public Fault firstFaultOn(long from, long to) {
      for (Fault f : faults) {
        if (f.line() >= from && f.line() <= to) {
          return f;
        }
      }
      return null;
    }
  }

  private LenientUtf8() {}

  public static Decoded decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    List<Fault> faults = new ArrayList<>();
    long line = 1;
    int counted = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      if (result.isOverflow()) {
        throw new IllegalStateException("a UTF-8 text has no more characters than bytes");
      }
      int at = in.position();
      for (; counted < at; counted++) {
        if (bytes[counted] == '\n') {
          line++;
        }
      }
      faults.add(new Fault(line, at, bytes[at] & 0xFF));
      out.put(REPLACEMENT);
      in.position(at + result.length());
    }
    out.flip();
    return new Decoded(out.toString(), List.copyOf(faults));
  }
}
