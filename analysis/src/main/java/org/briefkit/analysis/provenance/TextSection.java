package org.briefkit.analysis.provenance;

import java.util.Objects;

/**
 * A section of a source text: opened by a heading that starts with a section designation, it
 * runs to the next heading that is not inside it (see {@link SourceText}).
 *
 * @param designation the section's designation as a locator writes it: {@code 2.3}, {@code A}
 * @param heading the text of its heading
 * @param first the index of its heading among the text's blocks
 * @param end the index of the first block after it
 */
public record TextSection(String designation, String heading, int first, int end) {
  /** Checks the parts. */
  public TextSection {
    Objects.requireNonNull(designation, "designation must not be null");
    Objects.requireNonNull(heading, "heading must not be null");
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException("a section runs from its heading (" + first + ") to a later block (" + end + ")");
    }
  }
}
