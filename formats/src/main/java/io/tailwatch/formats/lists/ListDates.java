package io.tailwatch.formats.lists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as sanctions lists write them, to FollowTheMoney's ISO 8601 prefixes of the precision given: {@code 10
 * Dec 1948} to {@code 1948-12-10}, {@code Sep 1991} to {@code 1991-09}, {@code 1991} and {@code circa 1951} to
 * the year, a range {@code 1955 to 1957} to both ends, and {@code 2012-12-31}, {@code 12/31/2012} (US order) as
 * days. Text that is no date gives an empty list rather than a guess.
 */
public final class ListDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3})[a-z]*\\.? (\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3})[a-z]*\\.? (\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:T.*)?");
  private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern ROUGHLY = Pattern.compile("(?i)^(circa|approximately|about|ca\\.?)\\s+");
  private static final Pattern RANGE = Pattern.compile("(?i)\\s+to\\s+");

  private ListDates() {}

  /** Every date the text gives, as FtM date strings. */
  public static List<String> parse(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String part : RANGE.split(text.trim())) {
      String d = one(ROUGHLY.matcher(part.trim()).replaceFirst(""));
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  /** One date, or null. */
  public static String one(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    Matcher m = DAY_MONTH_YEAR.matcher(t);
    if (m.matches()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      return month == null ? null : day(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
    }
    m = MONTH_YEAR.matcher(t);
    if (m.matches()) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      return month == null ? null : String.format("%s-%02d", m.group(2), month);
    }
    if (YEAR.matcher(t).matches()) {
      return t;
    }
    m = ISO.matcher(t);
    if (m.matches()) {
      return m.group(3) == null ? m.group(1) + "-" + m.group(2)
          : day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    m = US.matcher(t);
    if (m.matches()) {
      return day(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    return null;
  }

  private static String day(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
