package io.tailwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;

/** Writes records as JSON Lines on stdout. */
final class JsonOut {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonOut() {}

  static void line(Object record) {
    line(System.out, record);
  }

  static void line(PrintStream out, Object record) {
    try {
      out.println(JSON.writeValueAsString(record));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("record cannot be written as JSON", e);
    }
  }
}
