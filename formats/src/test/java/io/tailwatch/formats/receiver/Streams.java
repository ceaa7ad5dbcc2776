package io.tailwatch.formats.receiver;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

/** Test streams: Beast encoding, and input delivered in small random pieces as a network does. */
final class Streams {
  private Streams() {}

  /** Writes one Beast frame, doubling every 0x1A after the frame's own. */
  static void beast(ByteArrayOutputStream out, int type, long ticks, int signal, byte[] reply) {
    out.write(0x1A);
    out.write(type);
    byte[] body = new byte[7 + reply.length];
    for (int i = 0; i < 6; i++) {
      body[i] = (byte) (ticks >>> (40 - 8 * i));
    }
    body[6] = (byte) signal;
    System.arraycopy(reply, 0, body, 7, reply.length);
    escaped(out, body);
  }

  /** Writes bytes with 0x1A doubled, as inside a Beast frame. */
  static void escaped(ByteArrayOutputStream out, byte[] body) {
    for (byte b : body) {
      out.write(b);
      if ((b & 0xFF) == 0x1A) {
        out.write(0x1A);
      }
    }
  }

  /** Hands out the bytes in pieces of 1 to {@code max} bytes. */
  static InputStream trickle(byte[] bytes, int max, long seed) {
    Random random = new Random(seed);
    return new FilterInputStream(new java.io.ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(max)));
      }
    };
  }

  /** A stream of {@code size} bytes of one value without holding them: for huge lines. */
  static InputStream repeat(byte value, long size, byte[] tail) {
    return new InputStream() {
      long left = size;
      int tailAt;

      @Override
      public int read() {
        if (left > 0) {
          left--;
          return value & 0xFF;
        }
        return tailAt < tail.length ? tail[tailAt++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left > 0) {
          int n = (int) Math.min(len, left);
          java.util.Arrays.fill(b, off, off + n, value);
          left -= n;
          return n;
        }
        if (tailAt >= tail.length) {
          return len == 0 ? 0 : -1;
        }
        int n = Math.min(len, tail.length - tailAt);
        System.arraycopy(tail, tailAt, b, off, n);
        tailAt += n;
        return n;
      }
    };
  }
}
