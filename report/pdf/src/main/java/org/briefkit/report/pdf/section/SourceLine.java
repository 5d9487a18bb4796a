package org.briefkit.report.pdf.section;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Case;
import org.briefkit.model.Evidence;
import org.briefkit.model.Locator;
import org.briefkit.model.Messages;
import org.briefkit.model.Source;
import org.briefkit.model.SourceId;
import org.briefkit.report.pdf.text.BriefText;

/**
 * The "Source:" line under a figure or a data table, built from the evidence of what it shows:
 * the sources cited, each by its title with its places compressed into ranges ("Source:
 * BriefKit analysis of Situation report no. 7 ¶3–¶7, ¶12; Defence White Paper pp. 4–5, 12").
 * Sources come in the case's order, places in reading order (paragraphs, then pages, then
 * sections); a source cited without a place is named alone. A figure resting on no evidence
 * says so: "Source: BriefKit analysis of the case (no evidence cited)."
 *
 * <p>The line stays a line or two whatever the size of the case: it names {@value #MAX_SOURCES}
 * sources and counts the others ("and 12 other sources"), and gives {@value #MAX_RUNS} runs of
 * places of one kind and counts the rest ("and 40 more"), unless the rest are but one or two,
 * which it names rather than count.
 */
public final class SourceLine {
  /** The line of a figure or table that rests on no evidence, in English. */
  public static final String UNCITED = "Source: BriefKit analysis of the case (no evidence cited).";

  private static final Messages ENGLISH = BriefText.load("en");

  /** The most sources a line names. */
  static final int MAX_SOURCES = 6;

  /** The most runs of places of one kind a line gives for one source. */
  static final int MAX_RUNS = 8;

  private SourceLine() {}

  /**
   * A place in a source that a figure rests on.
   *
   * @param source the source cited
   * @param locator where in it, if the citation says
   */
  public record Cited(SourceId source, Optional<Locator> locator) {
    /** Checks that both parts are present. */
    public Cited {
      Objects.requireNonNull(source, "source must not be null");
      Objects.requireNonNull(locator, "locator must not be null (use Optional.empty())");
    }

    /** The place {@code e} cites. */
    public static Cited of(Evidence e) {
      return new Cited(e.source(), e.locator());
    }
  }

  /** The source line of what rests on {@code evidence}, its sources named as in {@code c}, in English. */
  public static String of(Case c, Iterable<Evidence> evidence) {
    return of(ENGLISH, c, evidence);
  }

  /** The source line of what rests on {@code evidence}, its sources named as in {@code c}, in the words of {@code t}. */
  public static String of(Messages t, Case c, Iterable<Evidence> evidence) {
    List<Cited> cited = new ArrayList<>();
    for (Evidence e : evidence) {
      cited.add(Cited.of(e));
    }
    return ofCited(t, c, cited);
  }

  /** The source line of what an ACH matrix shows: the places its items cite. */
  public static String ofAch(Messages t, Case c, AchMatrix matrix) {
    List<Cited> cited = new ArrayList<>();
    for (AchItem item : matrix.items()) {
      item.source().ifPresent(s -> cited.add(new Cited(s, item.locator())));
    }
    return ofCited(t, c, cited);
  }

  /** The source line of what rests on the places {@code cited}, its sources named as in {@code c}. */
  public static String ofCited(Messages t, Case c, Iterable<Cited> cited) {
    Map<SourceId, List<Locator>> bySource = new LinkedHashMap<>();
    for (Source s : c.citableSources()) {
      bySource.put(s.id(), null);
    }
    for (Cited x : cited) {
      List<Locator> places = bySource.get(x.source());
      if (places == null) {
        places = new ArrayList<>();
        bySource.put(x.source(), places);
      }
      x.locator().ifPresent(places::add);
    }
    List<String> parts = new ArrayList<>();
    int others = 0;
    for (Map.Entry<SourceId, List<Locator>> e : bySource.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      if (parts.size() >= MAX_SOURCES && cited(bySource) > MAX_SOURCES + 2) {
        others++;
        continue;
      }
      String name = c.source(e.getKey()).map(Source::title).orElse(e.getKey().value());
      String places = places(t, e.getValue());
      parts.add(places.isEmpty() ? name : name + " " + places);
    }
    if (others > 0) {
      parts.add(t.count(others, "source.others"));
    }
    return parts.isEmpty() ? t.get("source.uncited") : t.get("source.line", String.join("; ", parts));
  }

  private static long cited(Map<SourceId, List<Locator>> bySource) {
    return bySource.values().stream().filter(v -> v != null).count();
  }

  /** How many of {@code count} items to give: all, unless more than two would be left over. */
  private static int shown(int count) {
    return count <= MAX_RUNS + 2 ? count : MAX_RUNS;
  }

  /**
   * The places of one source, compressed: paragraphs as "¶3–¶7, ¶12", pages as "p. 4" or
   * "pp. 4–5, 12", sections as "§2, §2.3–2.4", each kind in reading order without repeats.
   */
  static String places(Messages t, List<Locator> locators) {
    List<String> kinds = new ArrayList<>();
    String paragraphs = runs(t, locators, Locator.Kind.PARAGRAPH, "¶", true);
    if (!paragraphs.isEmpty()) {
      kinds.add(paragraphs);
    }
    String pages = runs(t, locators, Locator.Kind.PAGE, "", false);
    if (!pages.isEmpty()) {
      boolean one = !pages.contains(",") && !pages.contains("–");
      kinds.add(t.get(one ? "source.page" : "source.pages", pages));
    }
    TreeSet<Locator> sections = new TreeSet<>(Locator.READING_ORDER);
    for (Locator l : locators) {
      if (l.kind() == Locator.Kind.SECTION) {
        sections.add(l);
      }
    }
    if (!sections.isEmpty()) {
      int shown = shown(sections.size());
      List<String> cited = sections.stream().limit(shown).map(Locator::cite).toList();
      kinds.add(String.join(", ", cited)
          + (sections.size() > shown ? ", " + t.get("source.more", sections.size() - shown) : ""));
    }
    return String.join(", ", kinds);
  }

  /** The numbered places of {@code kind} merged into runs ("3–7, 12"), each prefixed when {@code each}. */
  private static String runs(Messages t, List<Locator> locators, Locator.Kind kind, String prefix, boolean each) {
    List<long[]> spans = new ArrayList<>();
    for (Locator l : locators) {
      if (l.kind() == kind) {
        spans.add(new long[] {Long.parseLong(l.start()), Long.parseLong(l.end())});
      }
    }
    spans.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    List<long[]> merged = new ArrayList<>();
    for (long[] s : spans) {
      long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s[0] <= last[1] + 1) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(new long[] {s[0], s[1]});
      }
    }
    List<String> out = new ArrayList<>();
    int shown = shown(merged.size());
    for (int i = 0; i < shown; i++) {
      long[] r = merged.get(i);
      String p = each || i == 0 ? prefix : "";
      out.add(r[0] == r[1] ? p + r[0] : p + r[0] + "–" + (each ? prefix : "") + r[1]);
    }
    if (merged.size() > shown) {
      out.add(t.get("source.more", merged.size() - shown));
    }
    return String.join(", ", ImmutableList.copyOf(out));
  }
}
