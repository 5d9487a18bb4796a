package org.briefkit.analysis.tradecraft;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.model.Case;
import org.briefkit.model.Waiver;

/**
 * The tradecraft check of a case: every rule of {@link #RULES} run over it, their warnings in
 * the order of the case, less those of the rules the case waives. A waiver switches its rule off
 * for the whole case; a waiver naming no rule is itself a warning ({@code unknown-rule}).
 *
 * <p>Warnings are advice, not errors: a case with warnings is a valid case. Each names a JSON
 * Pointer (and for a word in a statement, its offset), which the {@link
 * org.briefkit.model.CaseLocator} of a case read from a file turns into {@code file:line:col}.
 */
public final class Tradecraft {
  /** The rules, in the order their warnings come where two fall at the same place. */
  public static final ImmutableList<TradecraftRule> RULES =
      ImmutableList.of(
          new TermDisagrees(),
          new TermWithoutLikelihood(),
          new ConfidenceWithLikelihood(),
          new OtherScaleTerm(),
          new MixedTerms(),
          new SingleSource(),
          new LowGradedEvidence(),
          new ClaimsOnly(),
          new PreviousVersionMissing(),
          new ChangeWithoutReason(),
          new NoKeyAssumption(),
          new NoIndicator(),
          new UnsupportedAssumption(),
          new SourceTextMissing(),
          new LocatorNotFound(),
          new QuoteNotFound(),
          new UnknownRule());

  private Tradecraft() {}

  /** The ids of the rules, in order. */
  public static ImmutableList<String> ids() {
    return RULES.stream().map(TradecraftRule::id).collect(ImmutableList.toImmutableList());
  }

  /** The rule with id {@code id}, if there is one. */
  public static Optional<TradecraftRule> rule(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The warnings about {@code c} of every rule the case does not waive, in the order of the
   * case (by pointer, then offset, then the order of {@link #RULES}).
   */
  public static ImmutableList<TradecraftWarning> check(Case c) {
    return check(c, CaseMaterials.none());
  }

  /**
   * The warnings about {@code c}, read with the materials it names (its sources' texts, its
   * previous version), of every rule the case does not waive, in the order of the case.
   */
  public static ImmutableList<TradecraftWarning> check(Case c, CaseMaterials materials) {
    Objects.requireNonNull(c, "case must not be null");
    return check(TradecraftInput.of(c, materials));
  }

  /**
   * The warnings about the case of {@code in}, of every rule the case does not waive, in the
   * order of the case; what {@code in} derives from the materials is derived once for all rules.
   */
  public static ImmutableList<TradecraftWarning> check(TradecraftInput in) {
    Objects.requireNonNull(in, "in must not be null");
    Case c = in.aCase();
    Set<String> waived = c.waivers().stream().map(Waiver::rule).collect(Collectors.toSet());
    List<TradecraftWarning> found = new ArrayList<>();
    for (TradecraftRule rule : RULES) {
      if (!waived.contains(rule.id())) {
        found.addAll(rule.check(in));
      }
    }
    ImmutableList<String> order = ids();
    found.sort(
        Comparator.comparing(TradecraftWarning::pointer, CaseOrder.INSTANCE)
            .thenComparingInt(TradecraftWarning::offset)
            .thenComparingInt(w -> order.indexOf(w.rule())));
    return ImmutableList.copyOf(found);
  }
}
