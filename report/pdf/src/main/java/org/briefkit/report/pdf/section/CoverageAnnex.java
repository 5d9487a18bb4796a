package org.briefkit.report.pdf.section;

import static org.briefkit.report.pdf.layout.Tables.cell;

import com.google.common.collect.ImmutableList;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefkit.analysis.MotivationCoverage;
import org.briefkit.analysis.WeakSpot;
import org.briefkit.analysis.provenance.CitationCheck;
import org.briefkit.analysis.provenance.CitationStatus;
import org.briefkit.analysis.provenance.ProvenanceReport;
import org.briefkit.model.Case;
import org.briefkit.model.Credibility;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Messages;
import org.briefkit.model.Motivation;
import org.briefkit.model.Source;
import org.briefkit.model.Stakeholder;
import org.briefkit.report.pdf.layout.Caption;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.SlicedTable;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Tables;
import org.briefkit.report.pdf.layout.Text;

/**
 * Annex C: the evidence behind each motivation (items, sources, facts, claims, assessments),
 * motivations without evidence in red; when the case grades its sources or evidence, a short
 * account of the grades and of the low-graded items; when any source's text was read, how many
 * of each motivation's items were checked against their texts and a short account of what the
 * check found ({@link ProvenanceSummary}); then the weak spots of the evidence.
 */
public final class CoverageAnnex implements BriefSection {
  private static final Color LOW = new Color(0xB0, 0x3A, 0x2E);

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    Heading.add(l, 2, ctx.text().get("annex.coverage"));
    ProvenanceReport report = ctx.analysis().provenance();
    // Only a brief whose citations were checked against texts says so: the others keep their table.
    boolean checked = ProvenanceSummary.textsRead(report);
    PdfPTable t = Tables.table(checked
        ? new float[] {3.4f, 1.3f, 0.7f, 0.85f, 0.95f, 0.7f, 0.8f, 1.35f}
        : new float[] {4.1f, 1.5f, 0.8f, 0.9f, 0.7f, 0.8f, 1.1f});
    List<String> headers = new ArrayList<>(List.of("motivation", "stakeholder", "items", "sources", "facts", "claims", "assessments"));
    if (checked) {
      headers.add(4, "checked");
    }
    for (String h : headers) {
      Tables.headerCell(s, t, ctx.text().get("coverage." + h),
          h.equals("motivation") || h.equals("stakeholder") ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
    }
    t.setHeaderRows(1);
    SlicedTable sliced = new SlicedTable(l, t);
    for (MotivationCoverage c : ctx.analysis().coverage().motivations()) {
      sliced.row();
      Motivation m = c.motivation();
      t.addCell(cell(s, m.claim(), s.small(), Element.ALIGN_LEFT));
      t.addCell(cell(s, ctx.theCase().stakeholder(m.stakeholder()).map(Stakeholder::shortName).orElse(""), s.small(), Element.ALIGN_LEFT));
      PdfPCell items = cell(s, Integer.toString(c.items()), c.items() == 0 ? s.font(true, 8f, LOW) : s.small(), Element.ALIGN_CENTER);
      t.addCell(items);
      t.addCell(cell(s, Integer.toString(c.sources()), s.small(), Element.ALIGN_CENTER));
      if (checked) {
        t.addCell(checkedCell(s, report, m));
      }
      t.addCell(cell(s, Integer.toString(c.byKind().getOrDefault(EvidenceKind.FACT, 0)), s.small(), Element.ALIGN_CENTER));
      t.addCell(cell(s, Integer.toString(c.byKind().getOrDefault(EvidenceKind.CLAIM, 0)), s.small(), Element.ALIGN_CENTER));
      t.addCell(cell(s, Integer.toString(c.byKind().getOrDefault(EvidenceKind.ASSESSMENT, 0)), s.small(), Element.ALIGN_CENTER));
    }
    sliced.finish();
    Caption.source(l, SourceLine.of(ctx.text(), ctx.theCase(), ctx.analysis().coverage().motivations().stream()
        .flatMap(c -> c.motivation().evidence().stream()).toList()));
    grades(ctx);
    provenance(ctx);
    ImmutableList<WeakSpot> weak = ctx.analysis().coverage().weakSpots();
    if (!weak.isEmpty()) {
      KeepTogether.ensureSpace(l, 40);
      Paragraph h = s.paragraph(ctx.text().get("coverage.weakSpots"), s.font(true, 8f, s.accent()));
      h.setSpacingBefore(4f);
      l.add(h);
      for (WeakSpot w : weak) {
        Paragraph p = s.paragraph("•  " + w.message(ctx.text().language()), s.small());
        p.setIndentationLeft(10f);
        p.setFirstLineIndent(-8f);
        l.add(p);
      }
    }
  }

  /**
   * How many of the motivation's items were checked against their sources' texts; red when one
   * of them does not match its text (a place or a quote not found).
   */
  private static PdfPCell checkedCell(Styles s, ProvenanceReport report, Motivation m) {
    int checked = 0;
    boolean problem = false;
    for (Evidence e : m.evidence()) {
      Optional<CitationStatus> status = report.check(e).map(CitationCheck::status);
      checked += status.map(CitationStatus::isChecked).orElse(false) ? 1 : 0;
      problem |= status.map(CitationStatus::isProblem).orElse(false);
    }
    return cell(s, Integer.toString(checked), problem ? s.font(true, 8f, LOW) : s.small(), Element.ALIGN_CENTER);
  }

  /**
   * A short paragraph on the citations checked against their sources' texts, when any source's
   * text was read: how many, with what result, and what the mark of a verified citation means.
   */
  private static void provenance(BriefContext ctx) throws DocumentException {
    ProvenanceReport report = ctx.analysis().provenance();
    if (!ProvenanceSummary.textsRead(report)) {
      return;
    }
    Layout l = ctx.layout();
    Styles s = l.styles();
    ProvenanceSummary summary = ProvenanceSummary.of(ctx.text(), report, ctx.analysis().tradecraft());
    KeepTogether.ensureSpace(l, 40);
    Paragraph p = s.paragraph(s.small());
    p.add(s.chunk(ctx.text().get("coverage.provenance"), s.font(true, 8f, summary.problems() > 0 ? LOW : s.accent())));
    p.add(s.chunk(summary.text(), s.small()));
    p.setSpacingBefore(4f);
    l.add(p);
  }

  /**
   * A short paragraph on the grades of the evidence behind the motivations, when the case
   * grades any: the items at each credibility grade, and how many items are low-graded (from a
   * source graded E or F, or graded 5 or 6 themselves) and behind how many motivations.
   */
  private static void grades(BriefContext ctx) throws DocumentException {
    Case c = ctx.theCase();
    int items = 0;
    int low = 0;
    int motivationsWithLow = 0;
    Map<Credibility, Integer> byGrade = new EnumMap<>(Credibility.class);
    boolean sourceGraded = false;
    for (Motivation m : c.motivations()) {
      boolean anyLow = false;
      for (Evidence e : m.evidence()) {
        items++;
        e.credibility().ifPresent(g -> byGrade.merge(g, 1, Integer::sum));
        Optional<Source.Reliability> r = c.source(e.source()).flatMap(Source::reliability);
        sourceGraded |= r.isPresent();
        if (r.map(Source.Reliability::isLow).orElse(false) || e.credibility().map(Credibility::isLow).orElse(false)) {
          low++;
          anyLow = true;
        }
      }
      if (anyLow) {
        motivationsWithLow++;
      }
    }
    if (byGrade.isEmpty() && !sourceGraded) {
      return;
    }
    Layout l = ctx.layout();
    Styles s = l.styles();
    Messages t = ctx.text();
    StringBuilder b = new StringBuilder();
    int graded = byGrade.values().stream().mapToInt(Integer::intValue).sum();
    if (graded == 0) {
      b.append(t.get("grades.none")).append(' ');
    } else {
      List<String> parts = new ArrayList<>();
      byGrade.forEach((g, n) -> parts.add(g.key() + " (" + t.get("meaning.Credibility." + g.key()) + ") ×" + n));
      b.append(t.get("grades.graded", t.count(items, "grades.items"), t.count(graded, "grades.gradedCount"),
          String.join(", ", parts))).append(' ');
    }
    if (low == 0) {
      b.append(t.get("grades.lowNone"));
    } else {
      boolean allMotivations = motivationsWithLow == c.motivations().size() && motivationsWithLow > 1;
      b.append(t.get("grades.low", t.count(low, low == items ? "grades.lowAll" : "grades.lowSome"),
          t.count(motivationsWithLow, allMotivations ? "grades.behindAll" : "grades.behind")));
    }
    KeepTogether.ensureSpace(l, 40);
    Paragraph p = s.paragraph(s.small());
    p.add(s.chunk(t.get("coverage.grades"), s.font(true, 8f, low > 0 ? LOW : s.accent())));
    p.add(s.chunk(b.toString(), s.small()));
    p.setSpacingBefore(4f);
    l.add(p);
  }
}
