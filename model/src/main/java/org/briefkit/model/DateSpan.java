package org.briefkit.model;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * When something happened: a single {@link PartialDate} or a span between two of them
 * ({@code 2022-06-29/2022-06-30}). A single date is a span whose start and end are equal.
 *
 * @param start the first date
 * @param end the last date, not before {@code start}
 */
public record DateSpan(PartialDate start, PartialDate end) implements Comparable<DateSpan> {
  private static final Comparator<DateSpan> ORDER =
      Comparator.comparing(DateSpan::start).thenComparing(DateSpan::end);

  /** Checks that the span does not end before it starts. */
  public DateSpan {
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    if (end.compareTo(start) < 0) {
      throw new IllegalArgumentException("end (" + end + ") must not precede start (" + start + ")");
    }
  }

  /** A span of one date. */
  public static DateSpan of(PartialDate date) {
    return new DateSpan(date, date);
  }

  /** A span between two dates. */
  public static DateSpan of(PartialDate start, PartialDate end) {
    return new DateSpan(start, end);
  }

  /**
   * Parses an ISO 8601 date ({@code 2005}, {@code 2022-05}, {@code 2022-06-29}) or interval
   * ({@code 2022-06-29/2022-06-30}).
   *
   * @throws IllegalArgumentException naming the text and the rule it breaks
   */
  public static DateSpan parse(String text) {
    Texts.nonNull("date", text);
    int slash = text.indexOf('/');
    if (slash < 0) {
      return of(PartialDate.parse(text));
    }
    return of(PartialDate.parse(text.substring(0, slash)), PartialDate.parse(text.substring(slash + 1)));
  }

  /** Whether this span is a single date. */
  public boolean isSingle() {
    return start.equals(end);
  }

  /**
   * Formats the span for a reader in English, naming shared parts once: "29–30 June 2022",
   * "29 June – 1 July 2022", "May–June 2022", "2005–2012".
   */
  public String format() {
    return format(Locale.ENGLISH);
  }

  /**
   * Formats the span for a reader with the month names of {@code locale}; in Korean as Korean
   * writes spans ("2022년 6월 29–30일", "2022년 5–6월", "2005–2012년").
   */
  public String format(Locale locale) {
    if (isSingle()) {
      return start.format(locale);
    }
    if (locale.getLanguage().equals("ko")) {
      return korean(locale);
    }
    if (start.samePrecision(end) && start.year() == end.year()) {
      switch (start.precision()) {
        case YEAR:
          return start.format(locale);
        case MONTH:
          return start.monthName(locale) + "–" + end.monthName(locale) + " " + end.year();
        default:
          if (start.month() == end.month()) {
            return start.day() + "–" + end.day() + " " + end.monthName(locale) + " " + end.year();
          }
          return start.day() + " " + start.monthName(locale) + " – " + end.format(locale);
      }
    }
    if (start.precision() == PartialDate.Precision.YEAR
        && end.precision() == PartialDate.Precision.YEAR) {
      return start.year() + "–" + end.year();
    }
    return start.format(locale) + " – " + end.format(locale);
  }

  private String korean(Locale locale) {
    if (start.samePrecision(end) && start.year() == end.year()) {
      switch (start.precision()) {
        case YEAR:
          return start.format(locale);
        case MONTH:
          return start.year() + "년 " + start.month() + "–" + end.month() + "월";
        default:
          if (start.month() == end.month()) {
            return start.year() + "년 " + start.month() + "월 " + start.day() + "–" + end.day() + "일";
          }
          return start.format(locale) + " – " + end.month() + "월 " + end.day() + "일";
      }
    }
    if (start.precision() == PartialDate.Precision.YEAR
        && end.precision() == PartialDate.Precision.YEAR) {
      return start.year() + "–" + end.year() + "년";
    }
    return start.format(locale) + " – " + end.format(locale);
  }

  @Override
  public int compareTo(DateSpan other) {
    return ORDER.compare(this, other);
  }

  /** The ISO 8601 form: {@code 2022-06-29} or {@code 2022-06-29/2022-06-30}. */
  @Override
  public String toString() {
    return isSingle() ? start.toString() : start + "/" + end;
  }
}
