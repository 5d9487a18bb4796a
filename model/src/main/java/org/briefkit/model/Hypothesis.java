package org.briefkit.model;

import java.util.Objects;

/**
 * One of the competing explanations an ACH matrix tests.
 *
 * @param id the hypothesis' id, unique in its matrix
 * @param statement the explanation in a sentence
 */
public record Hypothesis(HypothesisId id, String statement) {
  /** Checks that both parts are present. */
  public Hypothesis {
    Objects.requireNonNull(id, "id must not be null");
    Texts.required("hypothesis statement", statement);
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this hypothesis' values. */
  public Builder toBuilder() {
    return new Builder().id(id).statement(statement);
  }

  /** Builds a {@link Hypothesis}. */
  public static final class Builder {
    private HypothesisId id;
    private String statement;

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(HypothesisId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the statement (required). */
    public Builder statement(String statement) {
      this.statement = statement;
      return this;
    }

    /** Builds the hypothesis. */
    public Hypothesis build() {
      return new Hypothesis(id, statement);
    }
  }
}
