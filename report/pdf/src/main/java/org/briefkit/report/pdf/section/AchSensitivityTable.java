package org.briefkit.report.pdf.section;

import static org.briefkit.report.pdf.layout.Tables.cell;

import com.google.common.collect.ImmutableList;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.briefkit.analysis.ach.AchAnalysis;
import org.briefkit.analysis.ach.HypothesisScore;
import org.briefkit.analysis.ach.Removal;
import org.briefkit.model.Figures;
import org.briefkit.model.Messages;
import org.briefkit.report.pdf.chart.ScoreBars;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Tables;
import org.briefkit.report.pdf.layout.Text;

/**
 * How the ranking of an ACH matrix depends on single items: for the most diagnostic items,
 * which hypothesis leads with the item left out, the whole ranking then, and whether the
 * leader changes. Rows whose item is a linchpin (without it another hypothesis would lead or
 * tie) are emphasised: set in bold on a warm tint, with a bar at their left edge.
 */
final class AchSensitivityTable {
  /** How many of the most diagnostic items the table shows (linchpins further down as well). */
  static final int ROWS = 5;

  private AchSensitivityTable() {}

  /**
   * The removals the table shows: those of the {@value #ROWS} most diagnostic items, and of any
   * less diagnostic item that is a linchpin, so that no linchpin is left out.
   */
  static ImmutableList<Removal> shown(AchAnalysis a) {
    List<Removal> out = new ArrayList<>();
    for (int i = 0; i < a.sensitivity().size(); i++) {
      Removal r = a.sensitivity().get(i);
      if (i < ROWS || r.flipsLeader()) {
        out.add(r);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** The table of {@code removals}, rows of the analysis {@code a}. */
  static PdfPTable of(BriefContext ctx, AchAnalysis a, List<Removal> removals) {
    Styles s = ctx.layout().styles();
    Messages text = ctx.text();
    PdfPTable t = Tables.table(new float[] {3.5f, 1.3f, 4.3f, 1.5f});
    for (String h : List.of("left", "leads", "ranking", "changes")) {
      Tables.headerCell(s, t, text.get("ach.sensitivity.header." + h), Element.ALIGN_LEFT);
    }
    t.setHeaderRows(1);
    Color tint = new Color(0xFB, 0xE9, 0xE2);
    for (Removal r : removals) {
      boolean flips = r.flipsLeader();
      Font f = s.font(flips, 7.5f, s.text());
      PdfPCell item = cell(s, "", f, Element.ALIGN_LEFT);
      Phrase p = s.phrase("", f);
      p.add(s.chunk(r.item().item().id().value(), s.font(true, 7.5f, s.text())));
      p.add(s.chunk("  " + Text.clip(Text.flow(r.item().item().text()), 90), s.font(false, 7.5f, s.text())));
      item.setPhrase(p);
      PdfPCell leads = cell(s, leaders(text, r), f, Element.ALIGN_LEFT);
      PdfPCell ranking = cell(s, ranking(r), s.font(false, 7.5f, s.text()), Element.ALIGN_LEFT);
      PdfPCell changes = cell(s, text.get(flips ? "ach.sensitivity.yes" : "ach.sensitivity.no"), flips ? s.font(true, 7.5f, s.text()) : s.font(false, 7.5f, s.muted()),
          Element.ALIGN_LEFT);
      if (flips) {
        for (PdfPCell c : new PdfPCell[] {item, leads, ranking, changes}) {
          c.setBackgroundColor(tint);
        }
        item.setBorder(Rectangle.LEFT | Rectangle.BOTTOM);
        item.setBorderWidthLeft(2.5f);
        item.setBorderColorLeft(AchMatrixTable.BRICK);
      }
      t.addCell(item);
      t.addCell(leads);
      t.addCell(ranking);
      t.addCell(changes);
    }
    return t;
  }

  /** Who leads without the item: "H4", or "H1 and H2 (tie)". */
  static String leaders(Messages text, Removal r) {
    List<String> first = r.ranking().stream().filter(h -> h.rank() == 1)
        .map(h -> ScoreBars.label(h.number())).toList();
    if (first.size() == 1) {
      return first.get(0);
    }
    return text.get("ach.sensitivity.tie", text.list(first));
  }

  /** The ranking without the item, with the scores: "H4 0.00 · H1 −1.41 · …". */
  static String ranking(Removal r) {
    return r.ranking().stream().map(AchSensitivityTable::scored).collect(Collectors.joining(" · "));
  }

  private static String scored(HypothesisScore h) {
    return ScoreBars.label(h.number()) + "\u00a0" + Figures.score(h.inconsistency());
  }
}
