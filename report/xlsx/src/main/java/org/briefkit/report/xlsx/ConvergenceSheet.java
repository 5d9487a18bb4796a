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
    context.title(
        b, "Convergence",
        "Where the stakeholders' interests meet and where they stand alone, as analysed when the workbook was written.");
    b.row();
    b.text(0, "Stakeholder pairs", styles.heading);
    context.headers(
        b, "First", "Second", "Overlap", "Shared domains", "Only first's domains",
        "Only second's domains", "Shared drivers", "Only first's drivers", "Only second's drivers");
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
    b.text(0, "Domains", styles.heading);
    interestHeader(styles, b, "Domain", stakeholders);
    for (DomainInterest d : analysis.convergence().domains()) {
      interestRow(styles, b, d.domain().label(), d.interest(), stakeholders);
    }
    b.skip();
    b.row();
    b.text(0, "Third-party drivers", styles.heading);
    interestHeader(styles, b, "Driver", stakeholders);
    for (DriverInterest d : analysis.convergence().drivers()) {
      interestRow(styles, b, d.driver().name(), d.interest(), stakeholders);
    }
    b.fitColumns(Math.max(9, 4 + stakeholders.size()));
    b.printSetup(context.options().paper(), 0, context.marking());
  }

  private static void interestHeader(Styles styles, SheetBuilder b, String what, List<Stakeholder> stakeholders) {
    b.row();
    b.text(0, what, styles.header);
    b.text(1, "Held by", styles.header);
    b.text(2, "Shared", styles.header);
    b.text(3, "Total weight", styles.header);
    for (int i = 0; i < stakeholders.size(); i++) {
      b.text(4 + i, stakeholders.get(i).shortName() + " weight", styles.header);
    }
  }

  private static void interestRow(
      Styles styles, SheetBuilder b, String name, Interest interest, List<Stakeholder> stakeholders) {
    b.row();
    b.text(0, name, styles.wrap);
    List<String> holders = new ArrayList<>();
    for (Stakeholder s : interest.holders()) {
      holders.add(s.shortName());
    }
    b.text(1, String.join(", ", holders), styles.wrap);
    b.text(2, interest.isShared() ? "shared" : interest.isOneSided() ? "one-sided" : "none", styles.text);
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
