package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A bottom-line judgment of the analysis, with the analyst's confidence and the
 * motivations it rests on.
 *
 * @param id the id
 * @param statement the judgment in a sentence or two
 * @param confidence low, moderate or high
 * @param likelihood an estimative term, where the judgment is a forecast
 * @param supportedBy the motivations that support it (a case must name at least one)
 * @param changeReason why the confidence or likelihood changed since the previous version
 */
public record KeyJudgment(
    JudgmentId id,
    String statement,
    Confidence confidence,
    Optional<Likelihood> likelihood,
    ImmutableList<MotivationId> supportedBy,
    Optional<String> changeReason) {

  /** Checks the components and copies the list. */
  public KeyJudgment {
    Objects.requireNonNull(id, "id must not be null");
    Texts.required("judgment statement", statement);
    Objects.requireNonNull(confidence, "confidence must not be null");
    Objects.requireNonNull(likelihood, "likelihood must not be null");
    supportedBy = ImmutableList.copyOf(supportedBy);
    Texts.optional("changeReason", changeReason);
  }

  /** A judgment without a reason for a change. */
  public KeyJudgment(
      JudgmentId id,
      String statement,
      Confidence confidence,
      Optional<Likelihood> likelihood,
      ImmutableList<MotivationId> supportedBy) {
    this(id, statement, confidence, likelihood, supportedBy, Optional.empty());
  }

  /** A judgment without a likelihood term. */
  public static KeyJudgment of(
      JudgmentId id, String statement, Confidence confidence, MotivationId... supportedBy) {
    return new KeyJudgment(
        id, statement, confidence, Optional.empty(), ImmutableList.copyOf(supportedBy));
  }

  /** An empty builder; {@link Builder#build()} needs the id, the statement and the confidence. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every part of this judgment, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).statement(statement).confidence(confidence).supportedBy(supportedBy);
    b.likelihood = likelihood;
    b.changeReason = changeReason;
    return b;
  }

  /** Builds a {@link KeyJudgment}. List setters add to what the builder holds. */
  public static final class Builder {
    private JudgmentId id;
    private String statement;
    private Confidence confidence;
    private Optional<Likelihood> likelihood = Optional.empty();
    private Optional<String> changeReason = Optional.empty();
    private final ImmutableList.Builder<MotivationId> supportedBy = ImmutableList.builder();

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(JudgmentId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the judgment (required). */
    public Builder statement(String statement) {
      this.statement = statement;
      return this;
    }

    /** Sets the analyst's confidence (required). */
    public Builder confidence(Confidence confidence) {
      this.confidence = confidence;
      return this;
    }

    /** Sets why the confidence or likelihood changed since the previous version. */
    public Builder changeReason(String changeReason) {
      this.changeReason = Optional.of(changeReason);
      return this;
    }

    /** Sets the estimative likelihood term. */
    public Builder likelihood(Likelihood likelihood) {
      this.likelihood = Optional.of(likelihood);
      return this;
    }

    /** Adds supporting motivations. */
    public Builder supportedBy(MotivationId... ids) {
      return supportedBy(Arrays.asList(ids));
    }

    /** Adds supporting motivations. */
    public Builder supportedBy(Iterable<MotivationId> ids) {
      supportedBy.addAll(ids);
      return this;
    }

    /** Builds the judgment, validating it. */
    public KeyJudgment build() {
      return new KeyJudgment(
          id, statement, confidence, likelihood, supportedBy.build(), changeReason);
    }
  }
}
