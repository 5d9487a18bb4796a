package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.briefkit.analysis.ach.Ach;
import org.briefkit.analysis.ach.AchAnalysis;
import org.briefkit.analysis.provenance.ProvenanceReport;
import org.briefkit.analysis.tradecraft.Tradecraft;
import org.briefkit.analysis.tradecraft.TradecraftInput;
import org.briefkit.analysis.tradecraft.TradecraftWarning;
import org.briefkit.model.Case;

/**
 * Analyses cases. The analysis is a pure function of the case: the same case gives an equal
 * result every time, in any locale or time zone, and it takes time linear in the size of the
 * case.
 */
public final class Analyzer {
  private Analyzer() {}

  /**
   * Analyses {@code aCase}: groups its motivations, builds the matrix, the convergence, the
   * driver index, the timeline, the actor network and the evidence coverage, scores its ACH
   * matrices, runs the tradecraft rules, and derives the findings. Its citations are not checked
   * against texts: there are none.
   */
  public static CaseAnalysis analyze(Case aCase) {
    return analyze(aCase, CaseMaterials.none());
  }

  /**
   * Analyses {@code aCase} with the materials it names beyond itself (its sources' texts, its
   * previous version): its citations are checked against the texts once, it is compared with its
   * previous version once, and the tradecraft check reads the materials and both results.
   */
  public static CaseAnalysis analyze(Case aCase, CaseMaterials materials) {
    Objects.requireNonNull(aCase, "case must not be null");
    Objects.requireNonNull(materials, "materials must not be null");
    Index index = new Index(aCase);
    MotivationAnalysis m = new MotivationAnalysis(aCase, index);
    MotivationGroups groups = m.groups();
    DomainMatrix matrix = m.matrix();
    Convergence convergence = m.convergence();
    DriverIndex drivers = m.drivers();
    Timeline timeline = TimelineAnalysis.timeline(aCase);
    ActorNetwork network = NetworkAnalysis.network(aCase, index);
    EvidenceCoverage coverage = CoverageAnalysis.coverage(aCase, index);
    ImmutableList<AchAnalysis> ach = Ach.analyse(aCase);
    ProvenanceReport provenance = ProvenanceReport.of(aCase, materials.texts());
    TradecraftInput in = TradecraftInput.of(aCase, materials, provenance);
    ImmutableList<TradecraftWarning> tradecraft = Tradecraft.check(in);
    // Findings read the other results; they are derived from an analysis that has none yet.
    CaseAnalysis partial =
        new CaseAnalysis(
            aCase, groups, matrix, convergence, drivers, timeline, network, coverage,
            ImmutableList.of(), ach, provenance, tradecraft, in.changes());
    return new CaseAnalysis(
        aCase, groups, matrix, convergence, drivers, timeline, network, coverage,
        Findings.of(partial, AnalysisText.load(aCase.language())), ach, provenance, tradecraft, in.changes());
  }
}
