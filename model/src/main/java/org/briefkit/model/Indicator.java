package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator: something that, if observed, would change the assessment, strengthening some
 * key judgments and weakening others.
 *
 * @param id the indicator's id
 * @param statement what would be observed, in a sentence
 * @param strengthens the judgments that observing it would strengthen
 * @param weakens the judgments that observing it would weaken
 * @param status whether it is watched for, observed or lapsed
 * @param observed when it was observed, if it was
 */
public record Indicator(
    IndicatorId id,
    String statement,
    ImmutableList<JudgmentId> strengthens,
    ImmutableList<JudgmentId> weakens,
    IndicatorStatus status,
    Optional<PartialDate> observed) {

  /** Checks the parts and copies the lists. */
  public Indicator {
    Objects.requireNonNull(id, "id must not be null");
    Texts.required("indicator statement", statement);
    strengthens = ImmutableList.copyOf(strengthens);
    weakens = ImmutableList.copyOf(weakens);
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(observed, "observed must not be null (use Optional.empty())");
  }

  /** The judgments it bears on, strengthened first, each once. */
  public ImmutableList<JudgmentId> judgments() {
    ImmutableList.Builder<JudgmentId> b = ImmutableList.builder();
    b.addAll(strengthens);
    weakens.stream().filter(j -> !strengthens.contains(j)).forEach(b::add);
    return b.build();
  }

  /** An empty builder; the status is {@link IndicatorStatus#WATCHING} unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this indicator's values. */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).statement(statement).strengthens(strengthens).weakens(weakens).status(status);
    b.observed = observed;
    return b;
  }

  /** Builds an {@link Indicator}. */
  public static final class Builder {
    private IndicatorId id;
    private String statement;
    private final ImmutableList.Builder<JudgmentId> strengthens = ImmutableList.builder();
    private final ImmutableList.Builder<JudgmentId> weakens = ImmutableList.builder();
    private IndicatorStatus status = IndicatorStatus.WATCHING;
    private Optional<PartialDate> observed = Optional.empty();

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(IndicatorId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the statement (required). */
    public Builder statement(String statement) {
      this.statement = statement;
      return this;
    }

    /** Adds judgments it would strengthen. */
    public Builder strengthens(JudgmentId... ids) {
      return strengthens(Arrays.asList(ids));
    }

    /** Adds judgments it would strengthen. */
    public Builder strengthens(Iterable<JudgmentId> ids) {
      strengthens.addAll(ids);
      return this;
    }

    /** Adds judgments it would weaken. */
    public Builder weakens(JudgmentId... ids) {
      return weakens(Arrays.asList(ids));
    }

    /** Adds judgments it would weaken. */
    public Builder weakens(Iterable<JudgmentId> ids) {
      weakens.addAll(ids);
      return this;
    }

    /** Sets the status. */
    public Builder status(IndicatorStatus status) {
      this.status = Objects.requireNonNull(status, "status must not be null");
      return this;
    }

    /** Sets when it was observed. */
    public Builder observed(PartialDate observed) {
      this.observed = Optional.of(observed);
      return this;
    }

    /** Builds the indicator. */
    public Indicator build() {
      return new Indicator(id, statement, strengthens.build(), weakens.build(), status, observed);
    }
  }
}
