package org.briefkit.report.pdf.section;

import static org.briefkit.report.pdf.layout.Tables.cell;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefkit.model.Assumption;
import org.briefkit.model.AssumptionStatus;
import org.briefkit.model.Evidence;
import org.briefkit.report.pdf.layout.Caption;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Tables;
import org.briefkit.report.pdf.layout.Text;

/**
 * The key assumptions, as a key assumptions check left them: each statement, its status as a
 * word with a small swatch of colour (green solid, amber caveated, red unsupported), the key
 * judgments it underpins by their numbers, and the citations of its evidence. Left out when
 * the case states no assumptions.
 */
public final class KeyAssumptions implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    List<Assumption> assumptions = ctx.theCase().assumptions();
    if (assumptions.isEmpty()) {
      return;
    }
    Layout l = ctx.layout();
    Styles s = l.styles();
    Heading.add(l, 1, ctx.text().get("assumptions.title"));
    l.add(s.paragraph(ctx.text().get("assumptions.intro"), s.smallMuted()));
    PdfPTable t = Tables.table(new float[] {5.4f, 1.3f, 1.1f, 1.9f});
    for (String h : List.of("assumption", "status", "underpins", "evidence")) {
      h = ctx.text().get("assumptions." + h);
      Tables.headerCell(s, t, h, Element.ALIGN_LEFT);
    }
    t.setHeaderRows(1);
    for (Assumption a : assumptions) {
      t.addCell(cell(s, Text.flow(a.statement()), s.small(), Element.ALIGN_LEFT));
      t.addCell(status(s, ctx.label(a.status()), a.status()));
      t.addCell(cell(s, ctx.text().get("judgments.short", a.underpins().stream().map(ctx::judgmentNumber)
          .map(String::valueOf).collect(Collectors.joining(", "))), s.small(), Element.ALIGN_LEFT));
      t.addCell(citations(ctx, a.evidence()));
    }
    l.add(t);
    Caption.source(l, SourceLine.of(ctx.text(), ctx.theCase(), assumptions.stream().flatMap(a -> a.evidence().stream()).toList()));
  }

  /** The colour that cues {@code status}: restrained, and never the only sign (the word is there). */
  static Color colour(AssumptionStatus status) {
    switch (status) {
      case SOLID:
        return new Color(0x00, 0x85, 0x62);
      case CAVEATED:
        return new Color(0xC7, 0x8A, 0x00);
      default:
        return new Color(0xB0, 0x3A, 0x2E);
    }
  }

  private static PdfPCell status(Styles s, String label, AssumptionStatus status) {
    PdfPCell c = cell(s, "", s.small(), Element.ALIGN_LEFT);
    Phrase p = s.phrase("", s.small());
    Chunk swatch = new Chunk("\u00a0\u00a0", s.font(false, 6f, s.text()));
    swatch.setBackground(colour(status), 0f, 0.5f, 0f, 0.5f);
    p.add(swatch);
    p.add(s.chunk("  " + label, s.small()));
    c.setPhrase(p);
    return c;
  }

  private static PdfPCell citations(BriefContext ctx, List<Evidence> evidence) {
    Styles s = ctx.layout().styles();
    PdfPCell c = cell(s, evidence.isEmpty() ? ctx.text().get("assumptions.none") : "", evidence.isEmpty() ? s.smallMuted() : s.small(), Element.ALIGN_LEFT);
    if (!evidence.isEmpty()) {
      Phrase p = s.phrase("", s.small());
      Set<String> cited = new HashSet<>();
      for (Evidence e : evidence) {
        if (!cited.add(Citations.of(ctx, e))) {
          continue;
        }
        if (cited.size() > 1) {
          p.add(s.chunk(" ", s.small()));
        }
        Citations.add(ctx, p, e, s.font(true, 7.5f, s.accent()));
      }
      c.setPhrase(p);
    }
    return c;
  }
}
