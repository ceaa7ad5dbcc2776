package io.tailwatch.formats.paxlst;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a UN/EDIFACT interchange into segments, elements and components, honouring the service string
 * advice ({@code UNA}) when present and the release character that escapes separators.
 *
 * <p>Defaults (no UNA): component {@code :}, element {@code +}, decimal {@code .}, release {@code ?}, segment
 * terminator {@code '}. Line breaks between segments are ignored, as senders often add them.
 */
final class EdifactSegments {
  /** One segment: its tag, its elements (each a list of components), where it starts and its ordinal. */
  record Segment(String tag, List<List<String>> elements, int index, long offset) {
    String element(int i, int component) {
      if (i >= elements.size() || component >= elements.get(i).size()) {
        return null;
      }
      String v = elements.get(i).get(component);
      return v.isEmpty() ? null : v;
    }
  }

  /** A segment that does not end with the terminator: the message was cut short. */
  static final class Truncated extends Exception {
    private static final long serialVersionUID = 1L;
    final long offset;

    Truncated(long offset) {
      super("message cut short: the last segment, starting at character " + offset + ", has no terminator");
      this.offset = offset;
    }
  }

  private EdifactSegments() {}

  static List<Segment> parse(String text, List<String> problems) {
    char component = ':';
    char element = '+';
    char release = '?';
    char terminator = '\'';
    int start = 0;
    if (text.startsWith("UNA") && text.length() >= 9) {
      component = text.charAt(3);
      element = text.charAt(4);
      release = text.charAt(6) == ' ' ? 0 : text.charAt(6);
      terminator = text.charAt(8);
      start = 9;
    }
    List<Segment> segments = new ArrayList<>();
    List<List<String>> elements = new ArrayList<>();
    List<String> components = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    long segmentStart = start;
    boolean inSegment = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!inSegment && (c == '\r' || c == '\n' || c == ' ')) {
        continue;
      }
      if (!inSegment) {
        inSegment = true;
        segmentStart = i;
      }
      if (release != 0 && c == release && i + 1 < text.length()) {
        current.append(text.charAt(++i));
      } else if (c == component) {
        components.add(current.toString());
        current.setLength(0);
      } else if (c == element) {
        components.add(current.toString());
        current.setLength(0);
        elements.add(components);
        components = new ArrayList<>();
      } else if (c == terminator) {
        components.add(current.toString());
        current.setLength(0);
        elements.add(components);
        String tag = elements.get(0).get(0).trim();
        segments.add(new Segment(tag, elements.subList(1, elements.size()), segments.size() + 1, segmentStart));
        elements = new ArrayList<>();
        components = new ArrayList<>();
        inSegment = false;
      } else if (c != '\r' && c != '\n') {
        current.append(c);
      }
    }
    if (inSegment) {
      problems.add(new Truncated(segmentStart).getMessage());
    }
    return segments;
  }
}
