package org.briefkit.report.pdf.section;

import com.google.common.collect.ImmutableList;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.util.List;
import java.util.stream.Collectors;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.TimelineEntry;
import org.briefkit.model.Event;
import org.briefkit.report.pdf.chart.Charts;
import org.briefkit.report.pdf.chart.TimelineRow;
import org.briefkit.report.pdf.chart.TimelineSeries;
import org.briefkit.report.pdf.layout.ChartBox;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Text;
import org.jfree.chart.JFreeChart;

/**
 * The context: the case's summary, then the timeline of its dated events, split into charts
 * that each fit a page; undated events are named in the last caption.
 */
public final class ContextAndTimeline implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    Heading.add(l, 1, ctx.text().get("context.title"));
    CaseAnalysis analysis = ctx.analysis();
    for (String para : Text.paragraphs(ctx.theCase().summary())) {
      Paragraph p = s.paragraph(para, s.body());
      p.setSpacingAfter(5f);
      p.setAlignment(Element.ALIGN_LEFT);
      l.add(p);
    }
    ImmutableList<TimelineEntry> entries = analysis.timeline().entries();
    if (entries.isEmpty()) {
      return;
    }
    List<TimelineRow> rows = TimelineSeries.rows(entries, ctx.locale(), s.fonts()::shown);
    String undated = analysis.timeline().undated().isEmpty() ? "" : " " + ctx.text().get("context.undated",
        analysis.timeline().undated().stream().map(Event::title).collect(Collectors.joining("; ")));
    // a long timeline is split into charts that each fit a page, so that rows never crowd
    int perChart = Math.max(10, (int) ((ChartBox.maxHeight(l) - 40f) / 14f));
    int parts = (rows.size() + perChart - 1) / perChart;
    for (int part = 0; part < parts; part++) {
      List<TimelineRow> slice = rows.subList(part * perChart, Math.min(rows.size(), (part + 1) * perChart));
      float height = Math.max(140f, 40f + slice.size() * 14f);
      String caption = (parts > 1 ? ctx.text().get("context.caption.part", part + 1, parts) : ctx.text().get("context.caption"))
          + (part == parts - 1 ? undated : "");
      JFreeChart chart = Charts.timeline(slice, ctx.chartStyle());
      String source = SourceLine.of(ctx.text(), ctx.theCase(), entries.subList(part * perChart, part * perChart + slice.size())
          .stream().flatMap(e -> e.event().evidence().stream()).toList());
      if (part == 0) {
        ChartBox.withHeading(l, ctx.text().get("context.timeline"), chart, height, caption, source);
      } else {
        ChartBox.add(l, chart, height, caption, source);
      }
    }
  }
}
