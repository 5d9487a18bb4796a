package org.briefkit.analysis.provenance;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A block of a source text: a heading or a paragraph, as a locator counts them.
 *
 * @param index the block's place among all the text's blocks, from 0
 * @param kind heading or paragraph
 * @param level a heading's level (1 for the top; plain-text headings are all 1); 0 for a paragraph
 * @param text the block's text as written, its line breaks kept, markup left out
 * @param number the paragraph number a locator gives ({@code para 4}); empty for a heading when
 *     headings are not counted
 * @param page the page the block is on, from 1 (1 throughout a text without page marks)
 */
public record TextBlock(int index, Kind kind, int level, String text, OptionalInt number, int page) {
  /** What a block is. */
  public enum Kind {
    /** A heading: it opens a section when it starts with a section number. */
    HEADING,
    /** Body text: a paragraph, a list item, a quotation, a block of code. */
    PARAGRAPH
  }

  /** Checks the parts. */
  public TextBlock {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(number, "number must not be null (use OptionalInt.empty())");
    if (index < 0 || level < 0 || page < 1) {
      throw new IllegalArgumentException(
          "index (" + index + ") and level (" + level + ") must not be negative, page (" + page + ") must be at least 1");
    }
  }

  /** Whether the block is a heading. */
  public boolean isHeading() {
    return kind == Kind.HEADING;
  }
}
