package org.briefkit.report.pdf.section;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import org.briefkit.report.pdf.tag.Role;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Case;
import org.briefkit.model.Messages;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Rule;
import org.briefkit.report.pdf.layout.Styles;

/**
 * The title block: kicker, title, subtitle, byline, distribution marking and the questions the
 * brief answers, closed by a rule.
 */
public final class TitleBlock implements BriefSection {

  /** The distribution marking of {@code c}, "UNMARKED" (in the brief's words) when it has none. */
  public static String marking(Case c, Messages text) {
    return c.marking().orElse(text.get("title.unmarked"));
  }

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Case aCase = ctx.theCase();
    Layout l = ctx.layout();
    Styles s = l.styles();
    Paragraph kicker = s.paragraph(ctx.text().get("title.kicker"), s.font(true, 8f, s.muted()));
    l.add(kicker);
    Paragraph title = s.paragraph(aCase.title(), s.font(true, 22f, s.accent()));
    title.setLeading(26f);
    title.setSpacingBefore(4f);
    l.add(title, Role.H1);
    if (aCase.subtitle().isPresent()) {
      Paragraph sub = s.paragraph(aCase.subtitle().get(), s.font(false, 12.5f, s.text()));
      sub.setLeading(16.5f);
      sub.setSpacingBefore(6f);
      l.add(sub);
    }
    List<String> byline = new ArrayList<>();
    if (!aCase.authors().isEmpty()) {
      byline.add(String.join(", ", aCase.authors()));
    }
    aCase.organisation().ifPresent(byline::add);
    aCase.asOf().ifPresent(d -> byline.add(ctx.text().get("title.asOf", d.format(ctx.locale()))));
    if (!byline.isEmpty()) {
      Paragraph by = s.paragraph(String.join("  ·  ", byline), s.font(false, 9f, s.muted()));
      by.setSpacingBefore(10f);
      l.add(by);
    }
    Paragraph marking = s.paragraph(s.font(true, 8.5f, s.accent()));
    marking.add(s.chunk(ctx.text().get("title.distribution"), s.font(false, 8.5f, s.muted())));
    marking.add(s.chunk(marking(aCase, ctx.text()), s.font(true, 8.5f, s.accent())));
    marking.setSpacingBefore(4f);
    l.add(marking);
    if (!aCase.questions().isEmpty()) {
      Paragraph q = s.paragraph(s.smallMuted());
      q.setSpacingBefore(12f);
      q.add(s.chunk(ctx.text().get("title.answers"), s.smallBold()));
      l.add(q);
      for (String question : aCase.questions()) {
        Paragraph p = s.paragraph(question, s.body());
        p.setIndentationLeft(10f);
        l.add(p);
      }
    }
    Rule.add(l, 14f);
  }
}
