package org.briefkit.analysis.ach;

import java.util.Optional;
import org.briefkit.model.AchItem;
import org.briefkit.model.Case;
import org.briefkit.model.Source;

/**
 * The credibility of an ACH item, from the tradecraft grades: the item's own credibility grade
 * when it has one, else its source's reliability grade, else medium. Grades 1–2 and A–B are high,
 * 3–4 and C–D medium, 5 and E low; 6 and F say that the grade cannot be judged, which is no
 * reason to weigh an item down, so they count as medium.
 */
final class ItemCredibility {
  private ItemCredibility() {}

  static Level of(Case c, AchItem item) {
    if (item.credibility().isPresent()) {
      return Level.of(item.credibility().get());
    }
    Optional<Source.Reliability> grade =
        item.source().flatMap(c::source).flatMap(Source::reliability);
    return grade.map(Level::of).orElse(Level.MEDIUM);
  }
}
