package org.briefkit.report.pdf.section;

import com.google.common.collect.ImmutableList;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefkit.analysis.tradecraft.Tradecraft;
import org.briefkit.analysis.tradecraft.TradecraftWarning;
import org.briefkit.model.Case;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Messages;
import org.briefkit.model.Waiver;
import org.briefkit.report.pdf.chart.EstimativeScaleChart;
import org.briefkit.report.pdf.chart.ScaleMark;
import org.briefkit.report.pdf.chart.ScaleMarks;
import org.briefkit.report.pdf.layout.ChartBox;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Text;
import org.briefkit.report.pdf.text.BriefText;

/**
 * Annex E: the tradecraft of the brief. The estimative scale its likelihoods use, named and
 * cited and drawn as a chart with the key judgments placed on it ({@link EstimativeScaleChart}),
 * the judgments it leaves off, the equivalent terms; the grading systems when the case grades
 * its sources or evidence; and the tradecraft rules the case switches off, with its reasons.
 */
public final class TradecraftAnnex implements BriefSection {
  /** The rules that read the sources' texts: they run only when a text was read. */
  static final List<String> CITATION_RULES = List.of("source-text-missing", "locator-not-found", "quote-not-found");

  /** The rule that reads the previous version: it runs only when that version was compared. */
  static final String CHANGE_RULE = "change-without-reason";

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    Case c = ctx.theCase();
    EstimativeScale scale = c.scale();
    float height = EstimativeScaleChart.height(scale);
    // The heading stays with the introduction (some five lines), the chart and its caption.
    Heading.add(l, 2, ctx.text().get("annex.tradecraft"), height + 110f);
    Messages t = ctx.text();
    Paragraph intro = s.paragraph(s.small());
    intro.add(s.chunk(t.get("tradecraft.likelihood"), s.smallBold()));
    intro.add(s.chunk(t.get(EstimativeScaleChart.gaps(scale).isEmpty() ? "tradecraft.intro" : "tradecraft.intro.gaps",
        BriefText.scaleName(t, scale), scale.citation()), s.small()));
    intro.setSpacingAfter(4f);
    l.add(intro);
    ImmutableList<ScaleMark> marks = ScaleMarks.of(c);
    ChartBox.add(l, EstimativeScaleChart.of(scale, marks, ctx.chartStyle()), height, caption(t, scale),
        SourceLine.of(ctx.text(), c, c.judgments().stream().filter(j -> j.likelihood().isPresent())
            .flatMap(j -> j.supportedBy().stream()).distinct()
            .flatMap(id -> c.motivations().stream().filter(m -> m.id().equals(id)))
            .flatMap(m -> m.evidence().stream()).toList()));
    List<String> notes = new ArrayList<>();
    unplaced(t, c).ifPresent(notes::add);
    equivalents(t, scale).ifPresent(notes::add);
    for (String n : notes) {
      Paragraph p = s.paragraph(n, s.smallMuted());
      p.setSpacingAfter(2f);
      l.add(p);
    }
    if (graded(c)) {
      Paragraph p = s.paragraph(s.small());
      p.add(s.chunk(t.get("coverage.grades"), s.smallBold()));
      p.add(s.chunk(t.get("tradecraft.grades"), s.small()));
      p.setSpacingBefore(6f);
      l.add(p);
    }
    check(l, s, ctx);
    // A waiver naming no rule switches nothing off; the check above reports it (unknown-rule).
    List<Waiver> waived =
        c.waivers().stream().filter(w -> Tradecraft.rule(w.rule()).isPresent()).toList();
    if (!waived.isEmpty()) {
      KeepTogether.ensureSpace(l, 40);
      Paragraph h = s.paragraph(t.get("tradecraft.waived"), s.font(true, 8f, s.accent()));
      h.setSpacingBefore(8f);
      l.add(h);
      l.add(s.paragraph(t.get("tradecraft.waived.intro"), s.smallMuted()));
      for (Waiver w : waived) {
        bullet(l, s, w.rule(), w.reason());
      }
    }
  }

  /**
   * What BriefKit's tradecraft rules found in the case: that it passes them, or each warning
   * with its rule, so that a reader sees the brief's known weaknesses as the analyst did. The
   * rules counted are those that could run: the citation rules only when a source's text was
   * read, {@code change-without-reason} only when the previous version was compared; the
   * others are named, with why they did not run.
   */
  private static void check(Layout l, Styles s, BriefContext ctx) throws DocumentException {
    Case c = ctx.theCase();
    Messages t = ctx.text();
    List<TradecraftWarning> warnings = ctx.analysis().tradecraft();
    Set<String> waived = c.waivers().stream().map(Waiver::rule)
        .filter(r -> Tradecraft.rule(r).isPresent()).collect(Collectors.toSet());
    boolean texts = ProvenanceSummary.textsRead(ctx.analysis().provenance());
    boolean previous = ctx.analysis().changes().isPresent();
    List<String> unrunCitations = texts ? List.of() : unwaived(CITATION_RULES, waived);
    List<String> unrunChange = previous ? List.of() : unwaived(List.of(CHANGE_RULE), waived);
    int rules = Tradecraft.RULES.size() - waived.size() - unrunCitations.size() - unrunChange.size();
    List<String> topics = new ArrayList<>(List.of("language", "sourcing", "assumptions", "indicators"));
    if (texts) {
      topics.add("citations");
    }
    if (previous) {
      topics.add("changes");
    }
    String unrun = notRun(t, c, unrunCitations, unrunChange);
    Paragraph p = s.paragraph(s.small());
    p.add(s.chunk(t.get("tradecraft.check"), s.smallBold()));
    String topicWords = t.list(topics.stream().map(k -> t.get("tradecraft.topic." + k)).toList());
    p.add(s.chunk(warnings.isEmpty()
        ? (unrun.isEmpty() ? t.get("tradecraft.passes", rules, topicWords) : t.get("tradecraft.passes.unrun", rules, topicWords, unrun))
        : (unrun.isEmpty() ? t.count(warnings.size(), "tradecraft.finds") : t.get("tradecraft.finds.unrun",
            t.count(warnings.size(), "tradecraft.weaknesses"), unrun)), s.small()));
    p.setSpacingBefore(6f);
    l.add(p);
    for (TradecraftWarning w : warnings) {
      bullet(l, s, w.rule(), w.message());
    }
  }

  /** The rules of {@code ids} that the case does not waive, in order. */
  private static List<String> unwaived(List<String> ids, Set<String> waived) {
    return ids.stream().filter(id -> !waived.contains(id)).toList();
  }

  /**
   * Which rules did not run, and why: "source-text-missing, locator-not-found and
   * quote-not-found did not run, as no source names a text, nor did change-without-reason, as
   * the case names no previous version"; empty when every rule could run.
   */
  static String notRun(Messages t, Case c, List<String> citations, List<String> change) {
    String citationsWhy = t.get(c.sources().stream().anyMatch(src -> src.text().isPresent())
        ? "tradecraft.why.unread" : "tradecraft.why.noText");
    String changeWhy = t.get(c.previous().isPresent() ? "tradecraft.why.previousUnread" : "tradecraft.why.noPrevious");
    if (citations.isEmpty() && change.isEmpty()) {
      return "";
    }
    if (change.isEmpty()) {
      return t.get("tradecraft.notRun", t.list(citations), citationsWhy);
    }
    if (citations.isEmpty()) {
      return t.get("tradecraft.notRun", t.list(change), changeWhy);
    }
    return t.get("tradecraft.notRun.both", t.list(citations), citationsWhy, t.list(change), changeWhy);
  }

  /** A rule id in bold and what is said of it: "• single-source — reason". */
  private static void bullet(Layout l, Styles s, String rule, String text) throws DocumentException {
    Paragraph p = s.paragraph(s.small());
    p.add(s.chunk("•  ", s.small()));
    p.add(s.chunk(rule, s.smallBold()));
    p.add(s.chunk(" — " + Text.flow(text), s.small()));
    p.setIndentationLeft(10f);
    p.setFirstLineIndent(-8f);
    p.setSpacingBefore(1.5f);
    l.add(p);
  }

  /** The caption of the chart, short enough for one line. */
  static String caption(Messages t, EstimativeScale scale) {
    return t.get("tradecraft.caption", BriefText.scaleName(t, scale));
  }

  /** Which judgments the chart leaves off for want of a likelihood. */
  private static Optional<String> unplaced(Messages t, Case c) {
    List<Integer> without = new ArrayList<>();
    for (int i = 0; i < c.judgments().size(); i++) {
      KeyJudgment j = c.judgments().get(i);
      if (j.likelihood().flatMap(c.scale()::band).isEmpty()) {
        without.add(i + 1);
      }
    }
    if (without.isEmpty()) {
      return Optional.empty();
    }
    if (without.size() == c.judgments().size()) {
      return Optional.of(t.get("tradecraft.unplaced.all"));
    }
    return Optional.of(t.get(without.size() == 1 ? "tradecraft.unplaced.one" : "tradecraft.unplaced.other",
        t.list(without.stream().map(String::valueOf).toList())));
  }

  /** The terms the scale holds equal to each band's main term: "remote for almost no chance; ...". */
  private static Optional<String> equivalents(Messages t, EstimativeScale scale) {
    List<String> parts = new ArrayList<>();
    boolean rendered = false;
    for (EstimativeScale.Band b : scale.bands()) {
      String term = BriefText.term(t, scale, b);
      if (!term.equals(b.term())) {
        // A term of BriefKit's own rendering, given with the scale's own words.
        rendered = true;
        parts.add(t.get("tradecraft.rendering", term, "“" + String.join("”, “", b.terms()) + "”"));
      } else if (b.terms().size() > 1) {
        parts.add(t.get("tradecraft.equal", "“" + String.join("”, “", b.terms().subList(1, b.terms().size())) + "”", "“" + b.term() + "”"));
      }
    }
    return parts.isEmpty()
        ? Optional.empty()
        : Optional.of(t.get(rendered ? "tradecraft.renderings" : "tradecraft.equals", String.join("; ", parts)));
  }

  /** Whether the case grades any source or any item of evidence. */
  private static boolean graded(Case c) {
    if (c.sources().stream().anyMatch(src -> src.reliability().isPresent())) {
      return true;
    }
    return Stream.of(
            c.motivations().stream().flatMap(m -> m.evidence().stream()),
            c.events().stream().flatMap(e -> e.evidence().stream()),
            c.transfers().stream().flatMap(t -> t.evidence().stream()),
            c.assumptions().stream().flatMap(a -> a.evidence().stream()))
        .flatMap(e -> e)
        .anyMatch(e -> e.credibility().isPresent());
  }
}
