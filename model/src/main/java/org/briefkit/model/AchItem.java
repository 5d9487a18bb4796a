package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of an ACH matrix: an item of evidence (a place in a source), a key assumption, or an
 * absence of evidence, with its relevance and its rating against each hypothesis.
 *
 * @param id the item's id, unique in its matrix
 * @param kind evidence, assumption or absence
 * @param source for evidence, the source cited
 * @param locator for evidence, where in the source
 * @param assumption for an assumption, the key assumption it is
 * @param credibility the item's credibility grade (1–6), if graded; else its source's grade counts
 * @param text what the item says, in a line
 * @param relevance how much it matters to the question
 * @param ratings its rating against each hypothesis, in the matrix's order of hypotheses
 */
public record AchItem(
    AchItemId id,
    AchItemKind kind,
    Optional<SourceId> source,
    Optional<Locator> locator,
    Optional<AssumptionId> assumption,
    Optional<Credibility> credibility,
    String text,
    Relevance relevance,
    ImmutableList<Rating> ratings) {

  /** Checks the parts and copies the ratings. */
  public AchItem {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(source, "source must not be null (use Optional.empty())");
    Objects.requireNonNull(locator, "locator must not be null (use Optional.empty())");
    Objects.requireNonNull(assumption, "assumption must not be null (use Optional.empty())");
    Objects.requireNonNull(credibility, "credibility must not be null (use Optional.empty())");
    Texts.required("item text", text);
    Objects.requireNonNull(relevance, "relevance must not be null");
    ratings = ImmutableList.copyOf(ratings);
  }

  /** The citation a reader sees: "article ¶3", the assumption's id, or "absence". */
  public String cite() {
    return switch (kind) {
      case EVIDENCE -> source.map(s -> locator.map(l -> s.value() + " " + l.cite()).orElse(s.value())).orElse("");
      case ASSUMPTION -> assumption.map(AssumptionId::value).orElse("");
      case ABSENCE -> "absence of evidence";
    };
  }

  /** An empty builder; the kind is evidence and the relevance medium unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this item's values. */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).kind(kind).text(text).relevance(relevance).ratings(ratings);
    b.source = source;
    b.locator = locator;
    b.assumption = assumption;
    b.credibility = credibility;
    return b;
  }

  /** Builds an {@link AchItem}. */
  public static final class Builder {
    private AchItemId id;
    private AchItemKind kind = AchItemKind.EVIDENCE;
    private Optional<SourceId> source = Optional.empty();
    private Optional<Locator> locator = Optional.empty();
    private Optional<AssumptionId> assumption = Optional.empty();
    private Optional<Credibility> credibility = Optional.empty();
    private String text;
    private Relevance relevance = Relevance.MEDIUM;
    private final ImmutableList.Builder<Rating> ratings = ImmutableList.builder();

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(AchItemId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the kind. */
    public Builder kind(AchItemKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind must not be null");
      return this;
    }

    /** Sets the source cited. */
    public Builder source(SourceId source) {
      this.source = Optional.of(source);
      return this;
    }

    /** Sets where in the source. */
    public Builder locator(Locator locator) {
      this.locator = Optional.of(locator);
      return this;
    }

    /** Sets the key assumption the item is. */
    public Builder assumption(AssumptionId assumption) {
      this.assumption = Optional.of(assumption);
      return this;
    }

    /** Sets the credibility grade. */
    public Builder credibility(Credibility credibility) {
      this.credibility = Optional.of(credibility);
      return this;
    }

    /** Sets the text (required). */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Sets the relevance. */
    public Builder relevance(Relevance relevance) {
      this.relevance = Objects.requireNonNull(relevance, "relevance must not be null");
      return this;
    }

    /** Adds ratings, in the order of the hypotheses. */
    public Builder ratings(Rating... ratings) {
      return ratings(Arrays.asList(ratings));
    }

    /** Adds ratings, in the order of the hypotheses. */
    public Builder ratings(Iterable<Rating> ratings) {
      this.ratings.addAll(ratings);
      return this;
    }

    /** Builds the item. */
    public AchItem build() {
      return new AchItem(id, kind, source, locator, assumption, credibility, text, relevance, ratings.build());
    }
  }
}
