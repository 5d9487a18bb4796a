package org.briefkit.model;

import java.util.Objects;

/**
 * A case as read from a file or workbook, with where its values were written, so that what is
 * found later (a tradecraft warning, say) can be reported at its place in the input.
 *
 * @param value the case
 * @param locator where its values were written
 */
public record LocatedCase(Case value, CaseLocator locator) {
  /** Checks that both parts are present. */
  public LocatedCase {
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(locator, "locator must not be null");
  }
}
