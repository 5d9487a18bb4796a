package org.briefkit.report.pdf.section;

import static org.briefkit.report.pdf.layout.Tables.cell;

import com.google.common.collect.ImmutableList;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import org.briefkit.analysis.MotivationCoverage;
import org.briefkit.analysis.WeakSpot;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Motivation;
import org.briefkit.model.Stakeholder;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.SlicedTable;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Tables;

/**
 * Annex C: the evidence behind each motivation (items, sources, facts, claims, assessments),
 * motivations without evidence in red, then the weak spots of the evidence.
 */
public final class CoverageAnnex implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    Heading.add(l, 2, "Annex C. Evidence coverage");
    PdfPTable t = Tables.table(new float[] {4.1f, 1.5f, 0.8f, 0.9f, 0.7f, 0.8f, 1.1f});
    for (String h : List.of("Motivation", "Stakeholder", "Items", "Sources", "Facts", "Claims", "Assessments")) {
      Tables.headerCell(s, t, h, h.equals("Motivation") || h.equals("Stakeholder") ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
    }
    t.setHeaderRows(1);
    SlicedTable sliced = new SlicedTable(l, t);
    for (MotivationCoverage c : ctx.analysis().coverage().motivations()) {
      sliced.row();
      Motivation m = c.motivation();
      t.addCell(cell(s, m.claim(), s.small(), Element.ALIGN_LEFT));
      t.addCell(cell(s, ctx.theCase().stakeholder(m.stakeholder()).map(Stakeholder::shortName).orElse(""), s.small(), Element.ALIGN_LEFT));
      PdfPCell items = cell(s, Integer.toString(c.items()), c.items() == 0 ? s.font(true, 8f, new Color(0xB0, 0x3A, 0x2E)) : s.small(), Element.ALIGN_CENTER);
      t.addCell(items);
      t.addCell(cell(s, Integer.toString(c.sources()), s.small(), Element.ALIGN_CENTER));
      t.addCell(cell(s, Integer.toString(c.byKind().getOrDefault(EvidenceKind.FACT, 0)), s.small(), Element.ALIGN_CENTER));
      t.addCell(cell(s, Integer.toString(c.byKind().getOrDefault(EvidenceKind.CLAIM, 0)), s.small(), Element.ALIGN_CENTER));
      t.addCell(cell(s, Integer.toString(c.byKind().getOrDefault(EvidenceKind.ASSESSMENT, 0)), s.small(), Element.ALIGN_CENTER));
    }
    sliced.finish();
    ImmutableList<WeakSpot> weak = ctx.analysis().coverage().weakSpots();
    if (!weak.isEmpty()) {
      KeepTogether.ensureSpace(l, 40);
      Paragraph h = s.paragraph("Weak spots", s.font(true, 8f, s.accent()));
      h.setSpacingBefore(4f);
      l.add(h);
      for (WeakSpot w : weak) {
        Paragraph p = s.paragraph("•  " + w.message(), s.small());
        p.setIndentationLeft(10f);
        p.setFirstLineIndent(-8f);
        l.add(p);
      }
    }
  }
}
