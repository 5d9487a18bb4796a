package org.briefkit.report.pdf.section;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import org.briefkit.model.KeyJudgment;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Text;

/**
 * The key judgments, numbered, each with its confidence, its likelihood and the number of
 * motivations it rests on.
 */
public final class KeyJudgments implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    Heading.add(l, 1, "Key judgments");
    if (ctx.theCase().judgments().isEmpty()) {
      l.add(s.paragraph("The case states no key judgments.", s.body()));
      return;
    }
    int n = 1;
    for (KeyJudgment j : ctx.theCase().judgments()) {
      KeepTogether.ensureSpace(l, 50);
      Paragraph p = s.paragraph(s.body());
      p.add(s.chunk(n++ + ".  ", s.bodyBold()));
      p.add(s.chunk(j.statement(), s.body()));
      p.setIndentationLeft(14f);
      p.setFirstLineIndent(-14f);
      p.setSpacingBefore(5f);
      l.add(p);
      StringBuilder meta = new StringBuilder(j.confidence().label()).append(" confidence");
      j.likelihood().flatMap(ctx.theCase().scale()::band).ifPresent(b -> meta.append("  ·  ")
          .append(b.term()).append(" (").append(b.lowPercent()).append("–").append(b.highPercent())
          .append("%)"));
      meta.append("  ·  rests on ").append(Text.count(j.supportedBy().size(), "motivation"));
      Paragraph m = s.paragraph(meta.toString(), s.font(true, 7.5f, s.accent()));
      m.setIndentationLeft(14f);
      l.add(m);
    }
  }
}
