package io.tailwatch.formats.ofac;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits OFAC's Remarks text into typed facts. Remarks are {@code Key Value} pairs separated by {@code ;} and
 * closed by a full stop: {@code DOB 10 Dec 1948; POB Tehran, Iran; Linked To: MAHAN AIR.} The list's CSV and XML
 * use the same text; the Consolidated Screening List wraps links in parentheses ({@code (Linked To: MAHAN
 * AIR)}), which is read too. A semicolon inside single quotes (an alias) does not split. O(length).
 */
public final class SdnRemarks {
  private SdnRemarks() {}

  public static List<SdnFact> parse(String remarks) {
    List<SdnFact> facts = new ArrayList<>();
    if (remarks == null) {
      return facts;
    }
    String text = remarks.trim();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    for (String part : split(text)) {
      String p = unwrap(part.trim());
      if (!p.isEmpty()) {
        facts.add(SdnFeature.match(p));
      }
    }
    return facts;
  }

  /**
   * Drops the parentheses the CSL wraps around its remarks, "(Linked To: X; Linked To: Y)", which the split
   * leaves unbalanced on the first and last part, but not those inside a name ("CORPS (IRGC)-QODS FORCE").
   */
  static String unwrap(String p) {
    if (p.startsWith("(") && p.endsWith(")") && balanced(p.substring(1, p.length() - 1))) {
      return p.substring(1, p.length() - 1).trim();
    }
    long open = p.chars().filter(c -> c == '(').count();
    long close = p.chars().filter(c -> c == ')').count();
    if (p.startsWith("(") && open > close) {
      return p.substring(1).trim();
    }
    if (p.endsWith(")") && close > open) {
      return p.substring(0, p.length() - 1).trim();
    }
    return p;
  }

  private static boolean balanced(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  private static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // A quote opens an alias only after a space ("a.k.a. 'X'"); an apostrophe in a word (O'NEIL) does not.
      if (c == '\'' && (quoted || i == 0 || text.charAt(i - 1) == ' ')) {
        quoted = !quoted;
      } else if (c == ';' && !quoted) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (quoted) {
      // An unclosed quote would swallow every later fact: fall back to plain splitting.
      return List.of(text.split(";"));
    }
    parts.add(text.substring(start));
    return parts;
  }
}
