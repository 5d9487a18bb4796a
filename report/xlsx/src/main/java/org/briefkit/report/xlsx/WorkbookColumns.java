package org.briefkit.report.xlsx;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.SetMultimap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefkit.model.Case;
import org.briefkit.report.xlsx.CaseTable.Column;

/**
 * The columns each case table of a workbook holds, recorded in the workbook itself (a custom
 * document property), so that a reader knows which columns an analyst removed or renamed, which
 * the writing version did not have yet, and which it cannot read because a newer BriefKit wrote
 * them. Columns an analyst adds of their own are not recorded, and are ignored.
 *
 * <p>The ACH sheets, one per matrix, are recorded as three parts that every such sheet shares:
 * the matrix' own values ({@value #ACH_MATRIX}), the hypotheses' columns ({@value
 * #ACH_HYPOTHESES}) and the items' columns ({@value #ACH_ITEMS}); the rating columns, one per
 * hypothesis, are the matrix' data, not its shape. They are recorded only when the case has a
 * matrix: a BriefKit from before ACH then refuses a workbook whose matrices it would drop, and
 * still reads one that has none.
 */
final class WorkbookColumns {
  /** The custom document property that lists the columns. */
  static final String PROPERTY = "BriefKit columns";

  /**
   * The columns every format-1 workbook holds, which recorded none: what that format wrote,
   * fixed, so that a table or column added later needs no change here.
   */
  private static final String FORMAT_1 =
      "Motivations: Id, Stakeholder, Domain, Salience, Claim, Rationale, Drivers, Actors;"
          + " Stakeholders: Id, Name, Short name, Kind, Colour, Actor, Question;"
          + " Domains: Id, Label, Instrument, Description;"
          + " Actors: Id, Name, Local name, Kind, Role, Affiliation, Country;"
          + " Events: Id, When, Title, Kind, Participants, Location, Significance, Tags;"
          + " Arms transfers: Id, Supplier, Recipient, Items, Status, Intermediaries, When;"
          + " Evidence: For, Item, Source, Locator, Kind, Text;"
          + " Judgments: Id, Statement, Confidence, Likelihood, Supported by;"
          + " Sources: Id, Title, Authors, Publisher, Date, URL, Accessed";

  /** The recorded part of the ACH sheets that lists the matrix' own values. */
  static final String ACH_MATRIX = "ACH matrix";

  /** The recorded part of the ACH sheets that lists the hypotheses' columns. */
  static final String ACH_HYPOTHESES = "ACH hypotheses";

  /** The recorded part of the ACH sheets that lists the items' columns. */
  static final String ACH_ITEMS = "ACH items";

  private static final Splitter TABLES = Splitter.on(';').trimResults().omitEmptyStrings();
  private static final Splitter HEADERS = Splitter.on(',').trimResults().omitEmptyStrings();

  private final SetMultimap<String, String> recorded;
  private final WorkbookText text;

  private WorkbookColumns(SetMultimap<String, String> recorded, WorkbookText text) {
    this.recorded = recorded;
    this.text = text;
  }

  /**
   * The property's text for a workbook of {@code c}: "Motivations: Id, Stakeholder, ...;
   * Stakeholders: ...", and the parts of the ACH sheets when it has any.
   */
  static String describe(Case c) {
    return describe(c, CaseTables.in(WorkbookText.english()));
  }

  /** The property's text for a workbook of {@code c} whose tables are {@code in}, as {@link #describe(Case)}. */
  static String describe(Case c, CaseTables in) {
    List<String> tables = new ArrayList<>();
    for (CaseTable<?> t : in.all) {
      tables.add(t.sheet() + ": " + String.join(", ", readHeaders(t)));
    }
    if (!c.ach().isEmpty()) {
      achParts(in.motivations.text()).forEach((part, headers) -> tables.add(part + ": " + String.join(", ", headers)));
    }
    return String.join("; ", tables);
  }

  /**
   * The parts of the ACH sheets this version reads, each with its labels or headers in order,
   * in the words of {@code text}.
   */
  static ImmutableMap<String, List<String>> achParts(WorkbookText text) {
    return ImmutableMap.of(
        ACH_MATRIX, AchSheet.matrixLabels(text),
        ACH_HYPOTHESES, AchSheet.hypothesisHeaders(text),
        ACH_ITEMS, AchSheet.readHeaders(text));
  }

  /**
   * The columns of an English workbook whose property reads {@code property}; without one (a
   * format-1 workbook, or one whose properties a tool dropped), the columns of format 1.
   */
  static WorkbookColumns of(Optional<String> property) {
    return of(property, WorkbookText.english());
  }

  /**
   * The columns of a workbook in the words of {@code text}, as {@link #of(Optional)}; without
   * the property, the columns of format 1 under that language's sheet names and headers (a
   * Korean workbook whose properties a tool dropped).
   */
  static WorkbookColumns of(Optional<String> property, WorkbookText text) {
    return new WorkbookColumns(property.isPresent() ? parse(property.get()) : formatOne(text), text);
  }

  /** The columns of format 1, their sheets and headers in the words of {@code text}. */
  private static ImmutableSetMultimap<String, String> formatOne(WorkbookText text) {
    ImmutableSetMultimap<String, String> english = parse(FORMAT_1);
    if (text.language().equals(WorkbookText.english().language())) {
      return english;
    }
    ImmutableSetMultimap.Builder<String, String> b = ImmutableSetMultimap.builder();
    CaseTables in = CaseTables.in(text);
    for (CaseTable<?> t : in.all) {
      CaseTable<?> en = CaseTables.in(WorkbookText.english()).table(t.entity());
      for (String header : english.get(t.englishSheet())) {
        String key = en.columns().stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow().key();
        b.put(t.sheet(), t.header(key));
      }
    }
    return b.build();
  }

  private static ImmutableSetMultimap<String, String> parse(String property) {
    ImmutableSetMultimap.Builder<String, String> b = ImmutableSetMultimap.builder();
    for (String table : TABLES.split(property)) {
      int colon = table.indexOf(':');
      if (colon > 0) {
        b.putAll(table.substring(0, colon).trim(), HEADERS.split(table.substring(colon + 1)));
      }
    }
    return b.build();
  }

  /** The sheets of the tables every workbook has had since format 1: one without them is not BriefKit's. */
  static ImmutableSet<String> formatOneTables() {
    return parse(FORMAT_1).keySet().stream().collect(ImmutableSet.toImmutableSet());
  }

  /** The words of the workbook. */
  WorkbookText text() {
    return text;
  }

  /**
   * Whether the workbook was written with the table on {@code sheet}: a table added since it
   * was written (assumptions, in a workbook of a version before them) reads as empty when its
   * sheet is absent.
   */
  boolean hasTable(String sheet) {
    return recorded.containsKey(sheet);
  }

  /** Whether the workbook was written with ACH sheets, whose columns it then recorded. */
  boolean hasAch() {
    return achParts(text).keySet().stream().anyMatch(recorded::containsKey);
  }

  /**
   * Whether the workbook was written with the column {@code header} on {@code sheet}, or in the
   * part {@code sheet} of its ACH sheets.
   */
  boolean has(String sheet, String header) {
    return recorded.containsEntry(sheet, header);
  }

  /** The recorded columns this version does not read, as "Sources: Grade": a newer BriefKit's. */
  ImmutableList<String> unknown() {
    Set<String> out = new LinkedHashSet<>();
    CaseTables tables = CaseTables.in(text);
    for (CaseTable<?> t : tables.all) {
      for (String h : recorded.get(t.sheet())) {
        if (!readHeaders(t).contains(h)) {
          out.add(t.sheet() + ": " + h);
        }
      }
    }
    achParts(text).forEach((part, headers) -> {
      for (String h : recorded.get(part)) {
        if (!headers.contains(h)) {
          out.add(part + ": " + h);
        }
      }
    });
    recorded.keySet().stream()
        .filter(sheet -> tables.all.stream().noneMatch(t -> t.sheet().equals(sheet)))
        .filter(sheet -> !achParts(text).containsKey(sheet))
        .forEach(sheet -> out.add(sheet + ": " + String.join(", ", recorded.get(sheet))));
    return ImmutableList.copyOf(out);
  }

  private static List<String> readHeaders(CaseTable<?> t) {
    List<String> headers = new ArrayList<>();
    for (Column<?> c : t.columns()) {
      if (c.read()) {
        headers.add(c.header());
      }
    }
    return headers;
  }
}
