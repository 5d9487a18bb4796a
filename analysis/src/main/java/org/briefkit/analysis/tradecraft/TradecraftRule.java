package org.briefkit.analysis.tradecraft;

import java.util.List;

/**
 * One check of analytic tradecraft. A new rule is a class implementing this, plus one line in
 * {@link Tradecraft#RULES}; its id is what the warnings show and what a case's waiver names.
 */
public interface TradecraftRule {
  /** The rule's id, lower-case words joined by hyphens ({@code single-source}). */
  String id();

  /** What the rule checks, in one line. */
  String description();

  /** The rule's warnings about the case of {@code in}, in the order of the case; none when all is well. */
  List<TradecraftWarning> check(TradecraftInput in);
}
