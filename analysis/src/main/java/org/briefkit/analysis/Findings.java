package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;

/** Derives the findings from the other results. */
final class Findings {
  private Findings() {}

  static ImmutableList<Finding> of(CaseAnalysis analysis) {
    return ImmutableList.of();
  }
}
