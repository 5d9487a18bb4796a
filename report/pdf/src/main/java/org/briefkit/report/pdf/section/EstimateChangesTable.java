package org.briefkit.report.pdf.section;

import static org.briefkit.report.pdf.layout.Tables.cell;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefkit.analysis.changes.CaseChanges;
import org.briefkit.analysis.changes.ElementChange;
import org.briefkit.analysis.changes.EstimateChange;
import org.briefkit.analysis.tradecraft.TradecraftWarning;
import org.briefkit.model.Confidence;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.Likelihood;
import org.briefkit.model.Messages;
import org.briefkit.report.pdf.chart.ConfidenceLook;
import org.briefkit.report.pdf.layout.Badge;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Tables;
import org.briefkit.report.pdf.layout.Text;

/**
 * The table of the "What changed" section: the key judgments whose confidence or likelihood
 * changed since the previous version, as they stood and as they stand, with the reason given.
 */
final class EstimateChangesTable {


  private static final Color RED = new Color(0xB0, 0x3A, 0x2E);

  private EstimateChangesTable() {}

  /** The key judgments whose confidence or likelihood changed, in the new version's order. */
  static List<ElementChange> rows(CaseChanges changes) {
    return changes.sections().stream()
        .filter(s -> s.name().equals("judgments"))
        .flatMap(s -> s.changes().stream())
        .filter(e -> e.estimate().isPresent())
        .toList();
  }

  /**
   * The table of judgments whose estimates moved: the judgment by its number, linked to it; its
   * badges before and after, the badge columns as wide as their widest badge; the reason.
   */
  static PdfPTable table(BriefContext ctx, List<ElementChange> rows) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    EstimativeScale scale = ctx.theCase().scale();
    float badge = Badge.width(s, ConfidenceLook.label(ctx.text(), Confidence.MODERATE));
    for (ElementChange row : rows) {
      EstimateChange e = row.estimate().orElseThrow();
      for (Optional<Likelihood> li : List.of(e.likelihoodBefore(), e.likelihoodAfter())) {
        badge = Math.max(badge, li.map(x -> Badge.width(s, likelihoodLabel(ctx.text(), scale, x))).orElse(0f));
      }
      for (Confidence c : List.of(e.confidenceBefore(), e.confidenceAfter())) {
        badge = Math.max(badge, Badge.width(s, ConfidenceLook.label(ctx.text(), c)));
      }
    }
    float column = badge + 8f;
    float rest = l.textWidth() - 2 * column;
    PdfPTable t = Tables.table(new float[] {rest * 0.38f, column, column, rest * 0.62f});
    t.setTotalWidth(l.textWidth());
    t.setLockedWidth(true);
    for (String h : List.of("judgment", "before", "after", "reason")) {
      h = ctx.text().get("changes.estimates." + h);
      Tables.headerCell(s, t, h, Element.ALIGN_LEFT);
    }
    t.setHeaderRows(1);
    // The judgments (by number) whose change the tradecraft check lists as given no reason.
    Set<Integer> warned = new HashSet<>();
    for (TradecraftWarning w : ctx.analysis().tradecraft()) {
      if (w.rule().equals(TradecraftAnnex.CHANGE_RULE) && w.pointer().startsWith("/judgments/")) {
        warned.add(Integer.parseInt(w.pointer().split("/")[2]) + 1);
      }
    }
    for (ElementChange row : rows) {
      EstimateChange e = row.estimate().orElseThrow();
      // A judgment whose estimate moved is in both versions, so it has its number in this brief.
      JudgmentId id = JudgmentId.of(row.key());
      t.addCell(judgmentCell(ctx, row, id));
      t.addCell(badges(ctx, scale, e.confidenceBefore(), e.likelihoodBefore(), badge));
      t.addCell(badges(ctx, scale, e.confidenceAfter(), e.likelihoodAfter(), badge));
      t.addCell(reasonCell(ctx, e, warned.contains(ctx.judgmentNumber(id))));
    }
    return t;
  }

  /** "1. The statement", linked to the judgment; the statement as the new version words it. */
  private static PdfPCell judgmentCell(BriefContext ctx, ElementChange row, JudgmentId id) {
    Styles s = ctx.layout().styles();
    PdfPCell c = cell(s, "", s.small(), Element.ALIGN_LEFT);
    Phrase p = s.phrase("", s.small());
    List<Chunk> chunks = new ArrayList<>(s.chunks(ctx.judgmentNumber(id) + ".  ", s.smallBold()));
    chunks.addAll(s.chunks(Text.flow(row.label()), s.small()));
    for (Chunk chunk : chunks) {
      chunk.setLocalGoto(KeyJudgments.anchor(id));
      p.add(chunk);
    }
    c.setPhrase(p);
    return c;
  }

  /** A judgment's confidence badge over its likelihood badge, or over "no likelihood". */
  private static PdfPCell badges(BriefContext ctx, EstimativeScale scale, Confidence confidence,
      Optional<Likelihood> likelihood, float width) {
    Styles s = ctx.layout().styles();
    PdfPTable stack = new PdfPTable(1);
    stack.setTotalWidth(width);
    stack.setLockedWidth(true);
    stack.setHorizontalAlignment(Element.ALIGN_LEFT);
    ConfidenceLook look = ConfidenceLook.of(confidence, s.accent());
    stack.addCell(Badge.cell(s, ConfidenceLook.label(ctx.text(), confidence), new Badge.Look(look.fill(), look.ink(), look.outline())));
    PdfPCell gap = Badge.none();
    gap.setFixedHeight(3f);
    stack.addCell(gap);
    if (likelihood.isPresent()) {
      stack.addCell(Badge.cell(s, likelihoodLabel(ctx.text(), scale, likelihood.get()), likelihoodLook(s)));
    } else {
      PdfPCell none = Badge.none();
      none.setPhrase(s.phrase(ctx.text().get("changes.estimates.noLikelihood"), s.font(false, 7f, s.muted())));
      none.setHorizontalAlignment(Element.ALIGN_CENTER);
      stack.addCell(none);
    }
    PdfPCell c = cell(s, "", s.small(), Element.ALIGN_LEFT);
    c.addElement(stack);
    return c;
  }

  /** The likelihood badge's text, as Key judgments shows it; the key, for a term the scale lacks. */
  private static String likelihoodLabel(Messages text, EstimativeScale scale, Likelihood likelihood) {
    return scale.band(likelihood).map(b -> KeyJudgments.likelihoodLabel(text, scale, b)).orElse(likelihood.key());
  }

  /** The look of a likelihood badge, as Key judgments draws it. */
  private static Badge.Look likelihoodLook(Styles s) {
    return new Badge.Look(Styles.mix(s.muted(), Color.WHITE, 0.88), s.text(), Styles.mix(s.muted(), Color.WHITE, 0.45));
  }

  /**
   * The reason the new version gives; or, in red, that it gives none, naming the tradecraft
   * rule that warns of it when the tradecraft annex lists that warning.
   */
  private static PdfPCell reasonCell(BriefContext ctx, EstimateChange e, boolean warned) {
    Styles s = ctx.layout().styles();
    if (e.reason().isPresent()) {
      return cell(s, Text.flow(e.reason().get()), s.small(), Element.ALIGN_LEFT);
    }
    PdfPCell c = cell(s, "", s.small(), Element.ALIGN_LEFT);
    Phrase p = s.phrase("", s.small());
    p.add(s.chunk(ctx.text().get("changes.estimates.noReason"), s.font(true, 8f, RED)));
    if (warned) {
      p.add(s.chunk("  " + ctx.text().get("changes.estimates.seeCheck", TradecraftAnnex.CHANGE_RULE), s.smallMuted()));
    }
    c.setPhrase(p);
    return c;
  }

}
