package org.briefkit.analysis.tradecraft;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefkit.model.Case;
import org.briefkit.model.Confidence;
import org.briefkit.model.Evidence;
import org.briefkit.model.Id;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;

/** What the rules share about judgments: their pointers and the evidence they rest on. */
final class Support {
  private Support() {}

  /** The pointer of field {@code field} of the judgment at {@code index}. */
  static String judgment(int index, String field) {
    return "/judgments/" + index + "/" + field;
  }

  /** The evidence of the motivations that support {@code j}, in the case's order. */
  static ImmutableList<Evidence> evidence(Case c, KeyJudgment j) {
    // A judgment may rest on thousands of motivations: look them up in a set, not the list.
    Set<MotivationId> supporting = new HashSet<>(j.supportedBy());
    ImmutableList.Builder<Evidence> b = ImmutableList.builder();
    for (Motivation m : c.motivations()) {
      if (supporting.contains(m.id())) {
        b.addAll(m.evidence());
      }
    }
    return b.build();
  }

  /** Whether the analyst holds {@code j} with high confidence. */
  static boolean high(KeyJudgment j) {
    return j.confidence() == Confidence.HIGH;
  }

  /** Ids for a message: "lk-water, hs-peace". */
  static String ids(List<? extends Id> ids) {
    return ids.stream().map(Id::value).collect(Collectors.joining(", "));
  }

  /**
   * The evidence of a judgment's motivations, counted, for a message: "the only item of evidence
   * of motivation m1", "all 3 items of evidence of motivations m1, m2".
   */
  static String items(int count, KeyJudgment j) {
    return (count == 1 ? "the only item" : "all " + count + " items") + " of evidence of " + motivations(j);
  }

  /** The motivations a judgment rests on, for a message: "motivation m1", "motivations m1, m2". */
  static String motivations(KeyJudgment j) {
    return (j.supportedBy().size() == 1 ? "motivation " : "motivations ") + ids(j.supportedBy());
  }

  /**
   * A warning at the id of every moderate- or high-confidence judgment that is not in
   * {@code covered}: what the key-assumption and indicator rules share.
   */
  static List<TradecraftWarning> firmJudgmentsOutside(
      Case c, String rule, Set<JudgmentId> covered, Function<KeyJudgment, String> message) {
    List<TradecraftWarning> out = new ArrayList<>();
    for (int i = 0; i < c.judgments().size(); i++) {
      KeyJudgment j = c.judgments().get(i);
      if (j.confidence() != Confidence.LOW && !covered.contains(j.id())) {
        out.add(TradecraftWarning.at(rule, judgment(i, "id"),
            j.confidence().key() + "-confidence judgment " + j.id().value() + message.apply(j)));
      }
    }
    return out;
  }
}
