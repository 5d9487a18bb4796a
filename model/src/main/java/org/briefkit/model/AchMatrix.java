package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;

/**
 * An analysis of competing hypotheses (Heuer's ACH) for one of the case's questions: the
 * hypotheses, and the items rated against each of them.
 *
 * @param id the matrix' id
 * @param question which of the case's questions it answers, counted from 1
 * @param hypotheses the competing explanations, at least two
 * @param items the items, each rated against every hypothesis
 */
public record AchMatrix(
    AchId id, int question, ImmutableList<Hypothesis> hypotheses, ImmutableList<AchItem> items) {

  /** Checks the parts and copies the lists. */
  public AchMatrix {
    Objects.requireNonNull(id, "id must not be null");
    hypotheses = ImmutableList.copyOf(hypotheses);
    items = ImmutableList.copyOf(items);
  }

  /** An empty builder; the question is the first unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this matrix' values. */
  public Builder toBuilder() {
    return new Builder().id(id).question(question).hypotheses(hypotheses).items(items);
  }

  /** Builds an {@link AchMatrix}. */
  public static final class Builder {
    private AchId id;
    private int question = 1;
    private final ImmutableList.Builder<Hypothesis> hypotheses = ImmutableList.builder();
    private final ImmutableList.Builder<AchItem> items = ImmutableList.builder();

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(AchId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets which question, counted from 1. */
    public Builder question(int question) {
      this.question = question;
      return this;
    }

    /** Adds hypotheses. */
    public Builder hypotheses(Hypothesis... items) {
      return hypotheses(Arrays.asList(items));
    }

    /** Adds hypotheses. */
    public Builder hypotheses(Iterable<Hypothesis> items) {
      hypotheses.addAll(items);
      return this;
    }

    /** Adds items. */
    public Builder items(AchItem... items) {
      return items(Arrays.asList(items));
    }

    /** Adds items. */
    public Builder items(Iterable<AchItem> items) {
      this.items.addAll(items);
      return this;
    }

    /** Builds the matrix. */
    public AchMatrix build() {
      return new AchMatrix(id, question, hypotheses.build(), items.build());
    }
  }
}
