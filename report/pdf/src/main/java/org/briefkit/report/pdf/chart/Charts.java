package org.briefkit.report.pdf.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DateFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the charts of a brief. Each method returns a new, independent chart (JFreeChart charts
 * are not thread-safe: build and draw each on one thread). Charts carry no title: the document
 * captions them.
 */
public final class Charts {
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
  private static final long DAY_MILLIS = 86_400_000L;

  private Charts() {}

  /**
   * The height grouped bars need, in points: room for the axis and legend, and a band per
   * category wide enough for one bar per series.
   */
  public static float groupedBarsHeight(SeriesData data) {
    return 60f + data.categories().size() * (data.series().size() * 8f + 14f);
  }

  /**
   * The timeline: one row per event, earliest at the top, a dot at its date and a bar over its
   * span.
   */
  public static JFreeChart timeline(List<TimelineRow> entries, ChartStyle style) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYSeries points = new XYSeries("events", false, true);
    String[] labels = new String[entries.size()];
    int n = entries.size();
    for (int i = 0; i < n; i++) {
      TimelineRow e = entries.get(i);
      double y = n - 1 - i;
      labels[n - 1 - i] = e.label();
      points.add(millis(e.start()), y);
    }
    data.addSeries(points);
    for (int i = 0; i < n; i++) {
      TimelineRow e = entries.get(i);
      if (e.end().isAfter(e.start())) {
        XYSeries span = new XYSeries("span " + i, false, true);
        span.add(millis(e.start()), n - 1 - i);
        span.add(millis(e.end()), n - 1 - i);
        data.addSeries(span);
      }
    }
    DateAxis time = new DateAxis();
    time.setTimeZone(UTC);
    time.setLocale(style.locale());
    time.setStandardTickUnits(DateAxis.createStandardDateTickUnits(UTC, style.locale()));
    DateFormat years = new SimpleDateFormat("yyyy", style.locale());
    years.setTimeZone(UTC);
    if (spanYears(entries) > 3) {
      time.setDateFormatOverride(years);
    }
    time.setLowerMargin(0.04);
    time.setUpperMargin(0.04);
    SymbolAxis rows = new SymbolAxis(null, labels);
    rows.setGridBandsVisible(false);
    rows.setLowerMargin(0.02);
    rows.setUpperMargin(0.02);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
    Color accent = ChartStyle.awt(style.theme().accent());
    for (int s = 0; s < data.getSeriesCount(); s++) {
      r.setSeriesPaint(s, accent);
      r.setSeriesLinesVisible(s, s > 0);
      r.setSeriesShapesVisible(s, s == 0);
      r.setSeriesStroke(s, new BasicStroke(4f));
      r.setSeriesShape(s, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    }
    XYPlot plot = new XYPlot(data, time, rows, r);
    plot.setOrientation(PlotOrientation.VERTICAL);
    JFreeChart chart = new JFreeChart(null, style.regular(9f), plot, false);
    style.apply(chart);
    rows.setTickLabelFont(style.regular(7.5f));
    time.setTickLabelFont(style.regular(7.5f));
    plot.setRangeGridlinesVisible(true);
    plot.setDomainGridlinesVisible(true);
    plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
    return chart;
  }

  /**
   * Grouped horizontal bars: one group per category (domain), one bar per series
   * (stakeholder), in each series' colour.
   *
   * @param valueLabel the label of the value axis ("Weighted motivations")
   */
  public static JFreeChart groupedBars(SeriesData data, String valueLabel, ChartStyle style) {
    CategoryPlot plot = categoryPlot(data, valueLabel, new BarRenderer(), style);
    BarRenderer r = (BarRenderer) plot.getRenderer();
    r.setItemMargin(0.05);
    return finish(plot, data, style);
  }

  /** Stacked horizontal bars: one bar per category, stacked by series. */
  public static JFreeChart stackedBars(SeriesData data, String valueLabel, ChartStyle style) {
    CategoryPlot plot = categoryPlot(data, valueLabel, new StackedBarRenderer(), style);
    plot.setDataset(stackedDataset(data));
    return finish(plot, data, style);
  }

  /**
   * Stacked vertical columns: one column per category (a year), left to right, stacked by
   * series.
   */
  public static JFreeChart stackedColumns(SeriesData data, String valueLabel, ChartStyle style) {
    CategoryPlot plot = categoryPlot(data, valueLabel, new StackedBarRenderer(), style);
    plot.setDataset(stackedDataset(data));
    plot.setOrientation(PlotOrientation.VERTICAL);
    JFreeChart chart = finish(plot, data, style);
    ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.12);
    // many columns leave too little width for a label across: it is turned upright, whole
    if (data.categories().size() > 10) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
      plot.getDomainAxis().setMaximumCategoryLabelLines(1);
    } else {
      // The bars' limit of a third of the space, meant for labels beside bars, would break a
      // year under its column into "203" over "5": under a column a label may take the
      // column's width and a half.
      plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.5f);
    }
    return chart;
  }

  private static CategoryPlot categoryPlot(
      SeriesData data, String valueLabel, BarRenderer renderer, ChartStyle style) {
    CategoryAxis categories = new CategoryAxis(null);
    categories.setMaximumCategoryLabelWidthRatio(0.32f);
    categories.setMaximumCategoryLabelLines(3);
    categories.setCategoryMargin(0.18);
    categories.setLowerMargin(0.02);
    categories.setUpperMargin(0.02);
    NumberAxis values = new NumberAxis(valueLabel);
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(style.locale()));
    values.setNumberFormatOverride(NumberFormat.getIntegerInstance(style.locale()));
    values.setUpperMargin(0.05);
    CategoryPlot plot = new CategoryPlot(dataset(data), categories, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    return plot;
  }

  private static JFreeChart finish(CategoryPlot plot, SeriesData data, ChartStyle style) {
    JFreeChart chart = new JFreeChart(null, style.regular(9f), plot, true);
    style.apply(chart);
    BarRenderer r = (BarRenderer) plot.getRenderer();
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setMaximumBarWidth(0.09);
    for (int s = 0; s < data.series().size(); s++) {
      r.setSeriesPaint(s, ChartStyle.awt(data.series().get(s).colour()));
    }
    plot.getDomainAxis().setTickLabelFont(style.regular(8f));
    plot.getRangeAxis().setTickLabelFont(style.regular(7.5f));
    plot.getRangeAxis().setLabelFont(style.regular(8f));
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(true);
    plot.setOutlineVisible(false);
    legend(chart, style);
    return chart;
  }

  private static void legend(JFreeChart chart, ChartStyle style) {
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setFrame(BlockBorder.NONE);
      legend.setItemFont(style.regular(8f));
      legend.setItemPaint(style.text());
      legend.setBackgroundPaint(Color.WHITE);
    }
  }

  private static DefaultCategoryDataset dataset(SeriesData data) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (SeriesData.Series s : data.series()) {
      for (int c = 0; c < data.categories().size(); c++) {
        ds.addValue(s.values().get(c), s.name(), data.categories().get(c));
      }
    }
    return ds;
  }

  /** The dataset of stacked bars: a zero is no value, so that it draws no hairline of a segment. */
  private static DefaultCategoryDataset stackedDataset(SeriesData data) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (SeriesData.Series s : data.series()) {
      for (int c = 0; c < data.categories().size(); c++) {
        double v = s.values().get(c);
        ds.addValue(v == 0 ? null : (Double) v, s.name(), data.categories().get(c));
      }
    }
    return ds;
  }

  private static double millis(LocalDate d) {
    return d.toEpochDay() * DAY_MILLIS;
  }

  private static int spanYears(List<TimelineRow> entries) {
    if (entries.isEmpty()) {
      return 0;
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (TimelineRow e : entries) {
      min = Math.min(min, e.start().getYear());
      max = Math.max(max, e.end().getYear());
    }
    return max - min;
  }
}
