package org.briefkit.report.pdf.section;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.briefkit.model.Evidence;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Text;

/**
 * One motivation in a stakeholder's section: the claim with its salience, the rationale, the
 * third parties driving it, and each piece of evidence with a citation linked to the source
 * in the annex.
 */
final class MotivationBlock {
  private MotivationBlock() {}

  /** The named destination of motivation {@code id}, its claim, which other sections link to. */
  static String anchor(MotivationId id) {
    return "motivation:" + id.value();
  }

  static void write(BriefContext ctx, Motivation m) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    KeepTogether.ensureSpace(l, 60);
    Paragraph claim = s.paragraph(s.bodyBold());
    List<Chunk> words = s.chunks(m.claim(), s.bodyBold());
    words.get(0).setLocalDestination(anchor(m.id()));
    words.forEach(claim::add);
    claim.add(s.chunk("   " + ctx.label(m.salience()).toUpperCase(Locale.ROOT), s.font(true, 6.5f, salienceColour(s, m))));
    claim.setSpacingBefore(6f);
    l.add(claim);
    if (!m.rationale().isBlank()) {
      Paragraph r = s.paragraph(Text.flow(m.rationale()), s.body());
      r.setSpacingBefore(1f);
      l.add(r);
    }
    if (!m.drivers().isEmpty()) {
      Paragraph d = s.paragraph(s.small());
      d.add(s.chunk(ctx.text().get("motivation.drivenBy"), s.smallBold()));
      d.add(s.chunk(ctx.actorNames(m.drivers()), s.small()));
      d.setSpacingBefore(2f);
      l.add(d);
    }
    for (Evidence e : m.evidence()) {
      Paragraph p = s.paragraph(s.smallMuted());
      Citations.add(ctx, p, e, s.font(true, 7.5f, s.accent()));
      p.add(s.chunk("  " + e.text() + "  (" + ctx.label(e.kind()).toLowerCase(Locale.ROOT) + ")", s.smallMuted()));
      p.setIndentationLeft(10f);
      p.setSpacingBefore(1.5f);
      l.add(p);
    }
  }

  private static Color salienceColour(Styles s, Motivation m) {
    switch (m.salience()) {
      case PRIMARY:
        return s.accent();
      case SECONDARY:
        return Styles.mix(s.accent(), Color.WHITE, 0.3);
      default:
        return s.muted();
    }
  }
}
