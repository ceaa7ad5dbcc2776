package io.tailwatch.formats.text;

import io.tailwatch.formats.InputFormatException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader for outside XML that cannot be turned against us: no DTD is processed, so there are no external
 * entities (XXE), no entity expansion (billion laughs) and no network access; a document that declares a DOCTYPE
 * at all is refused, since no sanctions list needs one. Element text is capped at
 * {@link #MAX_TEXT_CHARS}. Errors become {@link InputFormatException}s with the file and line.
 *
 * <p>Streaming, constant memory apart from one element's text. Use {@link #next} instead of the reader's own
 * {@code next()} so that faults arrive as checked exceptions with a line.
 */
public final class SafeXml implements AutoCloseable {
  public static final int MAX_TEXT_CHARS = 1 << 20;
  private static final Pattern ENCODING = Pattern.compile("^[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  private final XMLStreamReader reader;
  private final String file;

  private SafeXml(XMLStreamReader reader, String file) {
    this.reader = reader;
    this.file = file;
  }

  static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    // Problems reach the caller as exceptions with a line; nothing is printed to the console.
    f.setXMLReporter((message, type, info, location) -> { });
    return f;
  }

  /**
   * Opens the document. UTF-8 (the encoding of every list read here) is decoded by {@link StrictText}, so bad
   * bytes are reported with their line and byte offset; a document declaring another encoding is left to the
   * parser.
   */
  public static SafeXml open(InputStream in, String file) throws InputFormatException {
    try {
      BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
      buffered.mark(256);
      byte[] head = buffered.readNBytes(256);
      buffered.reset();
      XMLStreamReader reader;
      if (isUtf8(head)) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
          buffered.skip(3); // the byte order mark is not part of the document
        }
        reader = factory().createXMLStreamReader(StrictText.text(buffered, StrictText.Encoding.UTF8));
      } else {
        reader = factory().createXMLStreamReader(buffered);
      }
      return new SafeXml(reader, file);
    } catch (XMLStreamException e) {
      throw refusal(file, e);
    } catch (IOException e) {
      throw new InputFormatException(file, 0, "cannot be read: " + e.getMessage());
    }
  }

  /** Whether the document is UTF-8: no UTF-16 byte order mark, and no other encoding declared. */
  private static boolean isUtf8(byte[] head) {
    if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF || head[0] == 0)) {
      return false;
    }
    String prolog = new String(head, StandardCharsets.ISO_8859_1);
    Matcher m = ENCODING.matcher(prolog);
    if (!m.find()) {
      return true;
    }
    String encoding = m.group(1).toLowerCase(Locale.ROOT);
    return encoding.equals("utf-8") || encoding.equals("utf8") || encoding.equals("us-ascii")
        || encoding.equals("ascii");
  }

  public String file() {
    return file;
  }

  public XMLStreamReader reader() {
    return reader;
  }

  /** The next event; a DOCTYPE or malformed XML is refused. */
  public int next() throws InputFormatException {
    try {
      int event = reader.next();
      if (event == XMLStreamConstants.DTD) {
        throw new InputFormatException(file, line(), "the document declares a DOCTYPE; refused, as DTDs can "
            + "smuggle external entities (XXE) or entity expansion (billion laughs) and no list needs one");
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new InputFormatException(file, line(), "entity reference &" + reader.getLocalName()
            + "; refused: only XML's own entities are allowed");
      }
      return event;
    } catch (XMLStreamException e) {
      throw refusal(file, e);
    }
  }

  /** Advances to the next start element, or returns false at the end of the document. */
  public boolean nextStart() throws InputFormatException {
    while (hasNext()) {
      if (next() == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
    }
    return false;
  }

  public boolean hasNext() throws InputFormatException {
    try {
      return reader.hasNext();
    } catch (XMLStreamException e) {
      throw refusal(file, e);
    }
  }

  /**
   * The text of the current element up to its end tag, trimmed; child elements are not allowed. Null when
   * empty.
   */
  public String text() throws InputFormatException {
    StringBuilder sb = new StringBuilder();
    String element = reader.getLocalName();
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (sb.length() + reader.getTextLength() > MAX_TEXT_CHARS) {
            throw new InputFormatException(file, line(), "text of <" + element + "> longer than " + MAX_TEXT_CHARS
                + " characters; refused");
          }
          sb.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
        }
        case XMLStreamConstants.END_ELEMENT -> {
          String t = sb.toString().trim();
          return t.isEmpty() ? null : t;
        }
        case XMLStreamConstants.START_ELEMENT -> throw new InputFormatException(file, line(), "<" + element
            + "> must hold text, not <" + reader.getLocalName() + ">");
        default -> {
          // comments and processing instructions carry nothing
        }
      }
    }
  }

  /** Skips the current element and everything in it. */
  public void skip() throws InputFormatException {
    int depth = 1;
    while (depth > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  public String name() {
    return reader.getLocalName();
  }

  public String attribute(String localName) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      if (reader.getAttributeLocalName(i).equals(localName)) {
        return reader.getAttributeValue(i);
      }
    }
    return null;
  }

  public boolean isEnd() {
    return reader.getEventType() == XMLStreamConstants.END_ELEMENT;
  }

  public long line() {
    Location l = reader.getLocation();
    return l == null ? 0 : Math.max(0, l.getLineNumber());
  }

  public InputFormatException problem(String message) {
    return new InputFormatException(file, line(), message);
  }

  private static InputFormatException refusal(String file, XMLStreamException e) {
    // A fault in the bytes (StrictText) travels inside the parser's exception; its line is the exact one.
    Throwable t = e;
    for (int i = 0; t != null && i < 8; i++) {
      if (t instanceof StrictText.Problem p) {
        return new InputFormatException(file, p.line(), p.getMessage());
      }
      Throwable next = t.getCause();
      if (next == null && t instanceof XMLStreamException x) {
        next = x.getNestedException();
      }
      t = next;
    }
    Location l = e.getLocation();
    long line = l == null ? 0 : Math.max(0, l.getLineNumber());
    String message = e.getMessage();
    // StAX prefixes its message with "ParseError at [row,col]:[..]\nMessage: "; keep the message only.
    int at = message == null ? -1 : message.indexOf("Message: ");
    if (at >= 0) {
      message = message.substring(at + "Message: ".length());
    }
    String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (lower.contains("doctype") || lower.contains("entity")) {
      message = "refused: " + message + " (DTDs and entities are not processed, against XXE and entity expansion)";
    }
    return new InputFormatException(file, line, "not valid XML: " + message);
  }

  @Override
  public void close() throws InputFormatException {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      throw refusal(file, e);
    }
  }
}
