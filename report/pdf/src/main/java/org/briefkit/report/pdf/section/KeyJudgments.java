package org.briefkit.report.pdf.section;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.briefkit.model.Confidence;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.Indicator;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Messages;
import org.briefkit.report.pdf.chart.ConfidenceLook;
import org.briefkit.report.pdf.layout.Badge;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Text;
import org.briefkit.report.pdf.text.BriefText;

/**
 * The key judgments, numbered, each with two badges, its confidence and, when it states one,
 * its likelihood as the term and range of the case's estimative scale, and the number of
 * motivations it rests on; under a judgment that indicators bear on, the box of what would
 * change the assessment ({@link IndicatorBox}). Each judgment is kept on one page.
 */
public final class KeyJudgments implements BriefSection {
  private static final float MIN_INDENT = 14f;
  private static final float GAP = 5f;

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    Heading.add(l, 1, ctx.text().get("judgments.title"));
    if (ctx.theCase().judgments().isEmpty()) {
      l.add(s.paragraph(ctx.text().get("judgments.none"), s.body()));
      return;
    }
    EstimativeScale scale = ctx.theCase().scale();
    float confidenceWidth = 0;
    for (Confidence c : Confidence.values()) {
      confidenceWidth = Math.max(confidenceWidth, Badge.width(s, ConfidenceLook.label(ctx.text(), c)));
    }
    // The numbers hang in a column as wide as the widest needs ("10." is wider than "9.").
    float indent = Math.max(MIN_INDENT,
        s.fonts().bold().getWidthPoint(ctx.theCase().judgments().size() + ".", s.bodyBold().getSize()) + 4f);
    for (KeyJudgment j : ctx.theCase().judgments()) {
      int n = ctx.judgmentNumber(j.id());
      PdfPTable block = new PdfPTable(new float[] {indent, l.textWidth() - indent});
      block.setTotalWidth(l.textWidth());
      block.setLockedWidth(true);
      block.setSpacingBefore(n == 1 ? 4f : 8f);
      Paragraph number = s.paragraph(s.bodyBold());
      Chunk destination = new Chunk(n + ".", s.bodyBold());
      destination.setLocalDestination(anchor(j.id()));
      number.add(destination);
      block.addCell(plain(number));
      block.addCell(plain(s.paragraph(Text.flow(j.statement()), s.body())));
      block.addCell(plain(null));
      PdfPCell badges = plain(null);
      badges.addElement(badges(ctx, j, scale, confidenceWidth, l.textWidth() - indent));
      badges.setPaddingTop(4.5f);
      block.addCell(badges);
      List<Indicator> indicators = ctx.theCase().indicators().stream()
          .filter(i -> i.judgments().contains(j.id())).toList();
      if (!indicators.isEmpty()) {
        block.addCell(plain(null));
        PdfPCell box = plain(null);
        box.addElement(IndicatorBox.of(ctx, j, indicators));
        box.setPaddingTop(5f);
        block.addCell(box);
      }
      KeepTogether.ensureSpace(l, block.getTotalHeight() + block.spacingBefore());
      l.add(block);
    }
  }

  /** The named destination of key judgment {@code id}, its number, which other sections link to. */
  static String anchor(JudgmentId id) {
    return "judgment:" + id.value();
  }

  /** The text of a likelihood badge: the term and its range, "very likely · 80–95 %". */
  static String likelihoodLabel(Messages text, EstimativeScale scale, EstimativeScale.Band b) {
    return BriefText.term(text, scale, b) + " · " + BriefText.figure(text, b.range());
  }

  /**
   * The badge line of {@code j}: its confidence badge, all of one width so that they line up,
   * then its likelihood badge when it states a likelihood, then the motivations it rests on.
   */
  private static PdfPTable badges(BriefContext ctx, KeyJudgment j, EstimativeScale scale,
      float confidenceWidth, float width) throws DocumentException {
    Styles s = ctx.layout().styles();
    Optional<EstimativeScale.Band> band = j.likelihood().flatMap(scale::band);
    String likelihood = band.map(b -> likelihoodLabel(ctx.text(), scale, b)).orElse("");
    float likelihoodWidth = band.isPresent() ? Badge.width(s, likelihood) : 0f;
    PdfPTable t = new PdfPTable(band.isPresent() ? 5 : 3);
    t.setWidthPercentage(100);
    t.setWidths(band.isPresent()
        ? new float[] {confidenceWidth, GAP, likelihoodWidth, GAP, width - confidenceWidth - likelihoodWidth - 2 * GAP}
        : new float[] {confidenceWidth, GAP, width - confidenceWidth - GAP});
    ConfidenceLook c = ConfidenceLook.of(j.confidence(), s.accent());
    t.addCell(Badge.cell(s, ConfidenceLook.label(ctx.text(), j.confidence()),
        new Badge.Look(c.fill(), c.ink(), c.outline())));
    t.addCell(Badge.none());
    if (band.isPresent()) {
      t.addCell(Badge.cell(s, likelihood, likelihoodLook(s)));
      t.addCell(Badge.none());
    }
    PdfPCell rests = Badge.none();
    rests.setPhrase(s.phrase(ctx.text().count(j.supportedBy().size(), "judgments.restsOn"), s.font(false, 7f, s.muted())));
    rests.setVerticalAlignment(Element.ALIGN_MIDDLE);
    rests.setUseAscender(true);
    t.addCell(rests);
    return t;
  }

  /**
   * The look of every likelihood badge: one neutral look whatever the band, so that it reads
   * as a label of the judgment and is never mistaken for a grade of confidence.
   */
  private static Badge.Look likelihoodLook(Styles s) {
    return new Badge.Look(Styles.mix(s.muted(), Color.WHITE, 0.88), s.text(),
        Styles.mix(s.muted(), Color.WHITE, 0.45));
  }

  private static PdfPCell plain(Paragraph p) {
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0f);
    if (p != null) {
      c.addElement(p);
    }
    return c;
  }
}
