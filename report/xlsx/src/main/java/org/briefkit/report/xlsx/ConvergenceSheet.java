package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.DomainInterest;
import org.briefkit.analysis.DriverInterest;
import org.briefkit.analysis.Interest;
import org.briefkit.analysis.PairConvergence;
import org.briefkit.analysis.Tally;
import org.briefkit.model.Actor;
import org.briefkit.model.Domain;
import org.briefkit.model.Stakeholder;

/**
 * Where the stakeholders' interests meet and where they stand alone: stakeholder pairs, then
 * each domain and each third-party driver with who holds it, as analysed when written.
 */
final class ConvergenceSheet implements ComputedSheet {
  @Override
  public String name() {
    return Layout.CONVERGENCE;
  }

  @Override
  public void write(SheetContext context, SheetBuilder b) {
    Styles styles = context.styles();
    CaseAnalysis analysis = context.analysis();
    b.wrapAt(0, 24).wrapAt(1, 24).capAt(2, 12);
    for (int i = 3; i < 9; i++) {
      b.wrapAt(i, 28);
    }
    context.title(b, "convergence");
    b.row();
    b.text(0, context.word("convergence.pairs"), styles.heading);
    context.headers(
        b, "convergence.first", "convergence.second", "convergence.overlap", "convergence.sharedDomains",
        "convergence.firstDomains", "convergence.secondDomains", "convergence.sharedDrivers",
        "convergence.firstDrivers", "convergence.secondDrivers");
    for (PairConvergence p : analysis.convergence().pairs()) {
      b.row();
      b.text(0, p.first().shortName(), styles.fill(context.colour(p.first().id())));
      b.text(1, p.second().shortName(), styles.fill(context.colour(p.second().id())));
      b.number(2, p.overlap(), styles.score);
      b.text(3, domains(p.sharedDomains()), styles.wrap);
      b.text(4, domains(p.onlyFirstDomains()), styles.wrap);
      b.text(5, domains(p.onlySecondDomains()), styles.wrap);
      b.text(6, actors(p.sharedDrivers()), styles.wrap);
      b.text(7, actors(p.onlyFirstDrivers()), styles.wrap);
      b.text(8, actors(p.onlySecondDrivers()), styles.wrap);
    }
    b.skip();
    List<Stakeholder> stakeholders = analysis.theCase().stakeholders();
    b.row();
    b.text(0, context.word("convergence.domains"), styles.heading);
    interestHeader(context, b, "convergence.domain", stakeholders);
    for (DomainInterest d : analysis.convergence().domains()) {
      interestRow(context, b, d.domain().label(), d.interest(), stakeholders);
    }
    b.skip();
    b.row();
    b.text(0, context.word("convergence.drivers"), styles.heading);
    interestHeader(context, b, "convergence.driver", stakeholders);
    for (DriverInterest d : analysis.convergence().drivers()) {
      interestRow(context, b, d.driver().name(), d.interest(), stakeholders);
    }
    b.fitColumns(Math.max(9, 4 + stakeholders.size()));
    b.printSetup(context.options().paper(), 0, context.marking(), context.text());
  }

  private static void interestHeader(SheetContext context, SheetBuilder b, String what, List<Stakeholder> stakeholders) {
    Styles styles = context.styles();
    b.row();
    b.text(0, context.word(what), styles.header);
    b.text(1, context.word("convergence.heldBy"), styles.header);
    b.text(2, context.word("convergence.shared"), styles.header);
    b.text(3, context.word("convergence.totalWeight"), styles.header);
    for (int i = 0; i < stakeholders.size(); i++) {
      b.text(4 + i, context.word("convergence.weightOf", stakeholders.get(i).shortName()), styles.header);
    }
  }

  private static void interestRow(
      SheetContext context, SheetBuilder b, String name, Interest interest, List<Stakeholder> stakeholders) {
    Styles styles = context.styles();
    b.row();
    b.text(0, name, styles.wrap);
    List<String> holders = new ArrayList<>();
    for (Stakeholder s : interest.holders()) {
      holders.add(s.shortName());
    }
    b.text(1, String.join(", ", holders), styles.wrap);
    b.text(2, context.word(interest.isShared() ? "convergence.isShared" : interest.isOneSided()
        ? "convergence.oneSided" : "convergence.none"), styles.text);
    b.number(3, interest.total().weight(), styles.integer);
    for (int i = 0; i < stakeholders.size(); i++) {
      Tally t = interest.byHolder().get(stakeholders.get(i).id());
      b.number(4 + i, t == null ? 0 : t.weight(), styles.integer);
    }
  }

  private static String domains(List<Domain> domains) {
    List<String> labels = new ArrayList<>();
    for (Domain d : domains) {
      labels.add(d.label());
    }
    return String.join(", ", labels);
  }

  private static String actors(List<Actor> actors) {
    List<String> names = new ArrayList<>();
    for (Actor a : actors) {
      names.add(a.name());
    }
    return String.join(", ", names);
  }
}
