/**
 * Analysis of a case: pure, deterministic functions from a {@link org.briefkit.model.Case} to
 * immutable results, ordered as the case orders things. {@link org.briefkit.analysis.Analyzer}
 * gives a {@link org.briefkit.analysis.CaseAnalysis} holding the motivations by stakeholder and
 * domain ({@link org.briefkit.analysis.MotivationGroups}), the stakeholder × domain matrix
 * ({@link org.briefkit.analysis.DomainMatrix}), convergence between stakeholders
 * ({@link org.briefkit.analysis.Convergence}), the driver index
 * ({@link org.briefkit.analysis.DriverIndex}), the timeline
 * ({@link org.briefkit.analysis.Timeline}), the actor network and arms flows
 * ({@link org.briefkit.analysis.ActorNetwork}), evidence coverage
 * ({@link org.briefkit.analysis.EvidenceCoverage}) and generated findings
 * ({@link org.briefkit.analysis.Finding}). Weights are salience weights: primary 3, secondary 2,
 * subsidiary 1.
 */
package org.briefkit.analysis;
