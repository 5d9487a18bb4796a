package org.briefkit.report.pdf.chart;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Colour;
import org.briefkit.model.TransferStatus;

/**
 * Dated arms transfers counted by year for stacked columns: one category per year from the
 * first to the last (years without a transfer included, so that time reads evenly), one
 * series per transfer status. A transfer counts in the year it starts; undated transfers are
 * left out.
 */
public final class TransferYears {
  private static final List<TransferStatus> STATUSES = List.of(TransferStatus.values());

  /** The most years a chart spans: past it (a mistyped year, say 0024) columns become slivers. */
  static final int MOST_YEARS = 60;

  private final int first;
  private final int[][] counts;

  private TransferYears(int first, int[][] counts) {
    this.first = first;
    this.counts = counts;
  }

  /** The dated transfers of {@code transfers} counted by year and status. */
  public static TransferYears of(Iterable<ArmsTransfer> transfers) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (ArmsTransfer t : transfers) {
      if (t.when().isPresent()) {
        int y = t.when().get().start().year();
        min = Math.min(min, y);
        max = Math.max(max, y);
      }
    }
    if (min > max) {
      return new TransferYears(0, new int[0][]);
    }
    int[][] counts = new int[max - min + 1][STATUSES.size()];
    for (ArmsTransfer t : transfers) {
      if (t.when().isPresent()) {
        counts[t.when().get().start().year() - min][STATUSES.indexOf(t.status())]++;
      }
    }
    return new TransferYears(min, counts);
  }

  /** How many transfers are dated. */
  public int dated() {
    int n = 0;
    for (int[] year : counts) {
      for (int c : year) {
        n += c;
      }
    }
    return n;
  }

  /** Whether the years span too long for a column each ({@value #MOST_YEARS} at most): the table says it. */
  public boolean tooLong() {
    return counts.length > MOST_YEARS;
  }

  /**
   * Whether a chart of these counts would only repeat the transfers table: no year holds more
   * than one transfer.
   */
  public boolean repeatsTable() {
    for (int[] year : counts) {
      int total = 0;
      for (int c : year) {
        total += c;
      }
      if (total > 1) {
        return false;
      }
    }
    return true;
  }

  /** The counts as series, one per status in declaration order, coloured by {@code colour(i)}. */
  public SeriesData series(IntFunction<Colour> colour) {
    return series(colour, TransferStatus::label);
  }

  /** The series, as {@link #series(IntFunction)}, each named by {@code label} of its status. */
  public SeriesData series(IntFunction<Colour> colour, Function<TransferStatus, String> label) {
    List<String> years = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      years.add(Integer.toString(first + i));
    }
    List<SeriesData.Series> series = new ArrayList<>();
    for (int s = 0; s < STATUSES.size(); s++) {
      List<Double> v = new ArrayList<>();
      for (int[] year : counts) {
        v.add((double) year[s]);
      }
      series.add(new SeriesData.Series(label.apply(STATUSES.get(s)), colour.apply(s), ImmutableList.copyOf(v)));
    }
    return new SeriesData(ImmutableList.copyOf(years), ImmutableList.copyOf(series));
  }
}
