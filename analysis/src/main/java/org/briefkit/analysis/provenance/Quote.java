package org.briefkit.analysis.provenance;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A quoted fragment of an evidence text ({@link Quotes#in(String)}).
 *
 * @param offset the index of the opening quote mark in the evidence text, where a warning about
 *     the quote points
 * @param text what stands between the quote marks
 * @param parts the quote split at ellipses ({@code …}, {@code ...}) and bracketed insertions
 *     ({@code [...]}, {@code [the alliance's]}): the pieces that must occur, in order, in the
 *     cited place; one part for a quote without them
 */
public record Quote(int offset, String text, ImmutableList<String> parts) {
  /** Checks the parts: at least one, none blank. */
  public Quote {
    Objects.requireNonNull(text, "text must not be null");
    parts = ImmutableList.copyOf(parts);
    if (offset < 0) {
      throw new IllegalArgumentException("offset (" + offset + ") must not be negative");
    }
    if (parts.isEmpty() || parts.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("a quote (" + text + ") has parts, none of them blank");
    }
  }
}
