package org.briefkit.report.pdf.chart;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.briefkit.model.Colour;
import org.briefkit.model.TransferStatus;

/**
 * Arms flows counted for a stacked bar chart: one category per direction and partner, one
 * series per transfer status. Filled while the transfers table is written, partner by partner.
 */
public final class FlowCounts {
  private static final List<TransferStatus> STATUSES = List.of(TransferStatus.values());

  private final List<String> categories = new ArrayList<>();
  private final List<double[]> counts = new ArrayList<>();

  /** Starts the next category ("Imports from France"), already as the chart font shows it. */
  public void category(String label) {
    categories.add(label);
    counts.add(new double[STATUSES.size()]);
  }

  /** Counts {@code n} transfers at {@code status} in the current category. */
  public void add(TransferStatus status, int n) {
    counts.get(counts.size() - 1)[STATUSES.indexOf(status)] += n;
  }

  /**
   * Whether a chart of these counts would only repeat the transfers table: every category
   * (partner) counts a single transfer, so that every bar has length one.
   */
  public boolean repeatsTable() {
    for (double[] c : counts) {
      double total = 0;
      for (double n : c) {
        total += n;
      }
      if (total > 1) {
        return false;
      }
    }
    return true;
  }

  /** Whether no category was started. */
  public boolean isEmpty() {
    return categories.isEmpty();
  }

  /** The counts as series, one per status in declaration order, coloured by {@code colour(i)}. */
  public SeriesData series(IntFunction<Colour> colour) {
    return series(colour, TransferStatus::label);
  }

  /** The series, as {@link #series(IntFunction)}, each named by {@code label} of its status. */
  public SeriesData series(IntFunction<Colour> colour, Function<TransferStatus, String> label) {
    List<SeriesData.Series> series = new ArrayList<>();
    for (int i = 0; i < STATUSES.size(); i++) {
      List<Double> v = new ArrayList<>();
      for (double[] c : counts) {
        v.add(c[i]);
      }
      series.add(new SeriesData.Series(label.apply(STATUSES.get(i)), colour.apply(i), ImmutableList.copyOf(v)));
    }
    return new SeriesData(ImmutableList.copyOf(categories), ImmutableList.copyOf(series));
  }
}
