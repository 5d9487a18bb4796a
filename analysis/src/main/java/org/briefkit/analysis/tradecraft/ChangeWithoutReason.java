package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefkit.analysis.changes.CaseChanges;
import org.briefkit.analysis.changes.EstimateChange;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Likelihood;

/**
 * {@code change-without-reason}: a key judgment's confidence or likelihood differs from the
 * previous version's judgment of the same id, and the judgment does not say why in its
 * {@code changeReason}. Analytic standards ask that a changed judgment be explained, so that a
 * reader of both versions knows what moved it. Silent when the case has no previous version.
 */
final class ChangeWithoutReason implements TradecraftRule {
  @Override
  public String id() {
    return "change-without-reason";
  }

  @Override
  public String description() {
    return "a judgment's confidence or likelihood changed since the previous version and it gives no changeReason";
  }

  @Override
  public List<TradecraftWarning> check(TradecraftInput in) {
    List<TradecraftWarning> out = new ArrayList<>();
    Optional<CaseChanges> changes = in.changes();
    if (changes.isEmpty()) {
      return out;
    }
    List<KeyJudgment> judgments = in.aCase().judgments();
    for (int i = 0; i < judgments.size(); i++) {
      KeyJudgment j = judgments.get(i);
      Optional<EstimateChange> e = changes.get().estimate(j.id());
      if (e.isPresent() && e.get().reason().isEmpty()) {
        String field = e.get().confidenceChanged() || j.likelihood().isEmpty() ? "confidence" : "likelihood";
        out.add(TradecraftWarning.at(id(), Support.judgment(i, field), message(e.get())));
      }
    }
    return out;
  }

  private static String message(EstimateChange e) {
    String what;
    if (e.confidenceChanged() && e.likelihoodChanged()) {
      what = "confidence changed from " + e.confidenceBefore().key() + " to " + e.confidenceAfter().key()
          + " and likelihood from " + key(e.likelihoodBefore()) + " to " + key(e.likelihoodAfter());
    } else if (e.confidenceChanged()) {
      what = "confidence changed from " + e.confidenceBefore().key() + " to " + e.confidenceAfter().key();
    } else {
      what = "likelihood changed from " + key(e.likelihoodBefore()) + " to " + key(e.likelihoodAfter());
    }
    return what + " since the previous version, but the judgment gives no changeReason: say what moved it";
  }

  private static String key(Optional<Likelihood> l) {
    return l.map(Likelihood::key).orElse("(none)");
  }
}
