package org.briefkit.model.format;

import static org.briefkit.model.format.Field.defaulted;
import static org.briefkit.model.format.Field.optional;
import static org.briefkit.model.format.Field.required;
import static org.briefkit.model.format.Field.requiredList;

import org.briefkit.model.AchItem;
import org.briefkit.model.AchItemId;
import org.briefkit.model.AchItemKind;
import org.briefkit.model.AssumptionId;
import org.briefkit.model.Credibility;
import org.briefkit.model.Rating;
import org.briefkit.model.Relevance;
import org.briefkit.model.SourceId;

/** The fields of an {@link AchItem}. */
final class AchItemFields {
  private AchItemFields() {}

  static Entity<AchItem, AchItem.Builder> entity() {
    return Entity.declare("item", AchItem::builder, AchItem.Builder::build)
        .field(required("id", "Id", Types.id(AchItemId::of, ""), AchItem::id, AchItem.Builder::id,
            "the id of the item, unique in its matrix"))
        .field(defaulted("kind", "Kind", Types.choice(AchItemKind.class), AchItemKind.EVIDENCE, null,
            AchItem::kind, AchItem.Builder::kind,
            "evidence (cites a source), assumption (names a key assumption) or absence (evidence"
                + " one would expect and does not see)"))
        .field(optional("source", "Source", Types.id(SourceId::of, "source"), AchItem::source,
            AchItem.Builder::source, "for evidence, the source cited"))
        .field(optional("locator", "Locator", Types.LOCATOR, AchItem::locator,
            AchItem.Builder::locator, "for evidence, where in the source"))
        .field(optional("assumption", "Assumption", Types.id(AssumptionId::of, "assumption"),
            AchItem::assumption, AchItem.Builder::assumption,
            "for an assumption, the key assumption it is"))
        .field(optional("credibility", "Credibility", Types.choice(Credibility.class),
            AchItem::credibility, AchItem.Builder::credibility,
            "the item's credibility grade, 1 to 6; without it the source's reliability counts"))
        .field(defaulted("relevance", "Relevance", Types.choice(Relevance.class), Relevance.MEDIUM,
            null, AchItem::relevance, AchItem.Builder::relevance,
            "how much the item matters to the question"))
        .field(requiredList("ratings", "Ratings", Types.choices(Rating.class, "rating"),
            AchItem::ratings, AchItem.Builder::ratings,
            "its rating against each hypothesis, in their order: CC, C, N, I, II or NA"))
        .field(required("text", "Text", Types.TEXT, AchItem::text, AchItem.Builder::text,
            "what the item says, in a line"))
        .done();
  }
}
