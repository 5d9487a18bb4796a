package org.briefkit.report.pdf.section;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import org.briefkit.analysis.DomainGroup;
import org.briefkit.analysis.StakeholderGroup;
import org.briefkit.model.Figures;
import org.briefkit.model.Motivation;
import org.briefkit.model.Stakeholder;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Text;

/**
 * One section per stakeholder, in case order, headed by the question it answers: who the
 * stakeholder is, then its motivations domain by domain, each a {@link MotivationBlock}.
 */
public final class StakeholderSections implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    for (StakeholderGroup g : ctx.analysis().motivations().stakeholders()) {
      stakeholder(ctx, g);
    }
  }

  private static void stakeholder(BriefContext ctx, StakeholderGroup g) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    Stakeholder st = g.stakeholder();
    Heading.add(l, 1, st.question());
    Paragraph who = s.paragraph(s.smallMuted());
    Chunk swatch = new Chunk("\u00a0\u00a0\u00a0\u00a0", s.smallMuted());
    swatch.setBackground(Styles.awt(ctx.colours().get(st.id())));
    who.add(swatch);
    who.add(s.chunk("  " + (st.shortName().equals(st.name()) ? st.name() : ctx.text().get("stakeholder.named", st.name(), st.shortName())), s.smallBold()));
    who.add(s.chunk("  ·  " + ctx.label(st.kind()) + "  ·  " + ctx.text().count(g.tally().count(), "stakeholder.motivations")
        + ", " + ctx.text().get("stakeholder.weight", Figures.weight(g.tally().weight())), s.smallMuted()));
    who.setSpacingAfter(4f);
    l.add(who);
    if (g.motivations().isEmpty()) {
      l.add(s.paragraph(ctx.text().get("stakeholder.none", st.shortName()), s.body()));
      return;
    }
    for (DomainGroup dg : g.domains()) {
      Heading.add(l, 2, dg.domain().label());
      for (Motivation m : dg.motivations()) {
        MotivationBlock.write(ctx, m);
      }
    }
  }
}
