package org.briefkit.report.pdf.section;

import static org.briefkit.report.pdf.layout.Tables.cell;

import com.google.common.collect.ImmutableList;
import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefkit.analysis.changes.CaseChanges;
import org.briefkit.analysis.changes.CaseDiff;
import org.briefkit.analysis.changes.ChangeKind;
import org.briefkit.analysis.changes.ElementChange;
import org.briefkit.analysis.changes.EstimateChange;
import org.briefkit.analysis.changes.FieldChange;
import org.briefkit.analysis.changes.FieldValue;
import org.briefkit.analysis.changes.SectionChanges;
import org.briefkit.analysis.tradecraft.TradecraftWarning;
import org.briefkit.model.Case;
import org.briefkit.model.Confidence;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.Likelihood;
import org.briefkit.model.MotivationId;
import org.briefkit.model.PartialDate;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.report.pdf.chart.ConfidenceLook;
import org.briefkit.report.pdf.layout.Badge;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Tables;
import org.briefkit.report.pdf.layout.Text;

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

  /** What stands in for a reason that the new version does not give. */
  static final String NO_REASON = "no reason given";

  /** How many elements of one kind of change a sentence names before "and N more". */
  private static final int NAMED = 5;

  /** How long a quoted label may be. */
  private static final int LABEL = 60;

  /** The case's own values that the opening sentence states. */
  private static final Set<String> STATED = Set.of("asOf", "version", "previous");

  private static final Color RED = new Color(0xB0, 0x3A, 0x2E);

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
    List<ElementChange> estimates = estimates(changes);
    if (!estimates.isEmpty()) {
      l.add(s.paragraph("Key judgments whose confidence or likelihood changed, as they stood before and as they "
          + "stand now, and why:", s.smallMuted()));
      l.add(estimateTable(ctx, estimates));
    }
    List<Phrase> others = new ArrayList<>();
    for (SectionChanges section : changes.sections()) {
      sentence(ctx, section).ifPresent(others::add);
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
    Optional<String> then = previousAsOf(c, changes).map(d -> d.format(locale));
    String before = changes.versionBefore().map(v -> "version " + v).orElse("its previous version")
        + then.map(d -> " (" + d + ")").orElse("");
    String dated = now.map(d -> " (" + d + ")").orElse("");
    return changes.versionAfter()
        .map(v -> "This is version " + v + " of the brief" + dated + "; it revises " + before + ".")
        .orElse("This brief" + dated + " revises " + before + ".");
  }

  /** The previous version's date: the one it changed from, or the case's own when it did not change. */
  private static Optional<PartialDate> previousAsOf(Case c, CaseChanges changes) {
    Optional<FieldChange> asOf = changes.section(CaseDiff.CASE).stream()
        .flatMap(s -> s.changes().stream())
        .flatMap(e -> e.fields().stream())
        .filter(f -> f.field().equals("asOf"))
        .findFirst();
    if (asOf.isEmpty()) {
      return c.asOf();
    }
    return asOf.get().before().map(FieldValue::text).map(PartialDate::parse);
  }

  /** The key judgments whose confidence or likelihood changed, in the new version's order. */
  private static List<ElementChange> estimates(CaseChanges changes) {
    return changes.sections().stream()
        .filter(s -> s.name().equals("judgments"))
        .flatMap(s -> s.changes().stream())
        .filter(e -> e.estimate().isPresent())
        .toList();
  }

  /**
   * The table of judgments whose estimates moved: the judgment by its number, linked to it; its
   * badges before and after, the badge columns as wide as their widest badge; the reason.
   */
  private static PdfPTable estimateTable(BriefContext ctx, List<ElementChange> rows) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    EstimativeScale scale = ctx.theCase().scale();
    float badge = Badge.width(s, ConfidenceLook.label(Confidence.MODERATE));
    for (ElementChange row : rows) {
      EstimateChange e = row.estimate().orElseThrow();
      for (Optional<Likelihood> li : List.of(e.likelihoodBefore(), e.likelihoodAfter())) {
        badge = Math.max(badge, li.map(x -> Badge.width(s, likelihoodLabel(scale, x))).orElse(0f));
      }
      for (Confidence c : List.of(e.confidenceBefore(), e.confidenceAfter())) {
        badge = Math.max(badge, Badge.width(s, ConfidenceLook.label(c)));
      }
    }
    float column = badge + 8f;
    float rest = l.textWidth() - 2 * column;
    PdfPTable t = Tables.table(new float[] {rest * 0.38f, column, column, rest * 0.62f});
    t.setTotalWidth(l.textWidth());
    t.setLockedWidth(true);
    for (String h : List.of("Key judgment", "Before", "After", "Reason")) {
      Tables.headerCell(s, t, h, Element.ALIGN_LEFT);
    }
    t.setHeaderRows(1);
    // The judgments (by number) whose change the tradecraft check lists as given no reason.
    Set<Integer> warned = new HashSet<>();
    for (TradecraftWarning w : ctx.analysis().tradecraft()) {
      if (w.rule().equals(TradecraftAnnex.CHANGE_RULE) && w.pointer().startsWith("/judgments/")) {
        warned.add(Integer.parseInt(w.pointer().split("/")[2]) + 1);
      }
    }
    for (ElementChange row : rows) {
      EstimateChange e = row.estimate().orElseThrow();
      // A judgment whose estimate moved is in both versions, so it has its number in this brief.
      JudgmentId id = JudgmentId.of(row.key());
      t.addCell(judgmentCell(ctx, row, id));
      t.addCell(badges(s, scale, e.confidenceBefore(), e.likelihoodBefore(), badge));
      t.addCell(badges(s, scale, e.confidenceAfter(), e.likelihoodAfter(), badge));
      t.addCell(reasonCell(s, e, warned.contains(ctx.judgmentNumber(id))));
    }
    return t;
  }

  /** "1. The statement", linked to the judgment; the statement as the new version words it. */
  private static PdfPCell judgmentCell(BriefContext ctx, ElementChange row, JudgmentId id) {
    Styles s = ctx.layout().styles();
    PdfPCell c = cell(s, "", s.small(), Element.ALIGN_LEFT);
    Phrase p = s.phrase("", s.small());
    List<Chunk> chunks = new ArrayList<>(s.chunks(ctx.judgmentNumber(id) + ".  ", s.smallBold()));
    chunks.addAll(s.chunks(Text.flow(row.label()), s.small()));
    for (Chunk chunk : chunks) {
      chunk.setLocalGoto(KeyJudgments.anchor(id));
      p.add(chunk);
    }
    c.setPhrase(p);
    return c;
  }

  /** A judgment's confidence badge over its likelihood badge, or over "no likelihood". */
  private static PdfPCell badges(Styles s, EstimativeScale scale, Confidence confidence,
      Optional<Likelihood> likelihood, float width) {
    PdfPTable stack = new PdfPTable(1);
    stack.setTotalWidth(width);
    stack.setLockedWidth(true);
    stack.setHorizontalAlignment(Element.ALIGN_LEFT);
    ConfidenceLook look = ConfidenceLook.of(confidence, s.accent());
    stack.addCell(Badge.cell(s, ConfidenceLook.label(confidence), new Badge.Look(look.fill(), look.ink(), look.outline())));
    PdfPCell gap = Badge.none();
    gap.setFixedHeight(3f);
    stack.addCell(gap);
    if (likelihood.isPresent()) {
      stack.addCell(Badge.cell(s, likelihoodLabel(scale, likelihood.get()), likelihoodLook(s)));
    } else {
      PdfPCell none = Badge.none();
      none.setPhrase(s.phrase("no likelihood", s.font(false, 7f, s.muted())));
      none.setHorizontalAlignment(Element.ALIGN_CENTER);
      stack.addCell(none);
    }
    PdfPCell c = cell(s, "", s.small(), Element.ALIGN_LEFT);
    c.addElement(stack);
    return c;
  }

  /** The likelihood badge's text, as Key judgments shows it; the key, for a term the scale lacks. */
  private static String likelihoodLabel(EstimativeScale scale, Likelihood likelihood) {
    return scale.band(likelihood).map(KeyJudgments::likelihoodLabel).orElse(likelihood.key());
  }

  /** The look of a likelihood badge, as Key judgments draws it. */
  private static Badge.Look likelihoodLook(Styles s) {
    return new Badge.Look(Styles.mix(s.muted(), Color.WHITE, 0.88), s.text(), Styles.mix(s.muted(), Color.WHITE, 0.45));
  }

  /**
   * The reason the new version gives; or, in red, that it gives none, naming the tradecraft
   * rule that warns of it when the tradecraft annex lists that warning.
   */
  private static PdfPCell reasonCell(Styles s, EstimateChange e, boolean warned) {
    if (e.reason().isPresent()) {
      return cell(s, Text.flow(e.reason().get()), s.small(), Element.ALIGN_LEFT);
    }
    PdfPCell c = cell(s, "", s.small(), Element.ALIGN_LEFT);
    Phrase p = s.phrase("", s.small());
    p.add(s.chunk(NO_REASON, s.font(true, 8f, RED)));
    if (warned) {
      p.add(s.chunk("  (" + TradecraftAnnex.CHANGE_RULE + ", see the tradecraft check)", s.smallMuted()));
    }
    c.setPhrase(p);
    return c;
  }

  /**
   * The sentence of one section's changes other than the moves of judgments' estimates: its
   * title, then each kind of change counted with the elements named; empty when nothing is left
   * to say (a section whose only changes the table or the opening sentence gives).
   */
  private static Optional<Phrase> sentence(BriefContext ctx, SectionChanges section) {
    Styles s = ctx.layout().styles();
    if (section.name().equals(CaseDiff.CASE)) {
      List<String> fields = section.changes().stream()
          .flatMap(e -> e.fields().stream())
          .map(FieldChange::field)
          .filter(f -> !STATED.contains(f))
          .map(f -> fieldName("case", f))
          .toList();
      if (fields.isEmpty()) {
        return Optional.empty();
      }
      Phrase p = s.phrase("", s.small());
      p.add(s.chunk(section.title() + ": ", s.smallBold()));
      p.add(s.chunk(words(fields) + " revised.", s.small()));
      return Optional.of(p);
    }
    if (section.name().equals(CaseDiff.EVIDENCE)) {
      Phrase p = s.phrase("", s.small());
      p.add(s.chunk(section.title() + ": ", s.smallBold()));
      p.add(s.chunk(evidence(section) + ".", s.small()));
      return Optional.of(p);
    }
    Map<ChangeKind, List<ElementChange>> byKind = new LinkedHashMap<>();
    for (ChangeKind k : ChangeKind.values()) {
      byKind.put(k, new ArrayList<>());
    }
    for (ElementChange e : section.changes()) {
      // A judgment whose estimate moved is in the table; only its other fields are said here.
      if (e.estimate().isPresent() && e.fields().isEmpty() && e.parts().isEmpty()) {
        continue;
      }
      byKind.get(e.kind()).add(e);
    }
    if (byKind.values().stream().allMatch(List::isEmpty)) {
      return Optional.empty();
    }
    Phrase p = s.phrase("", s.small());
    p.add(s.chunk(section.title() + ": ", s.smallBold()));
    boolean first = true;
    for (Map.Entry<ChangeKind, List<ElementChange>> kind : byKind.entrySet()) {
      List<ElementChange> elements = kind.getValue();
      if (elements.isEmpty()) {
        continue;
      }
      p.add(s.chunk((first ? "" : ", ") + elements.size() + " " + kind.getKey().key() + " (", s.small()));
      first = false;
      for (int i = 0; i < Math.min(NAMED, elements.size()); i++) {
        if (i > 0) {
          p.add(s.chunk("; ", s.small()));
        }
        element(ctx, p, elements.get(i));
      }
      if (elements.size() > NAMED) {
        p.add(s.chunk("; and " + (elements.size() - NAMED) + " more", s.small()));
      }
      p.add(s.chunk(")", s.small()));
    }
    p.add(s.chunk(".", s.small()));
    return Optional.of(p);
  }

  /**
   * The evidence's changes, counted: "10 items added, 6 removed". An item whose only change is
   * its locator is the same words cited at another place ("6 re-cited to another place in their
   * source"), as when a source's new edition is cited by section instead of by page.
   */
  static String evidence(SectionChanges section) {
    int added = 0;
    int removed = 0;
    int changed = 0;
    int recited = 0;
    for (ElementChange e : section.changes()) {
      switch (e.kind()) {
        case ADDED -> added++;
        case REMOVED -> removed++;
        case CHANGED -> {
          if (e.fields().size() == 1 && e.fields().get(0).field().equals("locator")) {
            recited++;
          } else {
            changed++;
          }
        }
      }
    }
    List<String> counts = new ArrayList<>();
    add(counts, added, "added");
    add(counts, removed, "removed");
    add(counts, changed, "changed");
    add(counts, recited, recited == 1 ? "re-cited to another place in its source" : "re-cited to another place in their source");
    return String.join(", ", counts);
  }

  /** Adds "n what" to {@code counts}, the first with "item" or "items". */
  private static void add(List<String> counts, int n, String what) {
    if (n > 0) {
      counts.add(n + (counts.isEmpty() ? (n == 1 ? " item " : " items ") : " ") + what);
    }
  }

  /**
   * One element of a sentence: its name (a key judgment by its number, another element by what
   * it says, quoted and shortened, or by its id), linked to it where the brief has it; for a
   * changed element, what changed in it.
   */
  private static void element(BriefContext ctx, Phrase p, ElementChange e) {
    Styles s = ctx.layout().styles();
    // An element added or changed is in this version, where the brief has it; a removed one is not.
    boolean present = e.kind() != ChangeKind.REMOVED;
    Optional<String> destination = Optional.empty();
    String name;
    if (e.entity().equals("judgment") && present) {
      JudgmentId id = JudgmentId.of(e.key());
      name = "KJ " + ctx.judgmentNumber(id);
      destination = Optional.of(KeyJudgments.anchor(id));
    } else {
      name = e.label().isBlank() ? e.key() : "“" + Text.clip(Text.flow(e.label()), LABEL) + "”";
      if (e.entity().equals("motivation") && present) {
        destination = Optional.of(MotivationBlock.anchor(MotivationId.of(e.key())));
      }
    }
    for (Chunk chunk : s.chunks(name, s.small())) {
      destination.ifPresent(chunk::setLocalGoto);
      p.add(chunk);
    }
    List<String> what = new ArrayList<>();
    e.fields().forEach(f -> what.add(fieldName(e.entity(), f.field())));
    what.addAll(parts(e.parts()));
    if (!what.isEmpty()) {
      p.add(s.chunk(": " + String.join(", ", what), s.small()));
    }
  }

  /** The changes of an ACH matrix' hypotheses and items, counted: "3 items added", "1 hypothesis removed". */
  private static List<String> parts(List<ElementChange> parts) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ElementChange part : parts) {
      for (ChangeKind k : ChangeKind.values()) {
        if (part.kind() == k) {
          counts.merge(part.entity() + "\u0000" + k.key(), 1, Integer::sum);
        }
      }
    }
    List<String> out = new ArrayList<>();
    counts.forEach((key, n) -> {
      String[] entityAndKind = key.split("\u0000");
      String entity = entityAndKind[0];
      String plural = entity.equals("hypothesis") ? "hypotheses" : entity + "s";
      out.add(n + " " + (n == 1 ? entity : plural) + " " + entityAndKind[1]);
    });
    return out;
  }

  /** A field as a reader reads it: its header in the workbook, lower case ("supported by"). */
  static String fieldName(String entity, String field) {
    String header = CaseFormat.ALL.stream()
        .filter(en -> en.name().equals(entity))
        .findFirst()
        .flatMap(en -> header(en, field))
        .orElse(field);
    boolean acronym = header.length() > 1 && Character.isUpperCase(header.charAt(1));
    return acronym ? header : header.substring(0, 1).toLowerCase(Locale.ROOT) + header.substring(1);
  }

  private static Optional<String> header(Entity<?, ?> entity, String field) {
    return entity.field(field).map(Field::header);
  }

  /** "a", "a and b", "a, b and c". */
  private static String words(List<String> items) {
    ImmutableList<String> distinct = ImmutableList.copyOf(new java.util.LinkedHashSet<>(items));
    if (distinct.size() == 1) {
      return distinct.get(0);
    }
    return String.join(", ", distinct.subList(0, distinct.size() - 1)) + " and " + distinct.get(distinct.size() - 1);
  }
}
