package org.briefkit.report.pdf.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The scores of an ACH matrix as horizontal bars: one per hypothesis, top to bottom in the
 * matrix's order, each reaching from 0 to its weighted inconsistency (so the shortest bar
 * stands best), labelled with its score to two decimals. The leading hypothesis is filled with
 * the accent and labelled in it; the others are filled with a light tint of it, so that the
 * leader stands out in greyscale too. A legend names the two fills.
 *
 * <p>The leaders and the others are two series stacked on one bar position: a hypothesis has a
 * value in one series and none in the other, so each bar is drawn and labelled once.
 */
public final class AchScoresChart {

  private AchScoresChart() {}

  /** The height the chart of {@code count} hypotheses needs, in points. */
  public static float height(int count) {
    return 62f + count * 21f;
  }

  /** The lower end of the value axis: room beyond the longest bar for its label. */
  static double lowerBound(List<ScoreBar> bars) {
    double min = 0;
    for (ScoreBar b : bars) {
      min = Math.min(min, b.score());
    }
    return min == 0 ? -1 : min - Math.max(0.45, -min * 0.16);
  }

  /** The chart of {@code bars}. */
  public static JFreeChart of(List<ScoreBar> bars, ChartStyle style) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ScoreBar b : bars) {
      data.addValue(b.leads() ? b.score() : null, style.words().get("ach.chart.leads"), b.label());
      data.addValue(b.leads() ? null : b.score(), style.words().get("ach.chart.others"), b.label());
    }
    char minus = style.font().canDisplay('\u2212') ? '\u2212' : '-';
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setMinusSign(minus);

    CategoryAxis hypotheses = new CategoryAxis(null);
    hypotheses.setCategoryMargin(0.32);
    hypotheses.setLowerMargin(0.06);
    hypotheses.setUpperMargin(0.06);
    NumberAxis values = new NumberAxis(style.words().get("ach.chart.axis"));
    values.setRange(lowerBound(bars), 0);
    values.setAutoRange(false);
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    values.setNumberFormatOverride(new DecimalFormat("0", symbols));

    StackedBarRenderer r = new StackedBarRenderer();
    Color accent = ChartStyle.awt(style.theme().accent());
    Color others = ChartStyle.mix(accent, Color.WHITE, 0.66);
    Color othersEdge = ChartStyle.mix(accent, Color.WHITE, 0.4);
    r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.00", symbols)));
    r.setDefaultItemLabelsVisible(true);
    // Bars run leftwards from 0: the label goes past the bar's left end, and a bar of 0 (no
    // inconsistent evidence) gets its label just left of the axis' 0.
    ItemLabelPosition outside = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT);
    r.setDefaultNegativeItemLabelPosition(outside);
    r.setDefaultPositiveItemLabelPosition(outside);
    r.setDefaultItemLabelPaint(style.text());

    CategoryPlot plot = new CategoryPlot(data, hypotheses, values, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    JFreeChart chart = new JFreeChart(null, style.regular(9f), plot, true);
    style.apply(chart);
    // The theme sets the series' paints: ours come after it.
    r.setSeriesPaint(0, accent);
    r.setSeriesPaint(1, others);
    r.setDrawBarOutline(true);
    r.setSeriesOutlinePaint(0, accent);
    r.setSeriesOutlinePaint(1, othersEdge);
    r.setDefaultOutlineStroke(new BasicStroke(0.6f));
    r.setShadowVisible(false);
    r.setMaximumBarWidth(0.16);
    r.setDefaultItemLabelFont(style.regular(7.5f));
    r.setDefaultItemLabelPaint(style.text());
    hypotheses.setTickLabelFont(style.regular(8f));
    for (ScoreBar b : bars) {
      if (b.leads()) {
        hypotheses.setTickLabelFont(b.label(), style.bold(8f));
        hypotheses.setTickLabelPaint(b.label(), accent);
      }
    }
    values.setTickLabelFont(style.regular(7.5f));
    values.setLabelFont(style.regular(8f));
    values.setLabelPaint(style.muted());
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(true);
    plot.setRangeGridlinePaint(style.grid());
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    plot.setOutlineVisible(false);
    plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));

    LegendItemCollection legend = new LegendItemCollection();
    if (bars.stream().anyMatch(ScoreBar::leads)) {
      legend.add(legendItem(style.words().get("ach.chart.leads"), accent, accent));
    }
    if (bars.stream().anyMatch(b -> !b.leads())) {
      legend.add(legendItem(style.words().get("ach.chart.others"), others, othersEdge));
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

  private static LegendItem legendItem(String label, Color fill, Color outline) {
    return new LegendItem(label, null, null, null, new Rectangle2D.Double(-5, -4, 10, 8), fill,
        new BasicStroke(0.6f), outline);
  }
}
