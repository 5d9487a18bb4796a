package org.briefkit.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the precision its source gives: a year ({@code 2005}), a month
 * ({@code 2022-05}) or a day ({@code 2022-06-29}). BriefKit never invents the missing
 * parts: "May 2022" stays a month.
 *
 * <p>Dates order chronologically; a coarser date sorts before the finer dates it contains
 * ({@code 2022 < 2022-01 < 2022-01-01}), because "sometime in 2022" is not known to come
 * after any part of it.
 *
 * @param year the year, 1 to 9999
 * @param month the month 1 to 12, or 0 when only the year is known
 * @param day the day of the month, or 0 when only the year or the month is known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparingInt(PartialDate::year)
          .thenComparingInt(PartialDate::month)
          .thenComparingInt(PartialDate::day);

  /** How much of a date is known. */
  public enum Precision {
    /** Only the year. */
    YEAR,
    /** The year and the month. */
    MONTH,
    /** The full date. */
    DAY
  }

  /** Validates the parts: the year in range, the month and day possible in that calendar. */
  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year (" + year + ") must be between 1 and 9999");
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month (" + month + ") must be between 1 and 12");
    }
    if (day != 0) {
      if (month == 0) {
        throw new IllegalArgumentException("day (" + day + ") needs a month");
      }
      if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
        throw new IllegalArgumentException(dayRange(year, month, day));
      }
    }
  }

  private static String dayRange(int year, int month, int day) {
    return "day ("
        + day
        + ") must be between 1 and "
        + YearMonth.of(year, month).lengthOfMonth()
        + " in "
        + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " "
        + year;
  }

  /** A date known to the year. */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  /** A date known to the month. */
  public static PartialDate ofMonth(int year, int month) {
    if (month == 0) {
      throw new IllegalArgumentException("month (0) must be between 1 and 12");
    }
    return new PartialDate(year, month, 0);
  }

  /** A date known to the day. */
  public static PartialDate ofDay(int year, int month, int day) {
    if (month == 0 || day == 0) {
      throw new IllegalArgumentException(
          "a full date needs a month and a day (" + year + "-" + month + "-" + day + ")");
    }
    return new PartialDate(year, month, day);
  }

  /** The same date known to the day. */
  public static PartialDate from(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException naming the text and the rule it breaks
   */
  public static PartialDate parse(String text) {
    Matcher m = ISO.matcher(Texts.nonNull("date", text));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "date (" + Texts.quote(text) + ") must be YYYY, YYYY-MM or YYYY-MM-DD");
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (m.group(2) != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month (" + month + ") must be between 1 and 12");
    }
    // The constructor reads day 0 as "known to the month", so a written 00 is caught here.
    if (m.group(3) != null && day == 0) {
      throw new IllegalArgumentException(dayRange(year, month, 0));
    }
    try {
      return new PartialDate(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("date (" + Texts.quote(text) + ") is impossible", e);
    }
  }

  /** How much of the date is known. */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day this date may denote (1 January for a year, the 1st for a month). */
  public LocalDate earliest() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** The last day this date may denote (31 December for a year, month end for a month). */
  public LocalDate latest() {
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    if (day == 0) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, month, day);
  }

  /** Whether this date and {@code other} are known to the same precision. */
  public boolean samePrecision(PartialDate other) {
    return precision() == other.precision();
  }

  /**
   * Formats the date for a reader, in English: "2005", "May 2022", "29 June 2022".
   */
  public String format() {
    return format(Locale.ENGLISH);
  }

  /**
   * Formats the date for a reader in {@code locale}: in Korean as Korean writes dates
   * ("2022년", "2022년 6월", "2022년 6월 30일"), in other languages day, month name and year
   * with the month names of {@code locale}.
   */
  public String format(Locale locale) {
    if (locale.getLanguage().equals("ko")) {
      switch (precision()) {
        case YEAR:
          return year + "년";
        case MONTH:
          return year + "년 " + month + "월";
        default:
          return year + "년 " + month + "월 " + day + "일";
      }
    }
    switch (precision()) {
      case YEAR:
        return Integer.toString(year);
      case MONTH:
        return monthName(locale) + " " + year;
      default:
        return day + " " + monthName(locale) + " " + year;
    }
  }

  String monthName(Locale locale) {
    return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  /** The ISO 8601 form, to the known precision: {@code 2005}, {@code 2022-05}, {@code 2022-06-29}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(10);
    b.append(String.format(Locale.ROOT, "%04d", year));
    if (month != 0) {
      b.append(String.format(Locale.ROOT, "-%02d", month));
    }
    if (day != 0) {
      b.append(String.format(Locale.ROOT, "-%02d", day));
    }
    return b.toString();
  }
}
