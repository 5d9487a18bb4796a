package org.briefkit.report.pdf.section;

import com.google.common.collect.ImmutableList;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.Finding;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;

/** The findings the analysis derives from its figures, as bullets grouped by topic. */
public final class Findings implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    ImmutableList<Finding> findings = ctx.analysis().findingsIn(ctx.text().language());
    Heading.add(l, 1, ctx.text().get("findings.title"));
    if (findings.isEmpty()) {
      l.add(s.paragraph(ctx.text().get("findings.none"), s.body()));
      return;
    }
    l.add(s.paragraph(ctx.text().get("findings.intro"), s.smallMuted()));
    Finding.Topic last = null;
    for (Finding f : findings) {
      if (f.topic() != last) {
        KeepTogether.ensureSpace(l, 50);
        Paragraph topic = s.paragraph(ctx.text().get("findings.topic." + f.topic().name()), s.font(true, 8f, s.accent()));
        topic.setSpacingBefore(6f);
        l.add(topic);
        last = f.topic();
      }
      Paragraph p = s.paragraph(s.body());
      p.add(s.chunk("•  ", s.body()));
      p.add(s.chunk(f.text(), s.body()));
      p.setIndentationLeft(10f);
      p.setFirstLineIndent(-8f);
      l.add(p);
    }
  }
}
