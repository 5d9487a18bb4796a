/**
 * Analysis of a case: pure, deterministic functions from a {@link org.briefkit.model.Case} to
 * immutable results (motivations by stakeholder, the stakeholder × domain matrix,
 * convergence, drivers, the timeline, the actor network, evidence coverage, findings).
 */
package org.briefkit.analysis;
