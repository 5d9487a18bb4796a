package org.briefkit.report.pdf.section;

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
    Heading.add(l, 1, "Findings");
    if (ctx.analysis().findings().isEmpty()) {
      l.add(s.paragraph("The analysis yields no findings for this case.", s.body()));
      return;
    }
    l.add(s.paragraph("Derived from the figures of the analysis, without judgment.", s.smallMuted()));
    Finding.Topic last = null;
    for (Finding f : ctx.analysis().findings()) {
      if (f.topic() != last) {
        KeepTogether.ensureSpace(l, 50);
        Paragraph topic = s.paragraph(topicLabel(f.topic()), s.font(true, 8f, s.accent()));
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

  private static String topicLabel(Finding.Topic t) {
    switch (t) {
      case PROFILE:
        return "PROFILES";
      case CONVERGENCE:
        return "CONVERGENCE";
      case DRIVERS:
        return "DRIVERS";
      case TIMELINE:
        return "TIMELINE";
      case ARMS_FLOWS:
        return "ARMS FLOWS";
      default:
        return "EVIDENCE";
    }
  }
}
