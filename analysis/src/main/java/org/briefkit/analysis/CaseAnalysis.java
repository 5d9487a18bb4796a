package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.analysis.ach.AchAnalysis;
import org.briefkit.analysis.changes.CaseChanges;
import org.briefkit.analysis.provenance.ProvenanceReport;
import org.briefkit.analysis.tradecraft.TradecraftWarning;
import org.briefkit.model.Case;
import org.briefkit.model.Messages;

/**
 * Everything the analysis computes from one case; renderers draw from it and never re-derive
 * figures. Every list follows the case's own order (stakeholders, domains, actors, events as
 * the analyst listed them) unless its description says otherwise; nothing depends on hash
 * order, the clock, the locale or the time zone.
 *
 * @param theCase the case analysed
 * @param motivations the motivations by stakeholder, then by domain, with counts and weights
 * @param matrix the stakeholder × domain matrix, zeros included
 * @param convergence shared and one-sided interests, pair by pair and case-wide
 * @param drivers the driver index: which third parties drive whose motivations
 * @param timeline the events in chronological order, with milestone threads and gaps
 * @param network the actor network and the arms flows of the focus actor
 * @param coverage the evidence behind each motivation and judgment, and the weak spots
 * @param findings short factual sentences derived from the figures above, in the case's language
 *     ({@link #findingsIn} gives them in another)
 * @param ach the analysis of each of the case's ACH matrices, in the case's order
 * @param provenance every citation checked against its source's text, when the materials hold
 *     the texts (else every citation has no text)
 * @param tradecraft what the tradecraft rules find, less the rules the case waives
 * @param changes what changed since the case's previous version, when the analysis was given
 *     one ({@link CaseMaterials#previous()})
 */
public record CaseAnalysis(
    Case theCase,
    MotivationGroups motivations,
    DomainMatrix matrix,
    Convergence convergence,
    DriverIndex drivers,
    Timeline timeline,
    ActorNetwork network,
    EvidenceCoverage coverage,
    ImmutableList<Finding> findings,
    ImmutableList<AchAnalysis> ach,
    ProvenanceReport provenance,
    ImmutableList<TradecraftWarning> tradecraft,
    Optional<CaseChanges> changes) {
  /** Checks that every part is present and copies the findings. */
  public CaseAnalysis {
    Objects.requireNonNull(theCase, "theCase must not be null");
    Objects.requireNonNull(motivations, "motivations must not be null");
    Objects.requireNonNull(matrix, "matrix must not be null");
    Objects.requireNonNull(convergence, "convergence must not be null");
    Objects.requireNonNull(drivers, "drivers must not be null");
    Objects.requireNonNull(timeline, "timeline must not be null");
    Objects.requireNonNull(network, "network must not be null");
    Objects.requireNonNull(coverage, "coverage must not be null");
    Objects.requireNonNull(provenance, "provenance must not be null");
    findings = ImmutableList.copyOf(findings);
    ach = ImmutableList.copyOf(ach);
    tradecraft = ImmutableList.copyOf(tradecraft);
    Objects.requireNonNull(changes, "changes must not be null (use Optional.empty())");
  }

  /**
   * The findings in the language BriefKit generates for BCP 47 tag {@code language}: {@link
   * #findings()} when that is the case's own, else the same findings derived again in the
   * words of that language (as a brief rendered with another language asks).
   */
  public ImmutableList<Finding> findingsIn(String language) {
    if (Messages.supported(language).equals(Messages.supported(theCase.language()))) {
      return findings;
    }
    return Findings.of(this, AnalysisText.load(language));
  }
}
