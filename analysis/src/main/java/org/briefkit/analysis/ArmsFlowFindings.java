package org.briefkit.analysis;

import static org.briefkit.analysis.FindingParts.fig;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefkit.model.Actor;
import org.briefkit.model.Id;
import org.briefkit.model.TransferStatus;

/** The focus actor's arms imports and exports by status, and the transfers it is not part of. */
final class ArmsFlowFindings implements FindingRule {
  @Override
  public Finding.Topic topic() {
    return Finding.Topic.ARMS_FLOWS;
  }

  @Override
  public void find(CaseAnalysis a, Out out) {
    ArmsFlows f = a.network().flows();
    int total = a.theCase().transfers().size();
    if (total == 0) {
      return;
    }
    if (f.focus().isEmpty()) {
      out.add(
          "The case records " + Texts.count(total, "arms transfer")
              + "; it names no focus actor, so none is counted as an import or an export.",
          List.of(fig("arms transfers", total)),
          List.of());
      return;
    }
    Actor focus = f.focus().get();
    flow(focus, f.imports(), "imports arms from", "imports", out);
    flow(focus, f.exports(), "exports arms to", "exports", out);
    if (!f.others().isEmpty()) {
      out.add(
          Texts.count(f.others().size(), "arms transfer") + " in the case "
              + (f.others().size() == 1 ? "does" : "do") + " not involve " + focus.name() + ".",
          List.of(fig("transfers not involving " + focus.name(), f.others().size())),
          List.of(focus.id()));
    }
  }

  private static void flow(Actor focus, List<Flow> flows, String verb, String noun, Out out) {
    if (flows.isEmpty()) {
      out.add(
          "The case records no arms " + noun + " of " + focus.name() + ".",
          List.of(fig(focus.name() + " " + noun, 0)),
          List.of(focus.id()));
      return;
    }
    Set<Id> partners = new LinkedHashSet<>();
    Map<TransferStatus, Integer> byStatus = new EnumMap<>(TransferStatus.class);
    int count = 0;
    for (Flow fl : flows) {
      partners.add(fl.partner().id());
      byStatus.merge(fl.status(), fl.count(), Integer::sum);
      count += fl.count();
    }
    List<String> statusParts = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    figures.add(fig(focus.name() + " " + noun + " partners", partners.size()));
    figures.add(fig(focus.name() + " " + noun + " transfers", count));
    for (Map.Entry<TransferStatus, Integer> e : byStatus.entrySet()) {
      statusParts.add(e.getValue() + " " + e.getKey().key());
      figures.add(fig(focus.name() + " " + noun + " " + e.getKey().key(), e.getValue()));
    }
    List<Id> about = new ArrayList<>();
    about.add(focus.id());
    about.addAll(partners);
    out.add(
        focus.name() + " " + verb + " " + Texts.count(partners.size(), "partner") + " in "
            + Texts.count(count, "transfer") + " (" + Texts.joinAnd(statusParts) + ").",
        figures,
        about);
  }
}
