package org.briefkit.cli;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.List;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.tradecraft.TradecraftWarning;
import org.briefkit.model.LocatedCase;

/**
 * The tradecraft warnings of a loaded case, as the command prints them: {@code
 * file:line:col: warning: [rule-id] message}, in the order of the case. The lines quote the input;
 * they are printed through {@link Terminal}.
 */
final class Warnings {
  private Warnings() {}

  /** The warning lines of {@code c}, analysed as {@code analysis}. */
  static ImmutableList<String> of(LocatedCase c, CaseAnalysis analysis) {
    return of(c, analysis.tradecraft());
  }

  /** The lines of {@code warnings} about {@code c}. */
  static ImmutableList<String> of(LocatedCase c, List<TradecraftWarning> warnings) {
    return warnings.stream()
        .map(w -> w.format(c.locator()))
        .collect(ImmutableList.toImmutableList());
  }

  /** "1 warning", "3 warnings". */
  static String count(int n) {
    return String.format(Locale.ROOT, n == 1 ? "%d warning" : "%d warnings", n);
  }
}
