package org.briefkit.report.pdf.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import org.briefkit.model.Colour;
import org.briefkit.model.Messages;
import org.briefkit.report.Theme;
import org.briefkit.report.pdf.text.BriefText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of every chart: fonts, colours and the locale of numbers and dates. Applied to each
 * chart on its own, never through JFreeChart's global theme, so that rendering in parallel and
 * other code in the same JVM do not interfere. Every colour is opaque (PDF/A allows no
 * transparency).
 *
 * @param font the base text font (its size is ignored; each text element gets its own size).
 *     Give the same face the document embeds, so that text is measured as it is drawn
 * @param bold the bold face
 * @param theme the colours
 * @param locale the locale of tick labels
 * @param words the words charts generate (legends, axis labels), in the brief's language
 */
public record ChartStyle(Font font, Font bold, Theme theme, Locale locale, Messages words) {
  /** The look of charts with English words. */
  public ChartStyle(Font font, Font bold, Theme theme, Locale locale) {
    this(font, bold, theme, locale, BriefText.load("en"));
  }

  /** Checks that every part is present. */
  public ChartStyle {
    Objects.requireNonNull(words, "words must not be null");
    Objects.requireNonNull(font, "font must not be null");
    Objects.requireNonNull(bold, "bold must not be null");
    Objects.requireNonNull(theme, "theme must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
  }

  /** The tick labels of a per-cent axis: "25 %", as the brief writes shares ({@code Figures.percent}). */
  public DecimalFormat percentTicks() {
    return new DecimalFormat(words.korean() ? "0'%'" : "0' %'", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /** The AWT colour of a model colour. */
  public static Color awt(Colour c) {
    return new Color(c.red(), c.green(), c.blue());
  }

  /** {@code a} mixed with {@code b}: 0 gives a, 1 gives b. Opaque. */
  static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }

  /** The font at {@code size} points. */
  Font regular(float size) {
    return font.deriveFont(Font.PLAIN, size);
  }

  /** The bold font at {@code size} points. */
  Font bold(float size) {
    return bold.deriveFont(size);
  }

  Color text() {
    return awt(theme.text());
  }

  Color muted() {
    return awt(theme.muted());
  }

  Color grid() {
    return new Color(0xD9, 0xDD, 0xE3);
  }

  /** Applies fonts and colours to {@code chart}, as a per-chart theme. */
  void apply(JFreeChart chart) {
    StandardChartTheme t = new StandardChartTheme("BriefKit", false);
    t.setExtraLargeFont(bold(11f));
    t.setLargeFont(bold(9f));
    t.setRegularFont(regular(8.5f));
    t.setSmallFont(regular(7.5f));
    Paint text = text();
    t.setTitlePaint(text);
    t.setSubtitlePaint(text);
    t.setChartBackgroundPaint(Color.WHITE);
    t.setLegendBackgroundPaint(Color.WHITE);
    t.setLegendItemPaint(text);
    t.setPlotBackgroundPaint(Color.WHITE);
    t.setPlotOutlinePaint(grid());
    t.setDomainGridlinePaint(grid());
    t.setRangeGridlinePaint(grid());
    t.setBaselinePaint(muted());
    t.setAxisLabelPaint(text);
    t.setTickLabelPaint(text);
    t.setItemLabelPaint(text);
    t.setShadowVisible(false);
    t.setBarPainter(new StandardBarPainter());
    t.setXYBarPainter(new StandardXYBarPainter());
    t.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
    t.setDrawingSupplier(
        new DefaultDrawingSupplier(
            new Paint[] {awt(theme.seriesColour(0))},
            new Paint[] {Color.WHITE},
            DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
            DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
            DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    t.apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setPadding(new RectangleInsets(2, 2, 2, 2));
  }
}
