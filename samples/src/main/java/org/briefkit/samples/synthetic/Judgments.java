package org.briefkit.samples.synthetic;

import static org.briefkit.samples.synthetic.Words.JUDGMENTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefkit.model.ActorId;
import org.briefkit.model.Case;
import org.briefkit.model.Confidence;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Likelihood;
import org.briefkit.model.MotivationId;

/** The key judgments, one per 1000 motivations (3 to 12), each about a driver. */
final class Judgments {
  private Judgments() {}

  static void generate(World w, Case.Builder b, List<MotivationId> motivationIds) {
    int n = Math.max(3, Math.min(12, w.sizes.motivations() / 1000));
    Confidence[] confidences = Confidence.values();
    Likelihood[] likelihoods = {Likelihood.LIKELY, Likelihood.VERY_LIKELY, Likelihood.ROUGHLY_EVEN_CHANCE};
    for (int i = 0; i < n; i++) {
      ActorId about = w.drivers.isEmpty() ? w.states.get(0) : w.drivers.get(i % w.drivers.size());
      List<MotivationId> support = new ArrayList<>();
      int count = 1 + w.random.nextInt(3);
      for (int k = 0; k < count; k++) {
        MotivationId m = motivationIds.get(w.random.nextInt(motivationIds.size()));
        if (!support.contains(m)) {
          support.add(m);
        }
      }
      KeyJudgment.Builder j =
          KeyJudgment.builder()
              .id(JudgmentId.of(String.format(Locale.ROOT, "j%02d", i)))
              .statement(String.format(Locale.ROOT, JUDGMENTS[i % JUDGMENTS.length], w.name(about)))
              .confidence(confidences[w.random.nextInt(confidences.length)]);
      if (w.random.nextInt(2) == 0) {
        j.likelihood(likelihoods[w.random.nextInt(likelihoods.length)]);
      }
      b.judgments(j.supportedBy(support).build());
    }
  }
}
