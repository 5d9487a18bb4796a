package org.briefkit.analysis.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.Likelihood;

/**
 * The changes as a reader sees them, one change a line, indented by what it belongs to:
 *
 * <pre>
 * Changes from version 1 (calder-strait-v1.yaml) to version 2 (calder-strait.yaml)
 *
 * Case
 *   version  1 → 2
 *
 * Key judgments
 *   changed kj-strait-open  "The Compact's task force will keep the strait open through…"
 *     confidence  moderate → high
 *     likelihood  likely (unchanged)
 *     reason      "The forward base's radars were delivered in October."
 *   added   kj-escort  "The task force will escort every tanker through the strait."
 *   removed kj-closure  "Tarsk will close the strait outright."
 *
 * Evidence
 *   motivation haedo-energy
 *     added   sitrep para 6  "Haedo is negotiating supply deals with two Compact members."
 *
 * 4 changes: 2 added, 1 removed, 1 changed
 * </pre>
 *
 * <p>An element's line gives what happened to it, its key and what it says; a changed element's
 * fields follow, each as {@code name  before → after}, values as the case file writes them
 * ({@code (none)} for a value not given), texts quoted and run onto one line. A line holds 100
 * characters: a longer text is shortened to fit, around where the two versions differ, and a
 * change too long for one line puts the new value under the old. A judgment whose confidence
 * or likelihood changed shows both, and its reason (or {@code (none given)}). Evidence is listed
 * under its owner; the hypotheses and items of an ACH matrix under the matrix, named by kind.
 * Sections are separated by a blank line; the last line counts the changes. Two equal versions
 * give the one line {@code No changes.}
 *
 * <p>The same changes always give the same text; no line ends with a space.
 */
public final class ChangeText {
  private static final String ARROW = " → ";
  private static final String NONE = "(none)";
  /** The width of a line, which texts are shortened to fit. */
  private static final int WIDTH = 100;
  /** The fewest characters of a text shown, however deep its line is indented. */
  private static final int MINIMUM = 40;

  private ChangeText() {}

  /**
   * The text of {@code changes}, each line ending with a line break.
   *
   * @param before how to name the old version, such as its file name as the user gave it
   * @param after how to name the new version
   */
  public static String of(CaseChanges changes, String before, String after) {
    Objects.requireNonNull(changes, "changes must not be null");
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
    if (changes.isEmpty()) {
      return "No changes.\n";
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        "Changes from " + side(changes.versionBefore(), before) + " to " + side(changes.versionAfter(), after));
    for (SectionChanges s : changes.sections()) {
      lines.add("");
      lines.add(s.title());
      if (s.name().equals(CaseDiff.CASE)) {
        s.changes().forEach(c -> fields(c, "  ", lines));
      } else if (s.name().equals(CaseDiff.EVIDENCE)) {
        evidence(s, lines);
      } else {
        s.changes().forEach(c -> element(c, "  ", false, lines));
      }
    }
    lines.add("");
    lines.add(summary(changes));
    StringBuilder b = new StringBuilder();
    lines.forEach(l -> b.append(l.stripTrailing()).append('\n'));
    return b.toString();
  }

  private static String side(Optional<String> version, String name) {
    return version.map(v -> "version " + Shortening.of(v, MINIMUM) + " (" + name + ")").orElse(name);
  }

  private static void evidence(SectionChanges s, List<String> lines) {
    Optional<Owner> owner = Optional.empty();
    for (ElementChange c : s.changes()) {
      if (!c.owner().equals(owner)) {
        owner = c.owner();
        lines.add("  " + owner.map(Owner::toString).orElse(""));
      }
      element(c, "    ", false, lines);
    }
  }

  /** The element's line, then its fields and parts indented under it. */
  private static void element(ElementChange c, String indent, boolean named, List<String> lines) {
    StringBuilder line = new StringBuilder(indent).append(String.format(Locale.ROOT, "%-7s", c.kind().key()));
    if (named) {
      line.append(' ').append(c.entity());
    }
    if (!c.key().isEmpty()) {
      line.append(' ').append(c.key());
    }
    // A changed text that the element line would show again is shown once, as its field's change.
    boolean shownBelow =
        c.fields().stream().anyMatch(f -> f.after().map(FieldValue::text).equals(Optional.of(c.label())));
    if (!c.label().isEmpty() && !shownBelow) {
      line.append("  ");
      line.append(quote(Shortening.of(c.label(), room(line.length() + 2))));
    }
    lines.add(line.toString());
    fields(c, indent + "  ", lines);
    c.parts().forEach(p -> element(p, indent + "  ", true, lines));
  }

  /**
   * The lines of a changed element's estimate and fields, values aligned: on one line when it
   * fits, else the new value under the old, each shortened to the line.
   */
  private static void fields(ElementChange c, String indent, List<String> lines) {
    List<String> names = new ArrayList<>();
    c.estimate().ifPresent(e -> names.addAll(List.of("confidence", "likelihood", "reason")));
    c.fields().forEach(f -> names.add(f.field()));
    int width = names.stream().mapToInt(String::length).max().orElse(0);
    c.estimate().ifPresent(e -> {
      lines.add(
          head(indent, "confidence", width)
              + estimate(e.confidenceBefore().key(), e.confidenceAfter().key()));
      lines.add(
          head(indent, "likelihood", width)
              + estimate(likelihood(e.likelihoodBefore()), likelihood(e.likelihoodAfter())));
      String head = head(indent, "reason", width);
      int room = room(head.length() + 2);
      lines.add(head + e.reason().map(r -> quote(Shortening.of(r, room))).orElse("(none given)"));
    });
    for (FieldChange f : c.fields()) {
      String head = head(indent, f.field(), width);
      String line =
          head + value(f.before(), f.after(), Integer.MAX_VALUE) + ARROW
              + value(f.after(), f.before(), Integer.MAX_VALUE);
      if (Shortening.length(line) <= WIDTH) {
        lines.add(line);
      } else {
        int room = room(head.length());
        lines.add(head + value(f.before(), f.after(), room));
        lines.add(" ".repeat(head.length() - 2) + "→ " + value(f.after(), f.before(), room));
      }
    }
  }

  private static String head(String indent, String name, int width) {
    return indent + name + " ".repeat(width - name.length() + 2);
  }

  /** How many characters a text can take on a line of which {@code used} are taken. */
  private static int room(int used) {
    return Math.max(MINIMUM, WIDTH - used);
  }

  /** Old and new values of a judgment's confidence or likelihood, both shown even when equal. */
  private static String estimate(String before, String after) {
    if (!before.equals(after)) {
      return before + ARROW + after;
    }
    return before.equals(NONE) ? "(none, unchanged)" : before + " (unchanged)";
  }

  private static String likelihood(Optional<Likelihood> l) {
    return l.map(Likelihood::key).orElse(NONE);
  }

  /**
   * A value as the case file writes it, texts quoted, on one line and shortened to {@code limit}
   * around where it differs from {@code other}.
   */
  private static String value(Optional<FieldValue> value, Optional<FieldValue> other, int limit) {
    if (value.isEmpty()) {
      return NONE;
    }
    FieldValue v = value.get();
    // A text is shortened within its quotes; a list, whole.
    boolean text = v.prose() && !v.list();
    String shown = text ? v.text() : spelt(v);
    int room = text ? limit - 2 : limit;
    String shortened =
        other.map(o -> Shortening.against(shown, text && !o.list() ? o.text() : spelt(o), room))
            .orElse(Shortening.of(shown, room));
    return text ? quote(shortened) : shortened;
  }

  /** A value in full on one line: a text quoted, a list in brackets with its texts quoted. */
  private static String spelt(FieldValue v) {
    if (!v.prose()) {
      return v.text();
    }
    List<String> quoted = v.items().stream().map(i -> quote(Shortening.oneLine(i))).toList();
    return v.list() ? "[" + String.join(", ", quoted) + "]" : quoted.get(0);
  }

  private static String quote(String text) {
    return '"' + text + '"';
  }

  private static String summary(CaseChanges changes) {
    int total = changes.total();
    return total + (total == 1 ? " change: " : " changes: ")
        + count(changes, ChangeKind.ADDED) + ", " + count(changes, ChangeKind.REMOVED) + ", "
        + count(changes, ChangeKind.CHANGED);
  }

  private static String count(CaseChanges changes, ChangeKind kind) {
    return changes.count(kind) + " " + kind.key();
  }
}
