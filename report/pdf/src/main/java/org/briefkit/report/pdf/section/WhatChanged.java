package org.briefkit.report.pdf.section;

import static org.briefkit.report.pdf.layout.Tables.cell;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.briefkit.analysis.changes.CaseChanges;
import org.briefkit.analysis.changes.ElementChange;
import org.briefkit.analysis.changes.SectionChanges;
import org.briefkit.model.Case;
import org.briefkit.model.Messages;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Tables;

/**
 * What changed since the previous version, in a brief whose analysis compared the case with it
 * ({@code CaseAnalysis.changes()}); left out of other briefs. One sentence names both versions
 * and their dates; a table gives each key judgment whose confidence or likelihood moved, its
 * badges before and after, as Key judgments shows them, and the reason the analyst gives (or, in
 * red, that none is given, which the tradecraft check warns of); then the other changes, a
 * sentence per section, counted and named by their elements ("Motivations: 1 added (…)"), not the
 * text of the diff, which {@code briefkit diff} prints.
 *
 * <p>It stands after the key judgments and assumptions: a reader of a revised brief first takes
 * its bottom line, then wants to know which of those judgments moved and why before reading the
 * body that supports them; the table refers to the judgments by the numbers Key judgments gave
 * them, and links to them, as it links to the motivations it names.
 */
public final class WhatChanged implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Optional<CaseChanges> found = ctx.analysis().changes();
    if (found.isEmpty()) {
      return;
    }
    CaseChanges changes = found.get();
    Layout l = ctx.layout();
    Styles s = l.styles();
    Heading.add(l, 1, ctx.text().get("changes.title"));
    Paragraph versions = s.paragraph(versions(ctx.text(), ctx.theCase(), changes, ctx.locale())
        + (changes.isEmpty() ? " " + ctx.text().get("changes.nothing") : ""), s.body());
    versions.setSpacingAfter(2f);
    l.add(versions);
    if (changes.isEmpty()) {
      return;
    }
    List<ElementChange> estimates = EstimateChangesTable.rows(changes);
    if (!estimates.isEmpty()) {
      l.add(s.paragraph(ctx.text().get("changes.estimates.intro"), s.smallMuted()));
      l.add(EstimateChangesTable.table(ctx, estimates));
    }
    List<Phrase> others = new ArrayList<>();
    for (SectionChanges section : changes.sections()) {
      ChangeSentences.sentence(ctx, section).ifPresent(others::add);
    }
    if (!others.isEmpty()) {
      KeepTogether.ensureSpace(l, 40);
      Paragraph h = s.paragraph(ctx.text().get(estimates.isEmpty() ? "changes.heading" : "changes.others"), s.font(true, 8f, s.accent()));
      h.setSpacingBefore(4f);
      l.add(h);
      for (Phrase sentence : others) {
        Paragraph p = s.paragraph(s.small());
        p.add(sentence);
        p.setSpacingBefore(1.5f);
        l.add(p);
      }
    }
  }

  /**
   * The opening sentence: "This is version 2 of the brief (30 November 2040); it revises version
   * 1 (19 October 2040)." Either label or date may be missing, and the sentence says less.
   */
  static String versions(Messages text, Case c, CaseChanges changes, Locale locale) {
    Optional<String> now = c.asOf().map(d -> d.format(locale));
    Optional<String> then = changes.asOfBefore(c).map(d -> d.format(locale));
    String before = changes.versionBefore().map(v -> text.get("changes.version", v)).orElse(text.get("changes.previous"))
        + then.map(d -> " (" + d + ")").orElse("");
    String dated = now.map(d -> " (" + d + ")").orElse("");
    return changes.versionAfter()
        .map(v -> text.get("changes.versions", v, dated, before))
        .orElse(text.get("changes.revises", dated, before));
  }

}
