package org.briefkit.analysis.provenance;

import java.util.Objects;

/**
 * The place in a source text a locator cites, or why it is not there.
 *
 * @param outcome whether the place was found, is not there, or cannot be checked
 * @param from the index of the place's first block ({@link Outcome#FOUND}); 0 for the whole text
 *     ({@link Outcome#NOT_CHECKABLE}); 0 when not found
 * @param to the index of the first block after the place; the number of blocks for the whole
 *     text; 0 when not found
 * @param why for a place not there or not checkable, why, as the end of a sentence: "the text
 *     has 7 paragraphs, not counting its 3 headings"; empty when found
 */
public record Passage(Outcome outcome, int from, int to, String why) {
  /** What became of a locator. */
  public enum Outcome {
    /** The place is in the text: blocks {@code from} to {@code to}. */
    FOUND,
    /** The place is not in the text ({@code para 9} of a text of 7 paragraphs). */
    NOT_FOUND,
    /**
     * The text cannot tell (a page locator on a text without page marks): quotes are looked for
     * in the whole text, and nothing is wrong with the locator.
     */
    NOT_CHECKABLE
  }

  /** Checks the parts. */
  public Passage {
    Objects.requireNonNull(outcome, "outcome must not be null");
    Objects.requireNonNull(why, "why must not be null");
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("blocks from " + from + " to " + to + " are no place");
    }
  }

  static Passage found(int from, int to) {
    return new Passage(Outcome.FOUND, from, to, "");
  }

  static Passage notFound(String why) {
    return new Passage(Outcome.NOT_FOUND, 0, 0, why);
  }

  static Passage notCheckable(int blocks, String why) {
    return new Passage(Outcome.NOT_CHECKABLE, 0, blocks, why);
  }

  /** Whether quotes can be looked for in it: found, or the whole text. */
  public boolean isSearchable() {
    return outcome != Outcome.NOT_FOUND;
  }
}
