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
  static final String TITLE = "What changed";

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Optional<CaseChanges> found = ctx.analysis().changes();
    if (found.isEmpty()) {
      return;
    }
    CaseChanges changes = found.get();
    Layout l = ctx.layout();
    Styles s = l.styles();
    Heading.add(l, 1, TITLE);
    Paragraph versions = s.paragraph(versions(ctx.theCase(), changes, ctx.options().locale())
        + (changes.isEmpty() ? " Nothing in the case changed between the two versions." : ""), s.body());
    versions.setSpacingAfter(2f);
    l.add(versions);
    if (changes.isEmpty()) {
      return;
    }
    List<ElementChange> estimates = EstimateChangesTable.rows(changes);
    if (!estimates.isEmpty()) {
      l.add(s.paragraph("Key judgments whose confidence or likelihood changed, as they stood before and as they "
          + "stand now, and why:", s.smallMuted()));
      l.add(EstimateChangesTable.table(ctx, estimates));
    }
    List<Phrase> others = new ArrayList<>();
    for (SectionChanges section : changes.sections()) {
      ChangeSentences.sentence(ctx, section).ifPresent(others::add);
    }
    if (!others.isEmpty()) {
      KeepTogether.ensureSpace(l, 40);
      Paragraph h = s.paragraph(estimates.isEmpty() ? "The changes" : "Other changes", s.font(true, 8f, s.accent()));
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
  static String versions(Case c, CaseChanges changes, Locale locale) {
    Optional<String> now = c.asOf().map(d -> d.format(locale));
    Optional<String> then = changes.asOfBefore(c).map(d -> d.format(locale));
    String before = changes.versionBefore().map(v -> "version " + v).orElse("its previous version")
        + then.map(d -> " (" + d + ")").orElse("");
    String dated = now.map(d -> " (" + d + ")").orElse("");
    return changes.versionAfter()
        .map(v -> "This is version " + v + " of the brief" + dated + "; it revises " + before + ".")
        .orElse("This brief" + dated + " revises " + before + ".");
  }

}
