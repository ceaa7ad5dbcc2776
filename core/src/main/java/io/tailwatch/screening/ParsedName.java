package io.tailwatch.screening;

import java.util.List;

/**
 * A name as {@link NameNormalizer} reads it: its parts in the order written (given names first when the writing
 * says which is which, as {@code SURNAME/GIVEN} does), what kind of party it names as far as the words tell, and
 * the words set aside (titles, legal forms, articles) so an explanation can say they were ignored.
 */
public record ParsedName(String written, List<NamePart> parts, NameKind kind, List<String> ignored) {
  static final ParsedName EMPTY = new ParsedName("", List.of(), NameKind.UNKNOWN, List.of());

  public ParsedName {
    parts = List.copyOf(parts);
    ignored = List.copyOf(ignored);
  }

  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /** The same name, read as naming this kind of party (known kinds from a schema win over the words). */
  public ParsedName as(NameKind known) {
    return known == NameKind.UNKNOWN || known == kind ? this : new ParsedName(written, parts, known, ignored);
  }
}
