package org.briefkit.model;

/**
 * A typed identifier. Each kind of element has its own id type, so that references
 * between elements are checked by the compiler; {@link #value()} is the text an
 * analyst writes in a case file.
 */
public sealed interface Id
    permits CaseId, StakeholderId, DomainId, MotivationId, SourceId, ActorId, EventId,
        TransferId, JudgmentId, AssumptionId, IndicatorId, HypothesisId, AchItemId, AchId {
  /** The id text as written in the case file. */
  String value();
}
