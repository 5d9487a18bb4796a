package org.briefkit.report.pdf.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.briefkit.analysis.TimelineEntry;
import org.briefkit.report.pdf.layout.Text;

/**
 * The dated events of a timeline as chart rows: each spans the earliest to the latest day its
 * date allows, labelled with the date and the title, clipped to fit beside the chart.
 */
public final class TimelineSeries {
  private static final int LABEL_CHARS = 64;

  private TimelineSeries() {}

  /** The rows of {@code entries}, dates in {@code locale}; labels go through {@code shown}. */
  public static List<TimelineRow> rows(
      List<TimelineEntry> entries, Locale locale, UnaryOperator<String> shown) {
    List<TimelineRow> rows = new ArrayList<>();
    for (TimelineEntry e : entries) {
      String label = e.when().format(locale) + "  " + e.event().title();
      rows.add(new TimelineRow(e.when().start().earliest(), e.when().end().latest(), shown.apply(Text.clip(label, LABEL_CHARS))));
    }
    return rows;
  }
}
