package org.briefkit.analysis;

import java.util.List;
import org.briefkit.model.Id;
import org.briefkit.model.Messages;

/**
 * One topic's findings: a rule reads the analysis and adds its sentences, in the order a reader
 * meets them. A new rule is a class implementing this, plus one line in {@link Findings#RULES}
 * at the place its findings belong.
 */
interface FindingRule {
  /** The topic of every finding the rule adds; the rules are listed in topic order. */
  Finding.Topic topic();

  /**
   * Adds the findings about {@code a} to {@code out}, or none where there is nothing to say,
   * in the words of {@code t}.
   */
  void find(CaseAnalysis a, Messages t, Out out);

  /** Where a rule adds its findings; the topic is the rule's. */
  @FunctionalInterface
  interface Out {
    /** Adds a finding stating {@code figures}, about {@code about} in the order it names them. */
    void add(String text, List<Figure> figures, List<? extends Id> about);
  }
}
