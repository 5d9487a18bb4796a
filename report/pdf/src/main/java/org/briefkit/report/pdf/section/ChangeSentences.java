package org.briefkit.report.pdf.section;

import static org.briefkit.report.pdf.layout.Tables.cell;

import com.google.common.collect.ImmutableList;
import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefkit.analysis.changes.CaseChanges;
import org.briefkit.analysis.changes.CaseDiff;
import org.briefkit.analysis.changes.ChangeKind;
import org.briefkit.analysis.changes.ElementChange;
import org.briefkit.analysis.changes.FieldChange;
import org.briefkit.analysis.changes.SectionChanges;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.Messages;
import org.briefkit.model.MotivationId;
import org.briefkit.model.format.Headers;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Tables;
import org.briefkit.report.pdf.layout.Text;

/**
 * The "What changed" section's other changes, one sentence per section of the case: "Motivations:
 * 1 added (...), 1 removed (...)", the elements named and linked where the brief has them.
 */
final class ChangeSentences {

  /** How many elements of one kind of change a sentence names before "and N more". */
  private static final int NAMED = 5;

  /** How long a quoted label may be. */
  private static final int LABEL = 60;

  /** The case's own values that the opening sentence states. */
  private static final Set<String> STATED = Set.of("asOf", "version", "previous");

  private ChangeSentences() {}

  /**
   * The sentence of one section's changes other than the moves of judgments' estimates: its
   * title, then each kind of change counted with the elements named; empty when nothing is left
   * to say (a section whose only changes the table or the opening sentence gives).
   */
  static Optional<Phrase> sentence(BriefContext ctx, SectionChanges section) {
    Styles s = ctx.layout().styles();
    if (section.name().equals(CaseDiff.CASE)) {
      List<String> fields = section.changes().stream()
          .flatMap(e -> e.fields().stream())
          .map(FieldChange::field)
          .filter(f -> !STATED.contains(f))
          .map(f -> fieldName(ctx, "case", f))
          .toList();
      if (fields.isEmpty()) {
        return Optional.empty();
      }
      Phrase p = s.phrase("", s.small());
      p.add(s.chunk(title(ctx, section) + ": ", s.smallBold()));
      p.add(s.chunk(ctx.text().get("changes.revised", words(ctx, fields)), s.small()));
      return Optional.of(p);
    }
    if (section.name().equals(CaseDiff.EVIDENCE)) {
      Phrase p = s.phrase("", s.small());
      p.add(s.chunk(title(ctx, section) + ": ", s.smallBold()));
      p.add(s.chunk(evidence(ctx.text(), section) + ".", s.small()));
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
    p.add(s.chunk(title(ctx, section) + ": ", s.smallBold()));
    boolean first = true;
    for (Map.Entry<ChangeKind, List<ElementChange>> kind : byKind.entrySet()) {
      List<ElementChange> elements = kind.getValue();
      if (elements.isEmpty()) {
        continue;
      }
      p.add(s.chunk((first ? "" : ", ") + ctx.text().get("changes.kind." + kind.getKey().key(), elements.size()) + " (", s.small()));
      first = false;
      for (int i = 0; i < Math.min(NAMED, elements.size()); i++) {
        if (i > 0) {
          p.add(s.chunk("; ", s.small()));
        }
        element(ctx, p, elements.get(i));
      }
      if (elements.size() > NAMED) {
        p.add(s.chunk("; " + ctx.text().get("changes.more", elements.size() - NAMED), s.small()));
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
  static String evidence(Messages text, SectionChanges section) {
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
    add(text, counts, added, "added");
    add(text, counts, removed, "removed");
    add(text, counts, changed, "changed");
    add(text, counts, recited, "recited");
    return String.join(", ", counts);
  }

  /** Adds "n what" to {@code counts}, the first with "item" or "items". */
  private static void add(Messages text, List<String> counts, int n, String what) {
    if (n > 0) {
      String first = counts.isEmpty() ? ".first" : "";
      counts.add(text.count(n, "changes.evidence." + what + first));
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
      name = ctx.text().get("judgments.short", ctx.judgmentNumber(id));
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
    e.fields().forEach(f -> what.add(fieldName(ctx, e.entity(), f.field())));
    what.addAll(parts(ctx.text(), e.parts()));
    if (!what.isEmpty()) {
      p.add(s.chunk(": " + String.join(", ", what), s.small()));
    }
  }

  /** The changes of an ACH matrix' hypotheses and items, counted: "3 items added", "1 hypothesis removed". */
  private static List<String> parts(Messages text, List<ElementChange> parts) {
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
      out.add(text.count(n, "changes.part." + entityAndKind[0] + "." + entityAndKind[1]));
    });
    return out;
  }

  /** A field as a reader reads it: its header in the workbook, lower case ("supported by"). */
  static String fieldName(BriefContext ctx, String entity, String field) {
    String header = Headers.of(ctx.text().language()).of(entity, field);
    if (ctx.text().korean()) {
      return header;
    }
    boolean acronym = header.length() > 1 && Character.isUpperCase(header.charAt(1));
    return acronym ? header : header.substring(0, 1).toLowerCase(Locale.ROOT) + header.substring(1);
  }

  /** "a", "a and b", "a, b and c". */
  private static String words(BriefContext ctx, List<String> items) {
    return ctx.text().list(ImmutableList.copyOf(new LinkedHashSet<>(items)));
  }

  /** The title of a section of changes as the brief's language says it: the case list's header. */
  static String title(BriefContext ctx, SectionChanges section) {
    if (section.name().equals(CaseDiff.CASE) || section.name().equals(CaseDiff.EVIDENCE)) {
      return ctx.text().get("changes.section." + section.name());
    }
    return Headers.of(ctx.text().language()).of("case", section.name());
  }
}
