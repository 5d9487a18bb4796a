package org.briefkit.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.briefkit.model.DateSpan;
import org.briefkit.model.PartialDate;

/**
 * The values of a dataset's cells, read the way its exports write them. Each reader adds a
 * problem at the cell and returns null when the cell holds something else, so that one row can
 * report all its cells.
 */
final class Cells {
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,6})?");
  private static final Pattern YEARS = Pattern.compile("([12][0-9]{3})(?:\\s*[-–]\\s*([12][0-9]{3}))?");

  private final CsvRows.Row row;
  private final Imports out;
  private boolean bad;

  Cells(CsvRows.Row row, Imports out) {
    this.row = row;
    this.out = out;
  }

  /** Whether a cell of the row was refused. */
  boolean bad() {
    return bad;
  }

  String text(int column) {
    return row.get(column);
  }

  /** A required text. */
  String required(int column, String what) {
    String v = row.get(column);
    if (v.isEmpty()) {
      fail(column, what + " is empty");
    }
    return v;
  }

  /** {@code Yes}/{@code No} (also {@code true}/{@code false}, {@code 1}/{@code 0}); empty is no. */
  boolean flag(int column, String what) {
    String v = row.get(column).toLowerCase(Locale.ROOT);
    switch (v) {
      case "", "no", "n", "false", "0" -> {
        return false;
      }
      case "yes", "y", "true", "1" -> {
        return true;
      }
      default -> {
        fail(column, what + " (\"" + row.get(column) + "\") must be Yes or No");
        return false;
      }
    }
  }

  /** A whole number of zero or more, or empty. */
  Optional<Integer> count(int column, String what) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (!COUNT.matcher(v).matches()) {
      fail(column, what + " (\"" + v + "\") must be a whole number");
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(v));
  }

  /** A decimal number of zero or more ({@code 12.5}), or empty. */
  Optional<BigDecimal> decimal(int column, String what) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (!DECIMAL.matcher(v).matches()) {
      fail(column, what + " (\"" + v + "\") must be a number such as 12.5");
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(v));
  }

  /** A year ({@code 2019}) or a span of years ({@code 2019-2021}), or empty. */
  Optional<DateSpan> years(int column, String what) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = YEARS.matcher(v);
    if (!m.matches() || (m.group(2) != null && m.group(2).compareTo(m.group(1)) < 0)) {
      fail(column, what + " (\"" + v + "\") must be a year, such as 2019, or years, such as 2019-2021");
      return Optional.empty();
    }
    PartialDate start = PartialDate.ofYear(Integer.parseInt(m.group(1)));
    return Optional.of(
        m.group(2) == null
            ? DateSpan.of(start)
            : DateSpan.of(start, PartialDate.ofYear(Integer.parseInt(m.group(2)))));
  }

  /** Adds a problem at {@code column} of the row. */
  void fail(int column, String message) {
    bad = true;
    out.problem(row.at(column), message);
  }
}
