package org.briefkit.report.pdf.section;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.Case;
import org.briefkit.model.Colour;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.Keyed;
import org.briefkit.model.Messages;
import org.briefkit.model.StakeholderId;
import org.briefkit.report.ReportOptions;
import org.briefkit.report.pdf.chart.ChartStyle;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.text.BriefText;

/**
 * What every section of one brief works with: the analysis and its case, the options, the
 * layout (document, writer, styles, page decorator and running numbers), the look of the
 * charts and the colour of each stakeholder. One instance per document.
 */
public final class BriefContext {
  private final CaseAnalysis analysis;
  private final Case aCase;
  private final ReportOptions options;
  private final Layout layout;
  private final ChartStyle chartStyle;
  private final ImmutableMap<StakeholderId, Colour> colours;
  private final ImmutableMap<JudgmentId, Integer> judgmentNumbers;

  /** The context of the brief of {@code analysis}, laid out in {@code layout}. */
  public BriefContext(CaseAnalysis analysis, ReportOptions options, Layout layout) {
    this.analysis = analysis;
    this.aCase = analysis.theCase();
    this.options = options;
    this.layout = layout;
    Styles styles = layout.styles();
    this.chartStyle =
        new ChartStyle(
            styles.fonts().awtRegular(), styles.fonts().awtBold(), options.theme(), options.localeFor(aCase), layout.text());
    this.colours = options.theme().stakeholderColours(aCase);
    ImmutableMap.Builder<JudgmentId, Integer> numbers = ImmutableMap.builder();
    for (int i = 0; i < aCase.judgments().size(); i++) {
      numbers.put(aCase.judgments().get(i).id(), i + 1);
    }
    this.judgmentNumbers = numbers.buildOrThrow();
  }

  /** The words the brief generates, in its language. */
  public Messages text() {
    return layout.text();
  }

  /** The locale of the dates the brief shows. */
  public Locale locale() {
    return options.localeFor(aCase);
  }

  /** A reader's label of an enumeration constant, in the brief's language. */
  public String label(Keyed value) {
    return BriefText.label(layout.text(), value);
  }

  /** The analysis the brief reports. */
  public CaseAnalysis analysis() {
    return analysis;
  }

  /** The case analysed. */
  public Case theCase() {
    return aCase;
  }

  /** The options of the rendering. */
  public ReportOptions options() {
    return options;
  }

  /** The document being laid out. */
  public Layout layout() {
    return layout;
  }

  /** The look of every chart. */
  public ChartStyle chartStyle() {
    return chartStyle;
  }

  /** The colour of each stakeholder, in case order. */
  public ImmutableMap<StakeholderId, Colour> colours() {
    return colours;
  }

  /**
   * The number a key judgment carries in the brief, counting from 1 in case order, by which
   * other sections refer to it.
   *
   * @throws IllegalArgumentException if the case has no such judgment
   */
  public int judgmentNumber(JudgmentId id) {
    Integer n = judgmentNumbers.get(id);
    if (n == null) {
      throw new IllegalArgumentException("judgment (" + id.value() + ") is not a key judgment of the case");
    }
    return n;
  }

  /** The name of an actor, or its id when the case has no such actor. */
  public String actorName(ActorId id) {
    return aCase.actor(id).map(Actor::name).orElse(id.value());
  }

  /** The names of actors, separated by commas. */
  public String actorNames(List<ActorId> ids) {
    return ids.stream().map(this::actorName).collect(Collectors.joining(", "));
  }
}
