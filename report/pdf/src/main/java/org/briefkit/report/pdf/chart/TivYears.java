package org.briefkit.report.pdf.chart;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Colour;

/**
 * The trend-indicator value (SIPRI's TIV, millions — a measure of military capability
 * transferred, not money) of dated transfers that carry one, by year and partner, for stacked
 * columns: one category per year from the first to the last, one series per partner in the
 * order first met. A transfer counts in the year its delivery starts.
 */
public final class TivYears {
  private final int first;
  private final List<String> partners;
  private final double[][] values;
  private final List<ArmsTransfer> counted;

  private TivYears(int first, List<String> partners, double[][] values, List<ArmsTransfer> counted) {
    this.first = first;
    this.partners = partners;
    this.values = values;
    this.counted = counted;
  }

  /** The dated transfers of {@code transfers} with a TIV, by year and by {@code partner}'s name. */
  public static TivYears of(List<ArmsTransfer> transfers, Function<ArmsTransfer, String> partner) {
    List<ArmsTransfer> counted =
        transfers.stream().filter(t -> t.tiv().isPresent() && t.when().isPresent()).toList();
    if (counted.isEmpty()) {
      return new TivYears(0, List.of(), new double[0][], counted);
    }
    int min = counted.stream().mapToInt(t -> t.when().get().start().year()).min().getAsInt();
    int max = counted.stream().mapToInt(t -> t.when().get().start().year()).max().getAsInt();
    Map<String, Integer> index = new LinkedHashMap<>();
    counted.forEach(t -> index.putIfAbsent(partner.apply(t), index.size()));
    double[][] values = new double[max - min + 1][index.size()];
    for (ArmsTransfer t : counted) {
      BigDecimal v = t.tiv().get();
      values[t.when().get().start().year() - min][index.get(partner.apply(t))] += v.doubleValue();
    }
    return new TivYears(min, new ArrayList<>(index.keySet()), values, counted);
  }

  /** The transfers counted: dated, with a TIV. */
  public List<ArmsTransfer> counted() {
    return counted;
  }

  /** Whether a chart is worth drawing: TIV in more than one transfer, over at most 60 years. */
  public boolean drawn() {
    return counted.size() > 1 && values.length <= TransferYears.MOST_YEARS;
  }

  /** The values as series, one per partner, coloured by {@code colour(i)}. */
  public SeriesData series(IntFunction<Colour> colour) {
    List<String> years = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      years.add(Integer.toString(first + i));
    }
    List<SeriesData.Series> series = new ArrayList<>();
    for (int p = 0; p < partners.size(); p++) {
      List<Double> v = new ArrayList<>();
      for (double[] year : values) {
        v.add(year[p]);
      }
      series.add(new SeriesData.Series(partners.get(p), colour.apply(p), ImmutableList.copyOf(v)));
    }
    return new SeriesData(ImmutableList.copyOf(years), ImmutableList.copyOf(series));
  }
}
