package org.briefkit.report.pdf.section;

import static org.briefkit.report.pdf.layout.Tables.cell;
import static org.briefkit.report.pdf.layout.Tables.headerCell;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import org.briefkit.analysis.DomainMatrix;
import org.briefkit.analysis.MatrixCell;
import org.briefkit.analysis.Tally;
import org.briefkit.model.Domain;
import org.briefkit.model.Figures;
import org.briefkit.model.Stakeholder;
import org.briefkit.report.pdf.layout.Caption;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Tables;

/**
 * The stakeholder × domain matrix as a table: the weight and number of motivations in each
 * cell, shaded by weight, with totals per stakeholder and per domain.
 */
public final class MatrixTable implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    DomainMatrix mx = ctx.analysis().matrix();
    Layout l = ctx.layout();
    Styles s = l.styles();
    Heading.add(l, 2, ctx.text().get("matrix.title"));
    PdfPTable t = Tables.table(widths(l, mx));
    headerCell(s, t, ctx.text().get("matrix.stakeholder"), Element.ALIGN_LEFT);
    for (Domain d : mx.domains()) {
      headerCell(s, t, d.label(), Element.ALIGN_CENTER);
    }
    headerCell(s, t, ctx.text().get("matrix.total"), Element.ALIGN_CENTER);
    t.setHeaderRows(1);
    l.structure().rowHeaders(t);
    int maxWeight = 1;
    for (MatrixCell c : mx.cells().values()) {
      maxWeight = Math.max(maxWeight, c.weight());
    }
    for (Stakeholder st : mx.stakeholders()) {
      PdfPCell name = cell(s, st.shortName(), s.smallBold(), Element.ALIGN_LEFT);
      name.setBorderWidthLeft(3f);
      name.setBorderColorLeft(Styles.awt(ctx.colours().get(st.id())));
      name.setBorder(Rectangle.LEFT | Rectangle.BOTTOM);
      t.addCell(name);
      for (Domain d : mx.domains()) {
        MatrixCell c = mx.cell(st.id(), d.id());
        double k = (double) c.weight() / maxWeight;
        Color bg = Styles.mix(Color.WHITE, s.accent(), 0.85 * k);
        Color fg = k > 0.5 ? Color.WHITE : s.text();
        PdfPCell cell = cell(s, c.weight() == 0 ? "–" : Figures.weight(c.weight()) + " (" + c.count() + ")",
            s.font(c.weight() > 0, 8f, fg), Element.ALIGN_CENTER);
        cell.setBackgroundColor(bg);
        t.addCell(cell);
      }
      t.addCell(total(s, mx.stakeholderTotals().get(st.id())));
    }
    t.addCell(cell(s, ctx.text().get("matrix.all"), s.smallBold(), Element.ALIGN_LEFT));
    for (Domain d : mx.domains()) {
      t.addCell(total(s, mx.domainTotals().get(d.id())));
    }
    t.addCell(total(s, mx.total()));
    KeepTogether.ensureSpace(l, 60);
    l.add(t);
    Caption.add(l, ctx.text().get("matrix.caption"),
        SourceLine.of(ctx.text(), ctx.theCase(), ctx.theCase().motivations().stream().flatMap(m -> m.evidence().stream()).toList()));
  }

  private static PdfPCell total(Styles s, Tally tot) {
    return cell(s, Figures.weight(tot.weight()) + " (" + tot.count() + ")", s.smallBold(), Element.ALIGN_CENTER);
  }

  /**
   * Column widths for the matrix: each domain column wide enough for the longest word of its
   * label (so that no word breaks), the rest of the width shared out evenly.
   */
  private static float[] widths(Layout l, DomainMatrix mx) {
    int nd = mx.domains().size();
    float[] w = new float[nd + 2];
    BaseFont bold = l.styles().fonts().bold();
    float size = 7.5f;
    float pad = 8f;
    float first = bold.getWidthPoint(l.text().get("matrix.stakeholder"), size) + pad;
    for (Stakeholder st : mx.stakeholders()) {
      first = Math.max(first, bold.getWidthPoint(st.shortName(), 8f) + pad + 3f);
    }
    w[0] = Math.min(first, 110f);
    for (int i = 0; i < nd; i++) {
      float need = bold.getWidthPoint("00 (00)", 8f) + pad;
      for (String word : mx.domains().get(i).label().split("\\s+")) {
        need = Math.max(need, bold.getWidthPoint(word, size) + pad);
      }
      w[i + 1] = need;
    }
    w[nd + 1] = bold.getWidthPoint("000 (00)", 8f) + pad;
    float total = 0;
    for (float x : w) {
      total += x;
    }
    float available = l.textWidth();
    if (total < available) {
      float extra = (available - total) / (nd + 1);
      for (int i = 1; i <= nd; i++) {
        w[i] += extra;
      }
      w[0] += extra;
    }
    return w;
  }
}
