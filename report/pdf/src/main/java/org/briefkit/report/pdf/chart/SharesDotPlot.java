package org.briefkit.report.pdf.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Shares as a dot plot: one row per category (domain), one marker per series (stakeholder) in
 * its colour and a shape of its own (circle, square, diamond, triangle, ...), so that series
 * are told apart in greyscale too, each series at a height of its own within the row so that
 * equal shares do not hide one another; every other row is shaded. The value axis is labelled in per cent, from 0 to the
 * largest share rounded up ({@link #upperBound}), with a gridline at every tick.
 */
public final class SharesDotPlot {
  private static final double MARKER = 7.0;
  private static final Color ROW_SHADE = new Color(0xF1, 0xF3, 0xF6);

  private SharesDotPlot() {}

  /** The height the plot of {@code data} needs, in points: a row per category, the axis and legend. */
  public static float height(SeriesData data) {
    return 70f + data.categories().size() * Math.max(22f, data.series().size() * 9f + 6f);
  }

  /**
   * The end of the value axis: the next multiple of 10 above the largest share (so that no
   * marker sits on the edge), at most 100.
   */
  public static double upperBound(SeriesData data) {
    double max = 0;
    for (SeriesData.Series s : data.series()) {
      for (double v : s.values()) {
        max = Math.max(max, v);
      }
    }
    return Math.min(100, Math.floor(max / 10) * 10 + 10);
  }

  /**
   * The dot plot of {@code data}, values in per cent.
   *
   * @param valueLabel the label of the value axis
   */
  public static JFreeChart of(SeriesData data, String valueLabel, ChartStyle style) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (SeriesData.Series s : data.series()) {
      for (int c = 0; c < data.categories().size(); c++) {
        ds.addValue(s.values().get(c), s.name(), data.categories().get(c));
      }
    }
    CategoryAxis rows = new CategoryAxis(null);
    rows.setMaximumCategoryLabelWidthRatio(0.32f);
    rows.setMaximumCategoryLabelLines(3);
    rows.setCategoryMargin(0);
    rows.setLowerMargin(0);
    rows.setUpperMargin(0);
    NumberAxis values = new NumberAxis(valueLabel);
    double upper = upperBound(data);
    // a little room left of 0, so that a marker at 0 is drawn whole
    values.setRange(-upper * 0.015, upper);
    values.setTickUnit(new NumberTickUnit(upper <= 50 ? 5 : 10, style.percentTicks()));
    LineAndShapeRenderer r = new LineAndShapeRenderer(false, true);
    r.setUseSeriesOffset(true);
    // the markers spread evenly over their row, half a step clear of its edges
    r.setItemMargin(0);
    r.setDrawOutlines(true);
    r.setUseOutlinePaint(true);
    CategoryPlot plot = new CategoryPlot(ds, rows, values, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    JFreeChart chart = new JFreeChart(null, style.regular(9f), plot, true);
    // after the theme, which clears the renderer's series paints
    style.apply(chart);
    for (int s = 0; s < data.series().size(); s++) {
      Color c = ChartStyle.awt(data.series().get(s).colour());
      r.setSeriesPaint(s, c);
      r.setSeriesFillPaint(s, c);
      r.setSeriesOutlinePaint(s, Color.WHITE);
      r.setSeriesOutlineStroke(s, new BasicStroke(0.6f));
      r.setSeriesShape(s, shape(s));
    }
    rows.setTickLabelFont(style.regular(8f));
    values.setTickLabelFont(style.regular(7.5f));
    values.setLabelFont(style.regular(8f));
    plot.setDomainGridlinesVisible(false);
    // every other row shaded, so that each row's markers read as one group
    for (int c = 0; c < data.categories().size(); c += 2) {
      CategoryMarker band = new CategoryMarker(data.categories().get(c), ROW_SHADE, new BasicStroke(0f));
      band.setDrawAsLine(false);
      band.setAlpha(1f);
      plot.addDomainMarker(band, Layer.BACKGROUND);
    }
    plot.setRangeGridlinesVisible(true);
    plot.setRangeGridlinePaint(style.grid());
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    plot.setOutlineVisible(false);
    plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setFrame(BlockBorder.NONE);
    legend.setItemFont(style.regular(8f));
    legend.setItemPaint(style.text());
    legend.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /** The marker of series {@code s}: a circle, square, diamond, up and down triangle, in turn. */
  static Shape shape(int s) {
    double h = MARKER / 2;
    switch (s % 5) {
      case 0:
        return new Ellipse2D.Double(-h, -h, MARKER, MARKER);
      case 1:
        return new Rectangle2D.Double(-h * 0.9, -h * 0.9, MARKER * 0.9, MARKER * 0.9);
      case 2:
        return polygon(0, -h * 1.2, h * 1.2, 0, 0, h * 1.2, -h * 1.2, 0);
      case 3:
        return polygon(0, -h * 1.1, h * 1.1, h * 0.9, -h * 1.1, h * 0.9);
      default:
        return polygon(0, h * 1.1, h * 1.1, -h * 0.9, -h * 1.1, -h * 0.9);
    }
  }

  private static Shape polygon(double... xy) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      p.lineTo(xy[i], xy[i + 1]);
    }
    p.closePath();
    return p;
  }
}
