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
import org.briefkit.model.Messages;
import org.briefkit.model.TransferStatus;

/** The focus actor's arms imports and exports by status, and the transfers it is not part of. */
final class ArmsFlowFindings implements FindingRule {
  @Override
  public Finding.Topic topic() {
    return Finding.Topic.ARMS_FLOWS;
  }

  @Override
  public void find(CaseAnalysis a, Messages t, Out out) {
    ArmsFlows f = a.network().flows();
    int total = a.theCase().transfers().size();
    if (total == 0) {
      return;
    }
    if (f.focus().isEmpty()) {
      out.add(
          t.get("arms.noFocus", t.count(total, "count.transfers")),
          List.of(fig(t.get("fig.transfers"), total)),
          List.of());
      return;
    }
    Actor focus = f.focus().get();
    flow(focus, f.imports(), "imports", t, out);
    flow(focus, f.exports(), "exports", t, out);
    if (!f.others().isEmpty()) {
      out.add(
          t.count(f.others().size(), "arms.others", focus.name()),
          List.of(fig(t.get("fig.notInvolving", focus.name()), f.others().size())),
          List.of(focus.id()));
    }
  }

  private static void flow(Actor focus, List<Flow> flows, String noun, Messages t, Out out) {
    String name = focus.name();
    if (flows.isEmpty()) {
      out.add(
          t.get("arms.none." + noun, name),
          List.of(fig(t.get("fig." + noun, name), 0)),
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
    figures.add(fig(t.get("fig." + noun + ".partners", name), partners.size()));
    figures.add(fig(t.get("fig." + noun + ".transfers", name), count));
    for (Map.Entry<TransferStatus, Integer> e : byStatus.entrySet()) {
      String status = t.get("status." + e.getKey().key());
      statusParts.add(t.get("arms.status", e.getValue(), status));
      figures.add(fig(t.get("fig." + noun + ".status", name, status), e.getValue()));
    }
    List<Id> about = new ArrayList<>();
    about.add(focus.id());
    about.addAll(partners);
    out.add(
        t.get("arms." + noun, name, t.count(partners.size(), "count.partners"),
            t.count(count, "count.transfersShort"), t.list(statusParts)),
        figures,
        about);
  }
}
