package io.tailwatch.formats.un;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.formats.text.SafeXml;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;

/**
 * One small XML element held as a tree (name, text, children), for records that are easier to map whole than
 * event by event: a UN list INDIVIDUAL or ENTITY is a few kilobytes. Read through {@link SafeXml}, so the text of
 * each element is capped; records are read one at a time, so memory stays at one record.
 */
record XmlRecord(String name, String text, List<XmlRecord> children, long line) {

  /** Deeper nesting than any list uses is refused rather than recursed into. */
  static final int MAX_DEPTH = 16;

  /** Reads the element the reader stands on (a start tag) up to its end tag. */
  static XmlRecord read(SafeXml xml) throws InputFormatException {
    return read(xml, 0);
  }

  private static XmlRecord read(SafeXml xml, int depth) throws InputFormatException {
    if (depth > MAX_DEPTH) {
      throw xml.problem("elements nested deeper than " + MAX_DEPTH + "; refused");
    }
    String name = xml.name();
    long line = xml.line();
    List<XmlRecord> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> children.add(read(xml, depth + 1));
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (text.length() + xml.reader().getTextLength() > SafeXml.MAX_TEXT_CHARS) {
            throw xml.problem("text of <" + name + "> longer than " + SafeXml.MAX_TEXT_CHARS + " characters");
          }
          text.append(xml.reader().getTextCharacters(), xml.reader().getTextStart(),
              xml.reader().getTextLength());
        }
        case XMLStreamConstants.END_ELEMENT -> {
          String t = text.toString().trim();
          return new XmlRecord(name, t.isEmpty() ? null : t, List.copyOf(children), line);
        }
        default -> {
          // comments, processing instructions
        }
      }
    }
  }

  /** The text of the first child of that name, or null. */
  String text(String child) {
    for (XmlRecord c : children) {
      if (c.name.equals(child)) {
        return c.text;
      }
    }
    return null;
  }

  List<XmlRecord> all(String child) {
    List<XmlRecord> out = new ArrayList<>();
    for (XmlRecord c : children) {
      if (c.name.equals(child)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The texts of the {@code VALUE} children of the named child ({@code <NATIONALITY><VALUE>..}). */
  List<String> values(String child) {
    List<String> out = new ArrayList<>();
    for (XmlRecord c : all(child)) {
      for (XmlRecord v : c.all("VALUE")) {
        if (v.text != null) {
          out.add(v.text);
        }
      }
    }
    return out;
  }
}
