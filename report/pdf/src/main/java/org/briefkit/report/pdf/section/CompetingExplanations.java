package org.briefkit.report.pdf.section;

import com.google.common.collect.ImmutableList;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.briefkit.analysis.ach.Ach;
import org.briefkit.analysis.ach.AchAnalysis;
import org.briefkit.analysis.ach.Removal;
import org.briefkit.model.Hypothesis;
import org.briefkit.model.Messages;
import org.briefkit.report.pdf.chart.AchScoresChart;
import org.briefkit.report.pdf.chart.ScoreBars;
import org.briefkit.report.pdf.layout.Caption;
import org.briefkit.report.pdf.layout.ChartBox;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Text;

/**
 * Competing explanations: the case's analyses of competing hypotheses (ACH), one subsection per
 * matrix headed by the question it answers. Each lists the hypotheses as H1, H2, …; sets out
 * the matrix ({@link AchMatrixTable}), the chart of the scores ({@link AchScoresChart}), how
 * the ranking depends on single items ({@link AchSensitivityTable}), and what the matrix shows
 * in words. Left out when the case has no matrix.
 */
public final class CompetingExplanations implements BriefSection {
  /** The height of what precedes a matrix: its label, a line or two of explanation, the key. */
  private static final float MATRIX_KEY = 72f;
  /** The height of the section's introduction and the first question's heading. */
  private static final float INTRO = 90f;

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    ImmutableList<AchAnalysis> analyses = ctx.analysis().ach();
    if (analyses.isEmpty()) {
      return;
    }
    Layout l = ctx.layout();
    Styles s = l.styles();
    // The section's heading and introduction stay with the first question's opening.
    Heading.add(l, 1, ctx.text().get("ach.title"), INTRO + opening(l, AchMatrixTable.of(ctx, analyses.get(0)), hypotheses(s, analyses.get(0))));
    l.add(s.paragraph(ctx.text().get("ach.intro"), s.smallMuted()));
    for (AchAnalysis a : analyses) {
      matrix(ctx, a, heading(ctx, analyses, a));
    }
  }

  /** The question the matrix answers; the matrix' id beside it if another matrix answers it too. */
  private static String heading(BriefContext ctx, List<AchAnalysis> all, AchAnalysis a) {
    String q = a.question().isBlank() ? ctx.text().get("ach.question", a.matrix().question()) : Text.flow(a.question());
    long same = all.stream().filter(o -> o.matrix().question() == a.matrix().question()).count();
    return same > 1 ? q + " (" + a.matrix().id().value() + ")" : q;
  }

  private static void matrix(BriefContext ctx, AchAnalysis a, String title) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    int n = a.matrix().hypotheses().size();
    PdfPTable hypotheses = hypotheses(s, a);
    PdfPTable matrix = AchMatrixTable.of(ctx, a);
    Heading.add(l, 2, title, opening(l, matrix, hypotheses));
    l.add(hypotheses);

    // The key comes before the table, so that nothing is left to follow it onto the next page,
    // and the table goes whole to the next page rather than leave its foot, the scores, alone.
    KeepTogether.table(l, matrix, MATRIX_KEY);
    label(l, s, ctx.text().get("ach.matrix"), 0f);
    l.add(s.paragraph(ctx.text().get("ach.matrix.intro"), s.smallMuted()));
    l.add(AchMatrixTable.legend(ctx));
    l.add(matrix);
    String source = SourceLine.ofAch(ctx.text(), ctx.theCase(), a.matrix());
    Caption.source(l, source);

    ChartBox.add(l, AchScoresChart.of(ScoreBars.of(a), ctx.chartStyle()), AchScoresChart.height(n), caption(ctx.text(), a), source);

    ImmutableList<Removal> shown = AchSensitivityTable.shown(a);
    if (shown.isEmpty()) {
      label(l, s, ctx.text().get("ach.sensitivity"), 40f);
      l.add(s.paragraph(ctx.text().get("ach.sensitivity.none"), s.body()));
    } else {
      PdfPTable sensitivity = AchSensitivityTable.of(ctx, a, shown);
      KeepTogether.table(l, sensitivity, 48f);
      label(l, s, ctx.text().get("ach.sensitivity"), 0f);
      l.add(s.paragraph(sensitivityIntro(ctx.text(), a, shown), s.smallMuted()));
      l.add(sensitivity);
      Caption.source(l, source);
    }

    label(l, s, ctx.text().get("ach.shows"), 50f);
    for (String f : a.findings(ctx.text().language())) {
      Paragraph p = s.paragraph(s.body());
      p.add(s.chunk("•  ", s.body()));
      p.add(s.chunk(f, s.body()));
      p.setIndentationLeft(10f);
      p.setFirstLineIndent(-8f);
      p.setSpacingAfter(1.5f);
      l.add(p);
    }
  }

  /**
   * How much of a question's subsection its heading stays with: the hypotheses and the whole
   * matrix when a page holds them all, else the hypotheses and the matrix' key.
   */
  private static float opening(Layout l, PdfPTable matrix, PdfPTable hypotheses) {
    float head = KeepTogether.needed(l, hypotheses) + MATRIX_KEY;
    float whole = head + KeepTogether.needed(l, matrix);
    return whole + INTRO + 40f <= ChartBox.maxHeight(l) ? whole : head;
  }

  /** What the sensitivity table shows: which items it leaves out, and what a linchpin is. */
  static String sensitivityIntro(Messages t, AchAnalysis a, List<Removal> shown) {
    String which = shown.size() == a.sensitivity().size()
        ? t.get("ach.sensitivity.each")
        : t.get(shown.size() > AchSensitivityTable.ROWS ? "ach.sensitivity.mostAndLinchpins" : "ach.sensitivity.most",
            Math.min(AchSensitivityTable.ROWS, a.sensitivity().size()));
    return t.get("ach.sensitivity.intro", which);
  }

  /** The caption of the chart of the scores: the question, what the bars show, who leads. */
  static String caption(Messages t, AchAnalysis a) {
    List<String> leaders = a.ranking().stream().filter(h -> h.rank() == 1)
        .map(h -> ScoreBars.label(h.number())).toList();
    String question = a.question().isBlank() ? "" : Text.flow(a.question()) + " ";
    return question + t.get(leaders.size() == 1 ? "ach.caption.leads" : "ach.caption.tie", t.list(leaders));
  }

  /** The hypotheses, each with its label: "H1" and the statement, in a hanging column. */
  private static PdfPTable hypotheses(Styles s, AchAnalysis a) {
    PdfPTable t = new PdfPTable(new float[] {0.32f, 9.68f});
    t.setWidthPercentage(100);
    t.setSpacingBefore(2f);
    t.setSpacingAfter(4f);
    List<Hypothesis> hs = a.matrix().hypotheses();
    for (int i = 0; i < hs.size(); i++) {
      PdfPCell label = new PdfPCell(s.phrase(ScoreBars.label(i + 1), s.font(true, 8.5f, s.accent())));
      PdfPCell statement = new PdfPCell(s.phrase(Text.flow(hs.get(i).statement()), s.font(false, 8.5f, s.text())));
      for (PdfPCell c : new PdfPCell[] {label, statement}) {
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingTop(1f);
        c.setPaddingBottom(2.5f);
        c.setPaddingLeft(0f);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        c.setUseAscender(true);
        t.addCell(c);
      }
    }
    return t;
  }

  /**
   * A small label over a part of the subsection, kept with the first {@code keepWith} points of
   * it (0 when the caller has made room for the part).
   */
  private static void label(Layout l, Styles s, String text, float keepWith) throws DocumentException {
    KeepTogether.ensureSpace(l, keepWith);
    Paragraph p = s.paragraph(text.toUpperCase(java.util.Locale.ROOT), s.font(true, 8f, s.accent()));
    p.setSpacingBefore(6f);
    l.add(p);
  }
}
