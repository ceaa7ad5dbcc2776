package io.tailwatch.knowledge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * FollowTheMoney dates are ISO 8601 prefixes of varying precision: {@code 2011}, {@code 2011-10},
 * {@code 2011-10-12}, or a date-time. A period's start is its first day and its end its last day, so "sanctioned
 * from 2011" holds on 2011-01-01 and "ended 2021-10" still holds on 2021-10-31.
 */
public final class FtmDate {
  private FtmDate() {}

  /** The first day the date text covers, or null when the text is null or not a date. */
  public static LocalDate start(String text) {
    return parse(text, false);
  }

  /** The last day the date text covers, or null when the text is null or not a date. */
  public static LocalDate end(String text) {
    return parse(text, true);
  }

  public static boolean isValid(String text) {
    return text != null && start(text) != null;
  }

  private static LocalDate parse(String text, boolean end) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    try {
      if (t.length() >= 10) {
        return LocalDate.parse(t.substring(0, 10));
      }
      if (t.length() == 7) {
        YearMonth ym = YearMonth.parse(t);
        return end ? ym.atEndOfMonth() : ym.atDay(1);
      }
      if (t.length() == 4) {
        int year = Integer.parseInt(t);
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
    return null;
  }
}
