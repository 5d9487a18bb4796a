package org.briefkit.analysis;

import java.util.Objects;
import org.briefkit.model.Source;

/**
 * How much the analysis leans on one source.
 *
 * @param source the source
 * @param citations how many pieces of evidence cite it, in motivations, events and transfers
 * @param motivations how many motivations cite it at least once
 */
public record SourceUse(Source source, int citations, int motivations) {
  /** Checks the components. */
  public SourceUse {
    Objects.requireNonNull(source, "source must not be null");
  }
}
