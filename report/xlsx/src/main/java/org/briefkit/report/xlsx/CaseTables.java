package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableList;
import org.briefkit.model.Actor;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Dataset;
import org.briefkit.model.Assumption;
import org.briefkit.model.Domain;
import org.briefkit.model.Event;
import org.briefkit.model.Evidence;
import org.briefkit.model.Indicator;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Motivation;
import org.briefkit.model.Source;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.Waiver;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;

/**
 * The editable tables of a workbook, one per kind of element, each laid out by its {@link
 * TableFormat}: a declarative table of sheet names, widths, computed columns and drop-down
 * lists. The columns themselves come from the fields the case format declares.
 */
final class CaseTables {
  private CaseTables() {}

  static final CaseTable<Motivation> MOTIVATIONS =
      new CaseTable<>(
          TableFormat.of(CaseFormat.MOTIVATION, Layout.MOTIVATIONS, "Motivations")
              .cap("id", 24).cap("stakeholder", 16).cap("domain", 22)
              .wrap("claim", 60).wrap("rationale", 80).wrap("drivers", 24).wrap("actors", 24)
              .computedAfter("domain", "Instrument", ComputedCells.INSTRUMENT)
              .derived("weight", ComputedCells.WEIGHT)
              .dropdown("stakeholder", CaseFormat.STAKEHOLDER)
              .dropdown("domain", CaseFormat.DOMAIN));

  static final CaseTable<Stakeholder> STAKEHOLDERS =
      new CaseTable<>(
          TableFormat.of(CaseFormat.STAKEHOLDER, Layout.STAKEHOLDERS, "Stakeholders")
              .wrap("name", 40).wrap("question", 60)
              .computedAfter("colour", "Chart colour", ComputedCells::chartColour));

  static final CaseTable<Domain> DOMAINS =
      new CaseTable<>(
          TableFormat.of(CaseFormat.DOMAIN, Layout.DOMAINS, "Domains")
              .wrap("label", 30).wrap("description", 70));

  static final CaseTable<Actor> ACTORS =
      new CaseTable<>(
          TableFormat.of(CaseFormat.ACTOR, Layout.ACTORS, "Actors").wrap("name", 36).wrap("role", 50));

  static final CaseTable<Event> EVENTS =
      new CaseTable<>(
          TableFormat.of(CaseFormat.EVENT, Layout.EVENTS, "Events")
              .cap("when", 24).wrap("title", 50).wrap("participants", 30).wrap("location", 24)
              .wrap("significance", 60).wrap("tags", 24)
              .computedAfter("evidence", ComputedCells.IMPORTED, ComputedCells.importedFrom(Event::evidence))
              .wrap(ComputedCells.IMPORTED, 30));

  static final CaseTable<ArmsTransfer> TRANSFERS =
      new CaseTable<>(
          TableFormat.of(CaseFormat.TRANSFER, Layout.TRANSFERS, "Transfers")
              .wrap("items", 50).wrap("intermediaries", 30).cap("when", 24).cap("tiv", 12)
              .wrap("estimates", 30)
              .computedAfter("evidence", ComputedCells.IMPORTED, ComputedCells.importedFrom(ArmsTransfer::evidence))
              .wrap(ComputedCells.IMPORTED, 30));

  static final CaseTable<Evidence> EVIDENCE =
      new CaseTable<>(
          TableFormat.nested(CaseFormat.EVIDENCE, Layout.EVIDENCE, "Evidence")
              .cap(CaseTable.FOR, 12).cap(CaseTable.ITEM, 24).cap("source", 24).cap("locator", 14)
              .cap("credibility", 12).wrap("text", 90)
              .computedAfter("locator", ComputedCells.CHECKED, ComputedCells::checked)
              .cap(ComputedCells.CHECKED, 16));

  static final CaseTable<KeyJudgment> JUDGMENTS =
      new CaseTable<>(
          TableFormat.of(CaseFormat.JUDGMENT, Layout.JUDGMENTS, "Judgments")
              .wrap("statement", 80).cap("likelihood", 22).wrap("supportedBy", 30)
              .choices("likelihood", c -> c.scale().keys()));

  static final CaseTable<Assumption> ASSUMPTIONS =
      new CaseTable<>(
          TableFormat.of(CaseFormat.ASSUMPTION, Layout.ASSUMPTIONS, "Assumptions")
              .cap("id", 24).cap("status", 14).wrap("underpins", 24).wrap("statement", 80)
              .dropdown("underpins", CaseFormat.JUDGMENT));

  static final CaseTable<Indicator> INDICATORS =
      new CaseTable<>(
          TableFormat.of(CaseFormat.INDICATOR, Layout.INDICATORS, "Indicators")
              .cap("id", 24).wrap("strengthens", 24).wrap("weakens", 24).cap("status", 14)
              .cap("observed", 14).wrap("statement", 80)
              .dropdown("strengthens", CaseFormat.JUDGMENT)
              .dropdown("weakens", CaseFormat.JUDGMENT));

  static final CaseTable<Waiver> WAIVERS =
      new CaseTable<>(
          TableFormat.of(CaseFormat.WAIVER, Layout.WAIVERS, "Waivers")
              .cap("rule", 30).wrap("reason", 90));

  static final CaseTable<Source> SOURCES =
      new CaseTable<>(
          TableFormat.of(CaseFormat.SOURCE, Layout.SOURCES, "Sources")
              .wrap("title", 60).wrap("authors", 30).wrap("publisher", 30).cap("date", 12)
              .wrap("url", 50).cap("accessed", 12).cap("reliability", 12));

  static final CaseTable<Dataset> DATASETS =
      new CaseTable<>(
          TableFormat.of(CaseFormat.DATASET, Layout.DATASETS, "Datasets")
              .cap("id", 20).cap("format", 10).wrap("file", 36).wrap("edition", 24)
              .cap("accessed", 12).wrap("suppliers", 24).wrap("recipients", 24)
              .wrap("countries", 24).wrap("eventTypes", 24).cap("period", 20)
              .wrap("actors", 48));

  /** Every table, in the order of their sheets. */
  static final ImmutableList<CaseTable<?>> ALL =
      ImmutableList.of(
          MOTIVATIONS, STAKEHOLDERS, DOMAINS, ACTORS, EVENTS, TRANSFERS, EVIDENCE, JUDGMENTS,
          ASSUMPTIONS, INDICATORS, SOURCES, DATASETS, WAIVERS);

  /**
   * The order in which the Excel tables are created, which numbers their parts in the file
   * ({@code xl/tables/table1.xml}...): kept from the first workbook format, tables added since
   * coming last, so that a table keeps its part across versions.
   */
  static final ImmutableList<CaseTable<?>> IN_CREATION_ORDER =
      ImmutableList.of(
          STAKEHOLDERS, DOMAINS, ACTORS, MOTIVATIONS, EVENTS, TRANSFERS, EVIDENCE, JUDGMENTS, SOURCES,
          ASSUMPTIONS, INDICATORS, WAIVERS, DATASETS);

  /** The table of {@code entity}. */
  @SuppressWarnings("unchecked") // each table holds the records of its own entity
  static <T> CaseTable<T> of(Entity<T, ?> entity) {
    for (CaseTable<?> t : ALL) {
      if (t.entity() == entity) {
        return (CaseTable<T>) t;
      }
    }
    throw new IllegalArgumentException("no table holds " + entity.name());
  }
}
