package org.briefkit.report.pdf.section;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import org.briefkit.model.Indicator;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Messages;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Text;

/**
 * The box under a key judgment headed "What would change our assessment": the indicators that
 * would strengthen the judgment beside those that would weaken it, each with its status when
 * it is no longer only watched for ("observed 2023-05", "lapsed"). Both columns are always
 * there, so that a judgment with nothing named on one side shows it.
 */
final class IndicatorBox {
  private IndicatorBox() {}

  /** The box of {@code indicators}, which bear on {@code j}. */
  static PdfPTable of(BriefContext ctx, KeyJudgment j, List<Indicator> indicators) {
    Styles s = ctx.layout().styles();
    Color tint = Styles.mix(s.accent(), Color.WHITE, 0.94);
    PdfPTable t = new PdfPTable(2);
    t.setWidthPercentage(100);
    PdfPCell title = cell(tint);
    title.setColspan(2);
    title.addElement(s.paragraph(ctx.text().get("indicators.title"), s.font(true, 7.5f, s.accent())));
    title.setPaddingTop(4f);
    title.setPaddingBottom(2f);
    PdfPCell strengthen = column(ctx, ctx.text().get("indicators.strengthen"),
        indicators.stream().filter(i -> i.strengthens().contains(j.id())).toList(), tint);
    for (PdfPCell c : new PdfPCell[] {title, strengthen}) {
      c.setBorder(Rectangle.LEFT);
      c.setBorderColorLeft(s.accent());
      c.setBorderWidthLeft(1.5f);
    }
    t.addCell(title);
    t.addCell(strengthen);
    t.addCell(column(ctx, ctx.text().get("indicators.weaken"),
        indicators.stream().filter(i -> i.weakens().contains(j.id())).toList(), tint));
    return t;
  }

  private static PdfPCell column(BriefContext ctx, String heading, List<Indicator> items, Color tint) {
    Styles s = ctx.layout().styles();
    PdfPCell c = cell(tint);
    c.setPaddingBottom(5f);
    c.addElement(s.paragraph(heading, s.font(true, 7f, s.muted())));
    if (items.isEmpty()) {
      c.addElement(s.paragraph(ctx.text().get("indicators.none"), s.font(false, 7.5f, s.muted())));
    }
    for (Indicator i : items) {
      Paragraph p = s.paragraph(s.font(false, 7.5f, s.text()));
      p.add(s.chunk("•  " + Text.flow(i.statement()), s.font(false, 7.5f, s.text())));
      String status = status(ctx.text(), i);
      if (!status.isEmpty()) {
        p.add(s.chunk("  " + status, s.font(true, 7f, s.accent())));
      }
      p.setIndentationLeft(8f);
      p.setFirstLineIndent(-8f);
      p.setSpacingBefore(1.5f);
      c.addElement(p);
    }
    return c;
  }

  /** What became of an indicator: "observed 2023-05", "observed", "lapsed", or nothing when watched for. */
  static String status(Messages text, Indicator i) {
    switch (i.status()) {
      case OBSERVED:
        return i.observed().map(d -> text.get("indicators.observedOn", d, d.format(text.locale()))).orElse(text.get("indicators.observed"));
      case LAPSED:
        return text.get("indicators.lapsed");
      default:
        return "";
    }
  }

  private static PdfPCell cell(Color tint) {
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    c.setBackgroundColor(tint);
    c.setPaddingLeft(7f);
    c.setPaddingRight(7f);
    c.setPaddingTop(2f);
    c.setUseAscender(true);
    return c;
  }
}
