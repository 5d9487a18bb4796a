package org.briefkit.analysis.tradecraft;

import java.util.List;
import java.util.Optional;

/**
 * {@code previous-version-missing}: the case names its previous version ({@code previous}), but
 * the file is not there, so the brief cannot say what changed and changed judgments go
 * unchecked. A warning, not an error, so that a workbook moved away from its case's folder still
 * renders; a file that is there but cannot be read is an error, reported by whoever loads it.
 */
final class PreviousVersionMissing implements TradecraftRule {
  @Override
  public String id() {
    return "previous-version-missing";
  }

  @Override
  public String description() {
    return "the previous version the case names is not there, so what changed is not reported";
  }

  @Override
  public List<TradecraftWarning> check(TradecraftInput in) {
    Optional<String> why = in.materials().previousMissing();
    if (why.isEmpty() || in.aCase().previous().isEmpty()) {
      return List.of();
    }
    return List.of(
        TradecraftWarning.at(
            id(), "/previous",
            "the previous version is missing: " + why.get()
                + "; the brief cannot say what changed, nor check that changed judgments give a"
                + " changeReason"));
  }
}
