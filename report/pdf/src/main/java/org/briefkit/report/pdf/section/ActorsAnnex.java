package org.briefkit.report.pdf.section;

import static org.briefkit.report.pdf.layout.Tables.cell;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.briefkit.model.Actor;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Tables;

/**
 * Annex A: every actor of the case with its local name, kind, role and affiliation. The local
 * name column is as wide as the longest local name needs, up to a quarter of the width.
 */
public final class ActorsAnnex implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    Heading.add(l, 2, ctx.text().get("annex.actors"));
    float available = l.textWidth();
    float localCol = s.fonts().bold().getWidthPoint(ctx.text().get("actors.localName"), 7.5f) + 8f;
    for (Actor a : ctx.theCase().actors()) {
      if (a.localName().isPresent()) {
        localCol = Math.max(localCol, localWidth(s, a.localName().get()) + 8f);
      }
    }
    localCol = Math.min(localCol, available * 0.25f);
    float rest = available - localCol;
    PdfPTable t = Tables.table(new float[] {rest * 0.26f, localCol, rest * 0.12f, rest * 0.37f, rest * 0.25f});
    for (String h : List.of("name", "localName", "kind", "role", "affiliation")) {
      h = ctx.text().get("actors." + h);
      Tables.headerCell(s, t, h, Element.ALIGN_LEFT);
    }
    t.setHeaderRows(1);
    l.structure().rowHeaders(t);
    for (Actor a : ctx.theCase().actors()) {
      t.addCell(cell(s, a.name(), s.smallBold(), Element.ALIGN_LEFT));
      String local = a.localName().orElse("");
      if (!local.isEmpty() && !s.fonts().canShow(local)) {
        s.fonts().leftOut(local);
        local = "";
      }
      PdfPCell localCell = cell(s, local, s.small(), Element.ALIGN_LEFT);
      l.structure().name(localCell, local, a.country());
      t.addCell(localCell);
      t.addCell(cell(s, ctx.label(a.kind()), s.small(), Element.ALIGN_LEFT));
      t.addCell(cell(s, a.role().orElse(""), s.small(), Element.ALIGN_LEFT));
      t.addCell(cell(s, a.affiliation().map(ctx::actorName).orElse(""), s.small(), Element.ALIGN_LEFT));
    }
    l.add(t);
  }

  /** The width of {@code text} at 8 points, each character in the face that shows it. */
  private static float localWidth(Styles s, String text) {
    float w = 0;
    for (Chunk c : s.chunks(text, s.small())) {
      w += c.getFont().getBaseFont().getWidthPoint(c.getContent(), 8f);
    }
    return w;
  }
}
