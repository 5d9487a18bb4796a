package org.briefkit.report.pdf.section;

import static org.briefkit.report.pdf.layout.Tables.cell;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import org.briefkit.analysis.ach.AchAnalysis;
import org.briefkit.analysis.ach.HypothesisScore;
import org.briefkit.analysis.ach.ScoredItem;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchItemKind;
import org.briefkit.model.Figures;
import org.briefkit.model.Messages;
import org.briefkit.model.Rating;
import org.briefkit.report.pdf.chart.ScoreBars;
import org.briefkit.report.pdf.layout.Badge;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Tables;
import org.briefkit.report.pdf.layout.Text;

/**
 * An ACH matrix as a table: the hypotheses as columns H1, H2, …, the items as rows from the
 * most diagnostic down, each with its citation, credibility and relevance and a coloured
 * rating cell per hypothesis; the items that separate no hypotheses last, under a line that
 * says so and in muted type; and at the foot each hypothesis' weighted inconsistency and rank,
 * the leader's marked. Linchpins are tagged beside their id. Below it, a legend of the ratings.
 *
 * <p>The ratings' colours diverge from a cool blue (consistent) to a brick red (inconsistent)
 * through a near-white neutral, with "not applicable" grey. They are kept restrained, and the
 * inconsistent side is the darker, so that in greyscale the darkness of a cell shows what the
 * score counts against a hypothesis; the letters are always printed, so no reader depends on
 * the colour.
 */
final class AchMatrixTable {

  /** The colour of II, which also marks the linchpins here and in the sensitivity table. */
  static final Color BRICK = new Color(0xB4, 0x47, 0x3A);

  private static final float RATING_SIZE = 7.5f;

  private AchMatrixTable() {}

  /** The fill of a rating's cell. */
  static Color fill(Rating r) {
    return switch (r) {
      case CC -> new Color(0xAF, 0xC9, 0xE0);
      case C -> new Color(0xD6, 0xE4, 0xF0);
      case N -> new Color(0xF4, 0xF4, 0xF1);
      case I -> new Color(0xE0, 0x8E, 0x76);
      case II -> BRICK;
      case NA -> new Color(0xE3, 0xE3, 0xE3);
    };
  }

  /** The look of a rating's cell: its fill, its letters (white on II, muted for NA), a white frame. */
  static Badge.Look look(Rating r, Styles s) {
    Color ink = r == Rating.II ? Color.WHITE : r == Rating.NA ? s.muted() : s.text();
    return new Badge.Look(fill(r), ink, Color.WHITE);
  }

  /** The matrix of {@code a}. */
  static PdfPTable of(BriefContext ctx, AchAnalysis a) {
    Layout l = ctx.layout();
    Styles s = l.styles();
    int n = a.matrix().hypotheses().size();
    PdfPTable t = Tables.table(widths(ctx, a));
    for (String h : List.of("item", "source", "credibility", "relevance")) {
      Tables.headerCell(s, t, ctx.text().get("ach.header." + h), Element.ALIGN_LEFT);
    }
    for (int h = 1; h <= n; h++) {
      Tables.headerCell(s, t, ScoreBars.label(h), Element.ALIGN_CENTER);
    }
    t.setHeaderRows(1);
    boolean separated = false;
    for (ScoredItem item : a.items()) {
      if (!item.diagnostic() && !separated) {
        PdfPCell line = cell(s, ctx.text().get("ach.notDiagnostic"), s.font(false, 7f, s.muted()), Element.ALIGN_LEFT);
        line.setColspan(4 + n);
        line.setPaddingTop(5f);
        t.addCell(line);
        separated = true;
      }
      row(ctx, t, item, a.linchpins().contains(item));
    }
    scores(ctx, t, a);
    return t;
  }

  private static void row(BriefContext ctx, PdfPTable t, ScoredItem scored, boolean linchpin) {
    Styles s = ctx.layout().styles();
    AchItem item = scored.item();
    Font text = scored.diagnostic() ? s.font(false, 7.5f, s.text()) : s.font(false, 7.5f, s.muted());
    Font id = s.font(true, 7.5f, scored.diagnostic() ? s.text() : s.muted());
    PdfPCell what = cell(s, "", text, Element.ALIGN_LEFT);
    Phrase p = s.phrase("", text);
    p.add(s.chunk(item.id().value(), id));
    if (linchpin) {
      p.add(s.chunk("  " + ctx.text().get("ach.linchpin"), s.font(true, 6.5f, BRICK)));
    }
    p.add(s.chunk("  " + Text.flow(item.text()), text));
    what.setPhrase(p);
    t.addCell(what);
    t.addCell(citation(ctx, item, scored.diagnostic()));
    t.addCell(cell(s, ctx.text().get("level." + scored.credibility().key()), text, Element.ALIGN_LEFT));
    t.addCell(cell(s, ctx.text().get("level." + item.relevance().key()), text, Element.ALIGN_LEFT));
    for (Rating r : item.ratings()) {
      t.addCell(rating(s, r));
    }
  }

  /** A rating's cell: its letters on its colour, framed in white so that the cells read as tiles. */
  static PdfPCell rating(Styles s, Rating r) {
    Badge.Look look = look(r, s);
    PdfPCell c = new PdfPCell(s.phrase(r.key(), s.font(true, RATING_SIZE, look.ink())));
    c.setBackgroundColor(look.fill());
    c.setBorder(Rectangle.BOX);
    c.setBorderColor(look.border());
    c.setBorderWidth(1.2f);
    c.setHorizontalAlignment(Element.ALIGN_CENTER);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setUseAscender(true);
    c.setPaddingTop(2f);
    c.setPaddingBottom(3.5f);
    return c;
  }

  /**
   * Where the item comes from: the source and the place in it, linked to the sources annex; or
   * that it is a key assumption, or evidence that is absent.
   */
  private static PdfPCell citation(BriefContext ctx, AchItem item, boolean diagnostic) {
    Styles s = ctx.layout().styles();
    if (item.kind() == AchItemKind.EVIDENCE && item.source().isPresent()) {
      Font f = s.font(true, 7f, diagnostic ? s.accent() : s.muted());
      PdfPCell c = cell(s, "", f, Element.ALIGN_LEFT);
      Phrase p = s.phrase("", f);
      Citations.add(ctx, p, item, f);
      c.setPhrase(p);
      return c;
    }
    return cell(s, kind(ctx.text(), item), s.font(false, 7f, s.muted()), Element.ALIGN_LEFT);
  }

  /** What an item without a source is: "key assumption" or "absence of evidence". */
  private static String kind(Messages t, AchItem item) {
    return t.get(item.kind() == AchItemKind.ASSUMPTION ? "ach.keyAssumption" : "ach.absence");
  }

  /** The foot of the table: each hypothesis' score and rank, the leaders' on a tint. */
  private static void scores(BriefContext ctx, PdfPTable t, AchAnalysis a) {
    Styles s = ctx.layout().styles();
    PdfPCell label = cell(s, ctx.text().get("ach.scores"), s.font(true, 7.5f, s.text()), Element.ALIGN_RIGHT);
    label.setColspan(4);
    label.setBorder(Rectangle.TOP);
    label.setBorderColorTop(s.accent());
    label.setBorderWidthTop(0.8f);
    t.addCell(label);
    for (HypothesisScore h : a.scores()) {
      PdfPCell c = cell(s, Figures.score(h.inconsistency()), s.font(true, 7.5f, leads(a, h) ? s.accent() : s.text()),
          Element.ALIGN_CENTER);
      c.setBorder(Rectangle.TOP);
      c.setBorderColorTop(s.accent());
      c.setBorderWidthTop(0.8f);
      c.setNoWrap(true);
      if (leads(a, h)) {
        c.setBackgroundColor(s.tableHeader());
      }
      t.addCell(c);
    }
    PdfPCell rankLabel = cell(s, ctx.text().get("ach.rank"), s.font(false, 7.5f, s.text()), Element.ALIGN_RIGHT);
    rankLabel.setColspan(4);
    rankLabel.setBorder(Rectangle.NO_BORDER);
    t.addCell(rankLabel);
    for (HypothesisScore h : a.scores()) {
      PdfPCell c = cell(s, rank(a, h), s.font(leads(a, h), 7.5f, leads(a, h) ? s.accent() : s.text()),
          Element.ALIGN_CENTER);
      c.setBorder(Rectangle.NO_BORDER);
      if (leads(a, h)) {
        c.setBackgroundColor(s.tableHeader());
      }
      t.addCell(c);
    }
  }

  private static boolean leads(AchAnalysis a, HypothesisScore h) {
    return rankOf(a, h) == 1;
  }

  /** The rank of {@code h} ({@link AchAnalysis#scores()} carry none: the ranking has them). */
  private static int rankOf(AchAnalysis a, HypothesisScore h) {
    return a.ranking().stream().filter(r -> r.number() == h.number()).findFirst().orElseThrow().rank();
  }

  /** "2", or "2=" when another hypothesis shares the rank. */
  static String rank(AchAnalysis a, HypothesisScore h) {
    int rank = rankOf(a, h);
    long sharing = a.ranking().stream().filter(r -> r.rank() == rank).count();
    return rank + (sharing > 1 ? "=" : "");
  }

  /** The legend of the ratings: each one's cell and what it means, on one line. */
  static PdfPTable legend(BriefContext ctx) {
    Styles s = ctx.layout().styles();
    Rating[] ratings = Rating.values();
    float[] widths = new float[ratings.length * 2];
    Font f = s.font(false, 7f, s.text());
    BaseFont base = f.getBaseFont();
    float total = 0;
    for (int i = 0; i < ratings.length; i++) {
      widths[2 * i] = 20f;
      widths[2 * i + 1] = base.getWidthPoint(ctx.text().get("meaning.Rating." + ratings[i].key()), 7f) + 10f;
      total += widths[2 * i] + widths[2 * i + 1];
    }
    PdfPTable t = new PdfPTable(widths);
    t.setTotalWidth(total);
    t.setLockedWidth(true);
    t.setHorizontalAlignment(Element.ALIGN_LEFT);
    t.setSpacingBefore(2f);
    for (Rating r : ratings) {
      t.addCell(rating(s, r));
      PdfPCell meaning = new PdfPCell(s.phrase(ctx.text().get("meaning.Rating." + r.key()), f));
      meaning.setBorder(Rectangle.NO_BORDER);
      meaning.setVerticalAlignment(Element.ALIGN_MIDDLE);
      meaning.setPaddingLeft(3f);
      meaning.setUseAscender(true);
      meaning.setPaddingTop(2f);
      meaning.setPaddingBottom(3.5f);
      t.addCell(meaning);
    }
    return t;
  }

  /**
   * The widths of the columns, in points: source, credibility and relevance as wide as their
   * longest word, each hypothesis a narrow rating column, and the rest for the item's text.
   */
  private static float[] widths(BriefContext ctx, AchAnalysis a) {
    Layout l = ctx.layout();
    int n = a.matrix().hypotheses().size();
    BaseFont bold = l.styles().fonts().bold();
    float pad = 8f;
    BaseFont regular = l.styles().fonts().regular();
    float source = bold.getWidthPoint(ctx.text().get("ach.header.source"), 7.5f) + pad;
    for (ScoredItem i : a.items()) {
      source = Math.max(source, i.item().kind() == AchItemKind.EVIDENCE && i.item().source().isPresent()
          ? width(l.styles(), Citations.of(ctx, i.item()), 7f) + pad
          // "key assumption" and "absence of evidence" may wrap, but not within a word.
          : longestWord(regular, kind(ctx.text(), i.item())) + pad);
    }
    float[] w = new float[4 + n];
    w[1] = Math.min(source, 86f);
    w[2] = bold.getWidthPoint(ctx.text().get("ach.header.credibility"), 7.5f) + pad;
    w[3] = bold.getWidthPoint(ctx.text().get("ach.header.relevance"), 7.5f) + pad;
    float rating = Math.max(24f, bold.getWidthPoint("H" + n, 7.5f) + pad);
    for (HypothesisScore h : a.scores()) {
      // Measured with a hyphen: the first face may lack the minus sign, which a fallback face sets.
      rating = Math.max(rating, bold.getWidthPoint(Figures.score(h.inconsistency()).replace('\u2212', '-'), 7.5f) + pad);
    }
    float rest = l.textWidth() - w[1] - w[2] - w[3];
    // Many hypotheses narrow the rating columns before the item's text falls below a quarter.
    rating = Math.min(rating, Math.max(16f, (rest - l.textWidth() / 4) / n));
    for (int h = 0; h < n; h++) {
      w[4 + h] = rating;
    }
    w[0] = rest - n * rating;
    return w;
  }

  /** The width of bold {@code text} at {@code size}, each character in the face that sets it. */
  /** The width of the longest word of {@code text} at 7 points: a cell wraps between words, never inside one. */
  private static float longestWord(BaseFont font, String text) {
    float w = 0;
    for (String word : text.split(" ")) {
      w = Math.max(w, font.getWidthPoint(word, 7f));
    }
    return w;
  }

  private static float width(Styles s, String text, float size) {
    float w = 0;
    for (Chunk c : s.chunks(text, s.font(true, size, s.text()))) {
      w += c.getFont().getBaseFont().getWidthPoint(c.getContent(), size);
    }
    return w;
  }
}
