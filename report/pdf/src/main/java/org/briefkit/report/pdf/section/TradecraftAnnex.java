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

/**
 * Annex E: the tradecraft of the brief. The estimative scale its likelihoods use, named and
 * cited and drawn as a chart with the key judgments placed on it ({@link EstimativeScaleChart}),
 * the judgments it leaves off, the equivalent terms; the grading systems when the case grades
 * its sources or evidence; and the tradecraft rules the case switches off, with its reasons.
 */
public final class TradecraftAnnex implements BriefSection {
  static final String TITLE = "Annex E. Tradecraft";

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
    Heading.add(l, 2, TITLE, height + 110f);
    Paragraph intro = s.paragraph(s.small());
    intro.add(s.chunk("Likelihood. ", s.smallBold()));
    intro.add(s.chunk("The key judgments state how likely they are in the terms of one estimative "
        + "scale, the " + scale.name() + "; it is set out in " + scale.citation() + ". Confidence, "
        + "the analysts' trust in the evidence and reasoning behind a judgment, is shown apart "
        + "from likelihood and is not a probability. The "
        + "chart places each key judgment that states a likelihood on its band, numbered as in Key "
        + "judgments; the fill of its marker shows its confidence"
        + (EstimativeScaleChart.gaps(scale).isEmpty() ? "." : ", and the shaded stretches of the axis "
            + "have no term on this scale."), s.small()));
    intro.setSpacingAfter(4f);
    l.add(intro);
    ImmutableList<ScaleMark> marks = ScaleMarks.of(c);
    ChartBox.add(l, EstimativeScaleChart.of(scale, marks, ctx.chartStyle()), height, caption(scale),
        SourceLine.of(c, c.judgments().stream().filter(j -> j.likelihood().isPresent())
            .flatMap(j -> j.supportedBy().stream()).distinct()
            .flatMap(id -> c.motivations().stream().filter(m -> m.id().equals(id)))
            .flatMap(m -> m.evidence().stream()).toList()));
    List<String> notes = new ArrayList<>();
    unplaced(c).ifPresent(notes::add);
    equivalents(scale).ifPresent(notes::add);
    for (String n : notes) {
      Paragraph p = s.paragraph(n, s.smallMuted());
      p.setSpacingAfter(2f);
      l.add(p);
    }
    if (graded(c)) {
      Paragraph p = s.paragraph(s.small());
      p.add(s.chunk("Grades. ", s.smallBold()));
      p.add(s.chunk("Sources are graded for reliability from A (completely reliable) to F (reliability "
          + "cannot be judged), and items of evidence for credibility from 1 (confirmed by other "
          + "sources) to 6 (truth cannot be judged), as in the Admiralty (NATO) system; F and 6 say "
          + "that a grade cannot be given, not that the source or the item is bad.", s.small()));
      p.setSpacingBefore(6f);
      l.add(p);
    }
    check(l, s, ctx);
    // A waiver naming no rule switches nothing off; the check above reports it (unknown-rule).
    List<Waiver> waived =
        c.waivers().stream().filter(w -> Tradecraft.rule(w.rule()).isPresent()).toList();
    if (!waived.isEmpty()) {
      KeepTogether.ensureSpace(l, 40);
      Paragraph h = s.paragraph("Rules switched off", s.font(true, 8f, s.accent()));
      h.setSpacingBefore(8f);
      l.add(h);
      l.add(s.paragraph("The case switches these tradecraft checks off, for the reasons it gives.", s.smallMuted()));
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
    List<TradecraftWarning> warnings = ctx.analysis().tradecraft();
    Set<String> waived = c.waivers().stream().map(Waiver::rule)
        .filter(r -> Tradecraft.rule(r).isPresent()).collect(Collectors.toSet());
    boolean texts = ProvenanceSummary.textsRead(ctx.analysis().provenance());
    boolean previous = ctx.analysis().changes().isPresent();
    List<String> unrunCitations = texts ? List.of() : unwaived(CITATION_RULES, waived);
    List<String> unrunChange = previous ? List.of() : unwaived(List.of(CHANGE_RULE), waived);
    int rules = Tradecraft.RULES.size() - waived.size() - unrunCitations.size() - unrunChange.size();
    List<String> topics = new ArrayList<>(List.of(
        "estimative language", "sourcing of high-confidence judgments", "key assumptions", "indicators"));
    if (texts) {
      topics.add("citations checked against their sources' texts");
    }
    if (previous) {
      topics.add("reasons for changed judgments");
    }
    String unrun = notRun(c, unrunCitations, unrunChange);
    Paragraph p = s.paragraph(s.small());
    p.add(s.chunk("Tradecraft check. ", s.smallBold()));
    p.add(s.chunk(warnings.isEmpty()
        ? "The case passes all " + rules + " of BriefKit's tradecraft rules in force (" + words(topics) + ")"
            + (unrun.isEmpty() ? "." : "; " + unrun + ".")
        : "BriefKit's tradecraft rules find " + (warnings.size() == 1 ? "one weakness" : warnings.size() + " weaknesses")
            + " that the reader should weigh" + (unrun.isEmpty() ? ":" : " (" + unrun + "):"), s.small()));
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
  static String notRun(Case c, List<String> citations, List<String> change) {
    String citationsWhy = c.sources().stream().anyMatch(src -> src.text().isPresent())
        ? "as no source's text was read" : "as no source names a text";
    String changeWhy = c.previous().isPresent()
        ? "as the previous version was not read" : "as the case names no previous version";
    if (citations.isEmpty() && change.isEmpty()) {
      return "";
    }
    if (change.isEmpty()) {
      return words(citations) + " did not run, " + citationsWhy;
    }
    if (citations.isEmpty()) {
      return words(change) + " did not run, " + changeWhy;
    }
    return words(citations) + " did not run, " + citationsWhy + ", nor did " + words(change) + ", " + changeWhy;
  }

  /** "a", "a and b", "a, b and c". */
  private static String words(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
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
  static String caption(EstimativeScale scale) {
    return "Estimative scale: " + scale.name()
        + ", with the key judgments placed on it by likelihood and confidence.";
  }

  /** Which judgments the chart leaves off for want of a likelihood. */
  private static Optional<String> unplaced(Case c) {
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
      return Optional.of("No key judgment states a likelihood, so none is placed on the scale.");
    }
    return Optional.of((without.size() == 1 ? "Key judgment " : "Key judgments ") + list(without)
        + (without.size() == 1 ? " states" : " state") + " no likelihood and "
        + (without.size() == 1 ? "is" : "are") + " not placed on the scale.");
  }

  /** The terms the scale holds equal to each band's main term: "remote for almost no chance; ...". */
  private static Optional<String> equivalents(EstimativeScale scale) {
    List<String> parts = new ArrayList<>();
    for (EstimativeScale.Band b : scale.bands()) {
      if (b.terms().size() > 1) {
        parts.add("“" + String.join("”, “", b.terms().subList(1, b.terms().size())) + "” for “" + b.term() + "”");
      }
    }
    return parts.isEmpty()
        ? Optional.empty()
        : Optional.of("The scale holds these terms equal: " + String.join("; ", parts) + ".");
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

  /** "1", "1 and 2", "1, 2 and 4". */
  static String list(List<Integer> numbers) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < numbers.size(); i++) {
      if (i > 0) {
        b.append(i == numbers.size() - 1 ? " and " : ", ");
      }
      b.append(numbers.get(i));
    }
    return b.toString();
  }
}
