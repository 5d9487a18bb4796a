package org.briefkit.report.pdf.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Confidence;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.Messages;
import org.briefkit.report.pdf.text.BriefText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * An estimative scale drawn along the 0–100 % axis of probability: one row per band, least
 * likely at the bottom, each a bar over its range and labelled with its term and range; the
 * stretches no band covers (the deliberate gaps of the PHIA yardstick) shaded across the plot;
 * and the key judgments as numbered markers on the rows of their bands, filled by confidence
 * as their badges are ({@link ConfidenceLook}), with a legend.
 */
public final class EstimativeScaleChart {
  private static final double MARKER = 13;
  private static final double BAR = 0.56;

  private EstimativeScaleChart() {}

  /** The height the chart of {@code scale} needs, in points: a row per band, the axis and the legend. */
  public static float height(EstimativeScale scale) {
    return 74f + scale.bands().size() * 23f;
  }

  /** The label of a band on the chart: "very likely (80–95 %)". */
  static String bandLabel(Messages text, EstimativeScale scale, EstimativeScale.Band b) {
    return BriefText.term(text, scale, b) + " (" + BriefText.figure(text, b.range()) + ")";
  }

  /** The stretches of 0–100 % that no band of {@code scale} covers, as {low, high} pairs, in order. */
  public static List<double[]> gaps(EstimativeScale scale) {
    List<double[]> out = new ArrayList<>();
    double covered = 0;
    for (EstimativeScale.Band b : scale.bands()) {
      if (b.lowPercent() > covered) {
        out.add(new double[] {covered, b.lowPercent()});
      }
      covered = Math.max(covered, b.highPercent());
    }
    if (covered < 100) {
      out.add(new double[] {covered, 100});
    }
    return out;
  }

  /** The chart of {@code scale} with {@code marks} placed on it. */
  public static JFreeChart of(EstimativeScale scale, List<ScaleMark> marks, ChartStyle style) {
    Color accent = ChartStyle.awt(style.theme().accent());
    List<EstimativeScale.Band> bands = scale.bands();
    String[] labels = new String[bands.size()];
    for (int r = 0; r < bands.size(); r++) {
      labels[r] = bandLabel(style.words(), scale, bands.get(r));
    }
    SymbolAxis rows = new SymbolAxis(null, labels);
    rows.setGridBandsVisible(false);
    rows.setRange(-0.6, bands.size() - 0.4);
    rows.setAutoRange(false);
    NumberAxis probability = new NumberAxis(style.words().get("chart.probability"));
    probability.setRange(0, 100);
    probability.setAutoRange(false);
    probability.setTickUnit(new NumberTickUnit(10, style.percentTicks()));

    Confidence[] levels = {Confidence.HIGH, Confidence.MODERATE, Confidence.LOW};
    XYSeriesCollection data = new XYSeriesCollection();
    for (Confidence c : levels) {
      XYSeries series = new XYSeries(ConfidenceLook.label(style.words(), c), false, true);
      for (ScaleMark m : marks) {
        if (m.confidence() == c) {
          series.add(m.percent(), m.row());
        }
      }
      data.addSeries(series);
    }
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
    r.setUseFillPaint(true);
    r.setUseOutlinePaint(true);
    r.setDrawOutlines(true);
    Shape marker = marker();
    for (int s = 0; s < levels.length; s++) {
      ConfidenceLook look = ConfidenceLook.of(levels[s], accent);
      r.setSeriesShape(s, marker);
      r.setSeriesShapesFilled(s, true);
      r.setSeriesPaint(s, look.fill());
      r.setSeriesFillPaint(s, look.fill());
      r.setSeriesOutlinePaint(s, look.outline());
      r.setSeriesOutlineStroke(s, new BasicStroke(1f));
    }
    Color barFill = ChartStyle.mix(accent, Color.WHITE, 0.86);
    Color barEdge = ChartStyle.mix(accent, Color.WHITE, 0.55);
    for (int b = 0; b < bands.size(); b++) {
      EstimativeScale.Band band = bands.get(b);
      r.addAnnotation(new XYBoxAnnotation(band.lowPercent(), b - BAR / 2, band.highPercent(), b + BAR / 2,
          new BasicStroke(0.6f), barEdge, barFill), Layer.BACKGROUND);
    }
    for (ScaleMark m : marks) {
      XYTextAnnotation number = new XYTextAnnotation(Integer.toString(m.number()), m.percent(), m.row());
      number.setFont(style.bold(m.number() > 9 ? 6f : 7f));
      number.setPaint(ConfidenceLook.of(m.confidence(), accent).ink());
      number.setTextAnchor(TextAnchor.CENTER);
      r.addAnnotation(number, Layer.FOREGROUND);
    }

    XYPlot plot = new XYPlot(data, probability, rows, r);
    Color gapFill = new Color(0xEE, 0xEC, 0xE8);
    List<double[]> gaps = gaps(scale);
    for (double[] g : gaps) {
      IntervalMarker m = new IntervalMarker(g[0], g[1], gapFill);
      m.setAlpha(1f);
      m.setOutlinePaint(null);
      plot.addDomainMarker(m, Layer.BACKGROUND);
    }
    JFreeChart chart = new JFreeChart(null, style.regular(9f), plot, true);
    style.apply(chart);
    rows.setTickLabelFont(style.regular(7.5f));
    rows.setTickLabelPaint(style.text());
    probability.setTickLabelFont(style.regular(7.5f));
    probability.setLabelFont(style.regular(8f));
    probability.setLabelPaint(style.muted());
    plot.setDomainGridlinesVisible(true);
    plot.setDomainGridlinePaint(style.grid());
    plot.setDomainGridlineStroke(new BasicStroke(0.5f));
    plot.setRangeGridlinesVisible(false);
    plot.setOutlineVisible(false);
    plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));

    LegendItemCollection legend = new LegendItemCollection();
    for (Confidence c : levels) {
      ConfidenceLook look = ConfidenceLook.of(c, accent);
      LegendItem item = new LegendItem(ConfidenceLook.label(style.words(), c), null, null, null, legendMarker(), look.fill(),
          new BasicStroke(1f), look.outline());
      legend.add(item);
    }
    if (!gaps.isEmpty()) {
      legend.add(new LegendItem(style.words().get("chart.noTerm"), null, null, null,
          new Rectangle2D.Double(-5, -4, 10, 8), gapFill, new BasicStroke(0.5f), gapFill));
    }
    plot.setFixedLegendItems(legend);
    LegendTitle title = chart.getLegend();
    title.setPosition(RectangleEdge.BOTTOM);
    title.setFrame(BlockBorder.NONE);
    title.setItemFont(style.regular(7.5f));
    title.setItemPaint(style.text());
    title.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static Shape marker() {
    return new Ellipse2D.Double(-MARKER / 2, -MARKER / 2, MARKER, MARKER);
  }

  private static Shape legendMarker() {
    return new Ellipse2D.Double(-4.5, -4.5, 9, 9);
  }

}
