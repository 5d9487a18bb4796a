/**
 * The BriefKit domain model: a policy analysis as typed, validated, immutable data.
 *
 * <p>{@link org.briefkit.model.Case} is the aggregate root. It holds the
 * {@link org.briefkit.model.Stakeholder stakeholders} whose
 * {@link org.briefkit.model.Motivation motivations} the analysis explains, classified in
 * {@link org.briefkit.model.Domain domains}, supported by
 * {@link org.briefkit.model.Evidence evidence} from {@link org.briefkit.model.Source sources},
 * and the {@link org.briefkit.model.Actor actors}, {@link org.briefkit.model.Event events},
 * {@link org.briefkit.model.ArmsTransfer arms transfers} and
 * {@link org.briefkit.model.KeyJudgment key judgments} around them, and the
 * {@link org.briefkit.model.Dataset datasets} (SIPRI, ACLED) it reads transfers and events from,
 * which its evidence cites as sources. Every element has a typed
 * id; {@link org.briefkit.model.PartialDate} and {@link org.briefkit.model.DateSpan} keep the
 * precision of dates the source gives. All types are immutable and safe to share between
 * threads; collections are Guava immutable collections in the analyst's order.
 */
package org.briefkit.model;
