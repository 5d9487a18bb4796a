package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import org.briefkit.model.Messages;

/**
 * Derives the findings from the other results. Every sentence states only figures it carries,
 * names ties rather than picking a winner, and says plainly when a group is empty.
 */
final class Findings {
  /** The rules, in the order their findings come: by topic, as {@link Finding.Topic} lists. */
  static final ImmutableList<FindingRule> RULES =
      ImmutableList.of(
          new ProfileFindings(),
          new ConvergenceFindings(),
          new DriverFindings(),
          new TimelineFindings(),
          new ArmsFlowFindings(),
          new EvidenceFindings());

  private Findings() {}

  static ImmutableList<Finding> of(CaseAnalysis analysis, Messages t) {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (FindingRule rule : RULES) {
      rule.find(
          analysis,
          t,
          (text, figures, about) ->
              out.add(
                  new Finding(
                      rule.topic(), text, ImmutableList.copyOf(figures), ImmutableList.copyOf(about))));
    }
    return out.build();
  }
}
