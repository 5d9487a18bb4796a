package org.briefkit.report.pdf.section;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.DomainInterest;
import org.briefkit.analysis.DriverInterest;
import org.briefkit.analysis.PairConvergence;
import org.briefkit.model.Actor;
import org.briefkit.model.Domain;
import org.briefkit.model.Figures;
import org.briefkit.model.Messages;
import org.briefkit.model.Stakeholder;
import org.briefkit.report.pdf.layout.Caption;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;

/**
 * Where the stakeholders' interests meet: shared and one-sided domains, third parties driving
 * more than one stakeholder, and each pair's overlap score with what it rests on.
 */
public final class Convergence implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    Heading.add(l, 2, ctx.text().get("convergence.title"));
    Messages t = ctx.text();
    CaseAnalysis analysis = ctx.analysis();
    List<DomainInterest> shared = analysis.convergence().sharedDomains();
    List<DomainInterest> oneSided = analysis.convergence().oneSidedDomains();
    StringBuilder b = new StringBuilder();
    if (shared.isEmpty()) {
      b.append(t.get("convergence.noShared")).append(' ');
    } else {
      b.append(t.get("convergence.shared", shared.stream()
              .map(d -> d.domain().label() + " (" + holders(d.interest().holders()) + ")")
              .collect(Collectors.joining("; "))))
          .append(' ');
    }
    if (!oneSided.isEmpty()) {
      b.append(t.get("convergence.oneSided", oneSided.stream()
              .map(d -> d.domain().label() + " (" + t.get("convergence.only", holders(d.interest().holders())) + ")")
              .collect(Collectors.joining("; "))))
          .append(' ');
    }
    List<DriverInterest> sharedDrivers = analysis.convergence().sharedDrivers();
    if (!sharedDrivers.isEmpty()) {
      b.append(t.get("convergence.sharedDrivers",
          sharedDrivers.stream().map(d -> d.driver().name()).collect(Collectors.joining(", "))));
    }
    l.add(s.paragraph(b.toString().strip(), s.body()));
    for (PairConvergence p : analysis.convergence().pairs()) {
      // the last pair keeps room for the note under it, so that the note does not start a page
      boolean last = p.equals(analysis.convergence().pairs().get(analysis.convergence().pairs().size() - 1));
      KeepTogether.ensureSpace(l, last ? 90 : 40);
      Paragraph para = s.paragraph(s.body());
      para.setSpacingBefore(5f);
      para.add(s.chunk(t.get("convergence.pair", p.first().shortName(), p.second().shortName()) + ": ", s.bodyBold()));
      para.add(s.chunk(t.get("convergence.overlap", Figures.score(p.overlap())) + " ", s.bodyBold()));
      para.add(s.chunk(pairText(t, p), s.body()));
      l.add(para);
    }
    Caption.add(l, t.get("convergence.caption"));
  }

  private static String pairText(Messages t, PairConvergence p) {
    List<String> parts = new ArrayList<>();
    parts.add(p.sharedDomains().isEmpty()
        ? t.get("convergence.pair.none")
        : t.get("convergence.pair.both", labels(p.sharedDomains())));
    if (!p.onlyFirstDomains().isEmpty()) {
      parts.add(t.get("convergence.pair.only", p.first().shortName(), labels(p.onlyFirstDomains())));
    }
    if (!p.onlySecondDomains().isEmpty()) {
      parts.add(t.get("convergence.pair.only", p.second().shortName(), labels(p.onlySecondDomains())));
    }
    String text = t.get("convergence.pair.sentence", String.join("; ", parts));
    if (!p.sharedDrivers().isEmpty()) {
      text += " " + t.get("convergence.pair.drivers",
          p.sharedDrivers().stream().map(Actor::name).collect(Collectors.joining(", ")));
    }
    return text;
  }

  private static String labels(List<Domain> domains) {
    return domains.stream().map(Domain::label).collect(Collectors.joining(", "));
  }

  private static String holders(List<Stakeholder> holders) {
    return holders.stream().map(Stakeholder::shortName).collect(Collectors.joining(", "));
  }
}
