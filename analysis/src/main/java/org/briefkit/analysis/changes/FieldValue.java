package org.briefkit.analysis.changes;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A field's value as a case file writes it: one text ({@code moderate}, {@code 2040-11-30}, a
 * statement) or the items of a list ({@code [m1, m2]}), each item spelt as the case file spells
 * it.
 *
 * @param items the text of a single value as one item, or the items of a list, in order
 * @param list whether the field holds a list
 * @param prose whether the value (or each item) is free text, which a reader sees quoted, rather
 *     than a key, an id, a date or a number
 */
public record FieldValue(ImmutableList<String> items, boolean list, boolean prose) {
  /** Copies the items and checks that a single value has exactly one. */
  public FieldValue {
    items = ImmutableList.copyOf(items);
    if (!list && items.size() != 1) {
      throw new IllegalArgumentException(
          "a single value must have one item, not " + items.size() + ": " + items);
    }
  }

  /** A single value. */
  public static FieldValue single(String text, boolean prose) {
    return new FieldValue(ImmutableList.of(Objects.requireNonNull(text, "text must not be null")), false, prose);
  }

  /** A list of values. */
  public static FieldValue list(List<String> items, boolean prose) {
    return new FieldValue(ImmutableList.copyOf(items), true, prose);
  }

  /**
   * The value on one line as a case file writes it: the text of a single value, or the items
   * of a list between brackets and separated by commas ({@code [m1, m2]}).
   */
  public String text() {
    return list ? "[" + String.join(", ", items) + "]" : items.get(0);
  }
}
