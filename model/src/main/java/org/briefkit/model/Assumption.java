package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;

/**
 * A key assumption: something the analysis takes to be true without holding it as evidence,
 * with what a key assumptions check found of it and the judgments that rest on it.
 *
 * @param id the assumption's id
 * @param statement the assumption in a sentence
 * @param status what the check found: solid, caveated or unsupported
 * @param underpins the key judgments that rest on it, at least one
 * @param evidence the evidence for it, if any
 */
public record Assumption(
    AssumptionId id,
    String statement,
    AssumptionStatus status,
    ImmutableList<JudgmentId> underpins,
    ImmutableList<Evidence> evidence) {

  /** Checks the parts and copies the lists. */
  public Assumption {
    Objects.requireNonNull(id, "id must not be null");
    Texts.required("assumption statement", statement);
    Objects.requireNonNull(status, "status must not be null");
    underpins = ImmutableList.copyOf(underpins);
    evidence = ImmutableList.copyOf(evidence);
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this assumption's values. */
  public Builder toBuilder() {
    return new Builder().id(id).statement(statement).status(status).underpins(underpins).evidence(evidence);
  }

  /** Builds an {@link Assumption}. */
  public static final class Builder {
    private AssumptionId id;
    private String statement;
    private AssumptionStatus status;
    private final ImmutableList.Builder<JudgmentId> underpins = ImmutableList.builder();
    private final ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(AssumptionId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the statement (required). */
    public Builder statement(String statement) {
      this.statement = statement;
      return this;
    }

    /** Sets the status (required). */
    public Builder status(AssumptionStatus status) {
      this.status = status;
      return this;
    }

    /** Adds judgments it underpins. */
    public Builder underpins(JudgmentId... ids) {
      return underpins(Arrays.asList(ids));
    }

    /** Adds judgments it underpins. */
    public Builder underpins(Iterable<JudgmentId> ids) {
      underpins.addAll(ids);
      return this;
    }

    /** Adds evidence. */
    public Builder evidence(Evidence... items) {
      return evidence(Arrays.asList(items));
    }

    /** Adds evidence. */
    public Builder evidence(Iterable<Evidence> items) {
      evidence.addAll(items);
      return this;
    }

    /** Builds the assumption. */
    public Assumption build() {
      return new Assumption(id, statement, status, underpins.build(), evidence.build());
    }
  }
}
