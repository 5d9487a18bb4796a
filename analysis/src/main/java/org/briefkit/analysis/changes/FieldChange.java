package org.briefkit.analysis.changes;

import java.util.Objects;
import java.util.Optional;

/**
 * A field of an element whose value differs between two versions.
 *
 * @param field the field's name in case files ({@code rationale}, {@code supportedBy})
 * @param before its value in the old version; empty when the field was not given (an optional
 *     field left out, an empty list)
 * @param after its value in the new version; empty when the field is not given
 */
public record FieldChange(String field, Optional<FieldValue> before, Optional<FieldValue> after) {
  /** Checks the parts. */
  public FieldChange {
    Objects.requireNonNull(field, "field must not be null");
    Objects.requireNonNull(before, "before must not be null (use Optional.empty())");
    Objects.requireNonNull(after, "after must not be null (use Optional.empty())");
    if (before.equals(after)) {
      throw new IllegalArgumentException(field + " has the same value before and after: " + before);
    }
  }
}
