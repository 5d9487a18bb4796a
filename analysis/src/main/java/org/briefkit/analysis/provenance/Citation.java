package org.briefkit.analysis.provenance;

import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.AchItem;
import org.briefkit.model.Evidence;
import org.briefkit.model.Locator;
import org.briefkit.model.SourceId;

/**
 * What a citation says about its source, all that is checked against the source's text: the
 * source, the place, and the text with its quotes. Equal citations are checked equally.
 *
 * @param source the source cited
 * @param locator the place cited, if any
 * @param text the evidence text, whose quotes are checked
 */
public record Citation(SourceId source, Optional<Locator> locator, String text) {
  /** Checks the parts. */
  public Citation {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(locator, "locator must not be null (use Optional.empty())");
    Objects.requireNonNull(text, "text must not be null");
  }

  /** The citation of an item of evidence. */
  public static Citation of(Evidence e) {
    return new Citation(e.source(), e.locator(), e.text());
  }

  /**
   * The citation of an ACH item of kind evidence.
   *
   * @throws IllegalArgumentException if the item cites no source
   */
  public static Citation of(AchItem item) {
    SourceId source =
        item.source().orElseThrow(() -> new IllegalArgumentException("ACH item " + item.id().value() + " cites no source"));
    return new Citation(source, item.locator(), item.text());
  }
}
