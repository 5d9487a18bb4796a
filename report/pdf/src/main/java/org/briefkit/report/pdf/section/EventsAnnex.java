package org.briefkit.report.pdf.section;

import static org.briefkit.report.pdf.layout.Tables.cell;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.Event;
import org.briefkit.report.pdf.layout.Caption;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.SlicedTable;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Tables;
import org.briefkit.report.pdf.layout.Text;

/** Annex B: every event, dated ones in date order and undated ones after, with its significance. */
public final class EventsAnnex implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    Heading.add(l, 2, ctx.text().get("annex.events"));
    PdfPTable t = Tables.table(new float[] {1.5f, 3.2f, 1.1f, 2.4f, 1.2f});
    for (String h : List.of("date", "event", "kind", "participants", "where")) {
      h = ctx.text().get("events." + h);
      Tables.headerCell(s, t, h, Element.ALIGN_LEFT);
    }
    t.setHeaderRows(1);
    List<Event> ordered = new ArrayList<>();
    ctx.analysis().timeline().entries().forEach(e -> ordered.add(e.event()));
    ordered.addAll(ctx.analysis().timeline().undated());
    SlicedTable sliced = new SlicedTable(l, t);
    for (Event e : ordered) {
      sliced.row();
      t.addCell(cell(s, e.when().map(w -> w.format(ctx.locale())).orElse(ctx.text().get("events.undated")), s.small(), Element.ALIGN_LEFT));
      PdfPCell what = cell(s, e.title(), s.smallBold(), Element.ALIGN_LEFT);
      if (!e.significance().isBlank()) {
        what.getPhrase().add(s.chunk("\n" + Text.flow(e.significance()), s.smallMuted()));
      }
      String mark = ImportMark.of(ctx.text(), ctx.theCase(), e.evidence(), java.util.Optional.empty(), List.of());
      if (!mark.isEmpty()) {
        what.getPhrase().add(s.chunk("\n" + mark.strip(), s.smallMuted()));
      }
      t.addCell(what);
      t.addCell(cell(s, ctx.label(e.kind()), s.small(), Element.ALIGN_LEFT));
      t.addCell(cell(s, ctx.actorNames(e.participants()), s.small(), Element.ALIGN_LEFT));
      t.addCell(cell(s, e.location().orElse(""), s.small(), Element.ALIGN_LEFT));
    }
    sliced.finish();
    Caption.source(l, SourceLine.of(ctx.text(), ctx.theCase(), ordered.stream().flatMap(e -> e.evidence().stream()).toList()));
  }
}
