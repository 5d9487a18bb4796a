package org.briefkit.report.pdf.chart;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Figures;
import org.briefkit.model.Messages;
import org.briefkit.model.PartialDate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The numbers a chart draws, as a table for readers who cannot see the chart: a bar or dot
 * chart gives a row per category and a column per series; a chart of rows along a scale or a
 * time line (the timeline, the estimative scale) a row per point, with its series, its row and
 * its place on the axis, dates written as the brief writes them. A series named {@code "span N"}
 * stretches the point of its row to an end, shown as a range.
 *
 * @param kind what kind of chart it is ("Bar chart", "Timeline"...), for its description
 * @param extent for a timeline, the span of time its events cover ("2005 – 30 June 2022"); empty
 *     for other charts
 * @param categoryLabel what the categories (or rows) are, such as "Domain"
 * @param valueLabel what the values measure, such as "Weighted motivations"
 * @param header the table's column headings
 * @param rows the table's rows, as text
 * @param series the series' names, in order, for a chart of categories (empty otherwise)
 * @param values per series, the value in each category (null where none), for a chart of categories
 */
public record ChartData(String kind, String extent, String categoryLabel, String valueLabel, ImmutableList<String> header,
    ImmutableList<ImmutableList<String>> rows, ImmutableList<String> series, ImmutableList<List<Double>> values) {

  private static final String SPAN = "span ";

  /** The data of {@code chart}, its headings in the language of {@code text}. */
  public static ChartData of(JFreeChart chart, Messages text) {
    Plot plot = chart.getPlot();
    if (plot instanceof CategoryPlot p) {
      return categories(p, text);
    }
    if (plot instanceof XYPlot p) {
      return points(p, text);
    }
    throw new IllegalArgumentException("no table for a chart with a " + plot.getPlotType());
  }

  private static ChartData categories(CategoryPlot p, Messages text) {
    String kind = text.get(Kinds.of(p));
    String categoryLabel = label(p.getDomainAxis() == null ? null : p.getDomainAxis().getLabel(),
        text.get("chart.header.category"));
    String valueLabel = label(p.getRangeAxis() == null ? null : p.getRangeAxis().getLabel(),
        text.get("chart.header.value"));
    List<String> series = new ArrayList<>();
    List<Comparable<?>> categories = new ArrayList<>();
    List<CategoryDataset> sets = new ArrayList<>();
    for (int d = 0; d < p.getDatasetCount(); d++) {
      CategoryDataset ds = p.getDataset(d);
      if (ds == null) {
        continue;
      }
      sets.add(ds);
      for (int r = 0; r < ds.getRowCount(); r++) {
        series.add(ds.getRowKey(r).toString());
      }
      for (int c = 0; c < ds.getColumnCount(); c++) {
        if (!categories.contains(ds.getColumnKey(c))) {
          categories.add(ds.getColumnKey(c));
        }
      }
    }
    List<List<Double>> values = new ArrayList<>();
    for (CategoryDataset ds : sets) {
      for (int r = 0; r < ds.getRowCount(); r++) {
        List<Double> v = new ArrayList<>();
        for (Comparable<?> c : categories) {
          int col = ds.getColumnIndex(c);
          Number n = col < 0 ? null : ds.getValue(r, col);
          v.add(n == null ? null : n.doubleValue());
        }
        values.add(v);
      }
    }
    List<ImmutableList<String>> rows = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      List<String> row = new ArrayList<>();
      row.add(categories.get(c).toString());
      for (List<Double> v : values) {
        row.add(v.get(c) == null ? "" : number(v.get(c)));
      }
      rows.add(ImmutableList.copyOf(row));
    }
    List<String> header = new ArrayList<>();
    header.add(categoryLabel);
    header.addAll(series);
    return new ChartData(kind, "", categoryLabel, valueLabel, ImmutableList.copyOf(header), ImmutableList.copyOf(rows),
        ImmutableList.copyOf(series), ImmutableList.copyOf(values));
  }

  private static ChartData points(XYPlot p, Messages text) {
    ValueAxis x = p.getDomainAxis();
    ValueAxis y = p.getRangeAxis();
    boolean timeline = x instanceof DateAxis;
    String rowLabel = label(y.getLabel(), text.get(timeline ? "chart.header.event"
        : y instanceof SymbolAxis ? "chart.header.row" : "chart.header.value"));
    String placeLabel = label(x.getLabel(), text.get(timeline ? "chart.header.date" : "chart.header.value"));
    // a span's end, by the row (the y value) of the point it stretches
    Map<Long, Double> ends = new TreeMap<>();
    XYDataset ds = p.getDataset();
    for (int s = 0; s < ds.getSeriesCount(); s++) {
      if (ds.getSeriesKey(s).toString().startsWith(SPAN) && ds.getItemCount(s) > 1) {
        int last = ds.getItemCount(s) - 1;
        ends.put(Math.round(ds.getYValue(s, last)), ds.getXValue(s, last));
      }
    }
    List<ImmutableList<String>> rows = new ArrayList<>();
    boolean named = ds.getSeriesCount() > 1 && !ds.getSeriesKey(1).toString().startsWith(SPAN);
    PartialDate earliest = null;
    PartialDate latest = null;
    for (int s = 0; s < ds.getSeriesCount(); s++) {
      String key = ds.getSeriesKey(s).toString();
      if (key.startsWith(SPAN)) {
        continue;
      }
      for (int i = 0; i < ds.getItemCount(s); i++) {
        double at = ds.getXValue(s, i);
        List<String> cells = new ArrayList<>();
        if (named) {
          cells.add(key);
        }
        cells.add(row(y, ds.getYValue(s, i)));
        if (timeline) {
          DateSpan when = span(date(at), date(ends.getOrDefault(Math.round(ds.getYValue(s, i)), at)));
          cells.add(when.format(text.locale()));
          earliest = earliest == null || when.start().compareTo(earliest) < 0 ? when.start() : earliest;
          latest = latest == null || when.end().compareTo(latest) > 0 ? when.end() : latest;
        } else {
          cells.add(number(at));
        }
        rows.add(ImmutableList.copyOf(cells));
      }
    }
    ImmutableList<String> header = named
        ? ImmutableList.of(text.get("chart.header.series"), rowLabel, placeLabel) : ImmutableList.of(rowLabel, placeLabel);
    String kind = text.get(timeline ? "chart.kind.timeline" : "chart.kind.points");
    String extent = earliest == null ? "" : DateSpan.of(earliest, latest).format(text.locale());
    return new ChartData(kind, extent, rowLabel, placeLabel, header, ImmutableList.copyOf(rows), ImmutableList.of(),
        ImmutableList.of());
  }

  private static String row(ValueAxis axis, double y) {
    if (axis instanceof SymbolAxis s) {
      int i = (int) Math.round(y);
      return i >= 0 && i < s.getSymbols().length ? s.getSymbols()[i] : number(y);
    }
    return number(y);
  }

  private static LocalDate date(double millis) {
    return Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate();
  }

  /**
   * The days {@code from} to {@code to} as the dates of the case they were drawn from: a whole
   * year is the year, a whole month the month, so that the brief writes them as it writes dates.
   */
  static DateSpan span(LocalDate from, LocalDate to) {
    if (from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
      return DateSpan.of(PartialDate.ofYear(from.getYear()));
    }
    if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
      return DateSpan.of(PartialDate.ofMonth(from.getYear(), from.getMonthValue()));
    }
    return DateSpan.of(PartialDate.from(from), PartialDate.from(to));
  }

  private static String label(String label, String otherwise) {
    return label == null || label.isBlank() ? otherwise : label;
  }

  /** A number as the brief prints weights (a whole number) and scores (two places, a true minus). */
  static String number(double v) {
    if (v != Math.rint(v) || Math.abs(v) >= 1e15) {
      return Figures.score(v);
    }
    return v < 0 ? Figures.MINUS + Figures.weight((long) -v) : Figures.weight((long) v);
  }

  /** The kind of a chart of categories, from how it draws them. */
  private static final class Kinds {
    private Kinds() {}

    /** The message key of the chart's kind. */
    static String of(CategoryPlot p) {
      Object r = p.getRenderer();
      if (r instanceof org.jfree.chart.renderer.category.StackedBarRenderer) {
        return "chart.kind.stacked";
      }
      if (r instanceof org.jfree.chart.renderer.category.BarRenderer) {
        return "chart.kind.bar";
      }
      return "chart.kind.dot";
    }
  }
}
