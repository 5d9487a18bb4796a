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
  private static final CaseTables ENGLISH = new CaseTables(WorkbookText.english());
  private static final CaseTables KOREAN = new CaseTables(WorkbookText.of("ko"));

  /** The Motivations table of an English workbook; the tables of others come from {@link #in}. */
  static final CaseTable<Motivation> MOTIVATIONS = ENGLISH.motivations;
  /** The Stakeholders table of an English workbook. */
  static final CaseTable<Stakeholder> STAKEHOLDERS = ENGLISH.stakeholders;
  /** The Domains table of an English workbook. */
  static final CaseTable<Domain> DOMAINS = ENGLISH.domains;
  /** The Actors table of an English workbook. */
  static final CaseTable<Actor> ACTORS = ENGLISH.actors;
  /** The Events table of an English workbook. */
  static final CaseTable<Event> EVENTS = ENGLISH.events;
  /** The Arms transfers table of an English workbook. */
  static final CaseTable<ArmsTransfer> TRANSFERS = ENGLISH.transfers;
  /** The Evidence table of an English workbook. */
  static final CaseTable<Evidence> EVIDENCE = ENGLISH.evidence;
  /** The Judgments table of an English workbook. */
  static final CaseTable<KeyJudgment> JUDGMENTS = ENGLISH.judgments;
  /** The Assumptions table of an English workbook. */
  static final CaseTable<Assumption> ASSUMPTIONS = ENGLISH.assumptions;
  /** The Indicators table of an English workbook. */
  static final CaseTable<Indicator> INDICATORS = ENGLISH.indicators;
  /** The Waivers table of an English workbook. */
  static final CaseTable<Waiver> WAIVERS = ENGLISH.waivers;
  /** The Sources table of an English workbook. */
  static final CaseTable<Source> SOURCES = ENGLISH.sources;
  /** The Datasets table of an English workbook. */
  static final CaseTable<Dataset> DATASETS = ENGLISH.datasets;
  /** Every table of an English workbook, in the order of their sheets. */
  static final ImmutableList<CaseTable<?>> ALL = ENGLISH.all;

  final CaseTable<Motivation> motivations;
  final CaseTable<Stakeholder> stakeholders;
  final CaseTable<Domain> domains;
  final CaseTable<Actor> actors;
  final CaseTable<Event> events;
  final CaseTable<ArmsTransfer> transfers;
  final CaseTable<Evidence> evidence;
  final CaseTable<KeyJudgment> judgments;
  final CaseTable<Assumption> assumptions;
  final CaseTable<Indicator> indicators;
  final CaseTable<Waiver> waivers;
  final CaseTable<Source> sources;
  final CaseTable<Dataset> datasets;
  /** Every table, in the order of their sheets. */
  final ImmutableList<CaseTable<?>> all;

  /**
   * The order in which the Excel tables are created, which numbers their parts in the file
   * ({@code xl/tables/table1.xml}...): kept from the first workbook format, tables added since
   * coming last, so that a table keeps its part across versions.
   */
  final ImmutableList<CaseTable<?>> inCreationOrder;

  private CaseTables(WorkbookText text) {
    motivations =
        new CaseTable<>(
            TableFormat.of(CaseFormat.MOTIVATION, Layout.MOTIVATIONS, "Motivations")
                .cap("id", 24).cap("stakeholder", 16).cap("domain", 22)
                .wrap("claim", 60).wrap("rationale", 80).wrap("drivers", 24).wrap("actors", 24)
                .computedAfter("domain", "Instrument", ComputedCells.INSTRUMENT)
                .derived("weight", ComputedCells.WEIGHT)
                .dropdown("stakeholder", CaseFormat.STAKEHOLDER)
                .dropdown("domain", CaseFormat.DOMAIN),
            text);
    stakeholders =
        new CaseTable<>(
            TableFormat.of(CaseFormat.STAKEHOLDER, Layout.STAKEHOLDERS, "Stakeholders")
                .wrap("name", 40).wrap("question", 60)
                .computedAfter("colour", "Chart colour", ComputedCells::chartColour),
            text);
    domains =
        new CaseTable<>(
            TableFormat.of(CaseFormat.DOMAIN, Layout.DOMAINS, "Domains")
                .wrap("label", 30).wrap("description", 70),
            text);
    actors =
        new CaseTable<>(
            TableFormat.of(CaseFormat.ACTOR, Layout.ACTORS, "Actors").wrap("name", 36).wrap("role", 50),
            text);
    events =
        new CaseTable<>(
            TableFormat.of(CaseFormat.EVENT, Layout.EVENTS, "Events")
                .cap("when", 24).wrap("title", 50).wrap("participants", 30).wrap("location", 24)
                .wrap("significance", 60).wrap("tags", 24)
                .computedAfter("evidence", ComputedCells.IMPORTED, ComputedCells.importedFrom(Event::evidence))
                .wrap(ComputedCells.IMPORTED, 30),
            text);
    transfers =
        new CaseTable<>(
            TableFormat.of(CaseFormat.TRANSFER, Layout.TRANSFERS, "Transfers")
                .wrap("items", 50).wrap("intermediaries", 30).cap("when", 24).cap("tiv", 12)
                .wrap("estimates", 30)
                .computedAfter("evidence", ComputedCells.IMPORTED, ComputedCells.importedFrom(ArmsTransfer::evidence))
                .wrap(ComputedCells.IMPORTED, 30),
            text);
    evidence =
        new CaseTable<>(
            TableFormat.nested(CaseFormat.EVIDENCE, Layout.EVIDENCE, "Evidence")
                .cap(CaseTable.FOR, 12).cap(CaseTable.ITEM, 24).cap("source", 24).cap("locator", 14)
                .cap("credibility", 12).wrap("text", 90)
                .computedAfter("locator", ComputedCells.CHECKED, ComputedCells::checked)
                .cap(ComputedCells.CHECKED, 16),
            text);
    judgments =
        new CaseTable<>(
            TableFormat.of(CaseFormat.JUDGMENT, Layout.JUDGMENTS, "Judgments")
                .wrap("statement", 80).cap("likelihood", 22).wrap("supportedBy", 30)
                .choices("likelihood", c -> c.scale().keys()),
            text);
    assumptions =
        new CaseTable<>(
            TableFormat.of(CaseFormat.ASSUMPTION, Layout.ASSUMPTIONS, "Assumptions")
                .cap("id", 24).cap("status", 14).wrap("underpins", 24).wrap("statement", 80)
                .dropdown("underpins", CaseFormat.JUDGMENT),
            text);
    indicators =
        new CaseTable<>(
            TableFormat.of(CaseFormat.INDICATOR, Layout.INDICATORS, "Indicators")
                .cap("id", 24).wrap("strengthens", 24).wrap("weakens", 24).cap("status", 14)
                .cap("observed", 14).wrap("statement", 80)
                .dropdown("strengthens", CaseFormat.JUDGMENT)
                .dropdown("weakens", CaseFormat.JUDGMENT),
            text);
    waivers =
        new CaseTable<>(
            TableFormat.of(CaseFormat.WAIVER, Layout.WAIVERS, "Waivers")
                .cap("rule", 30).wrap("reason", 90),
            text);
    sources =
        new CaseTable<>(
            TableFormat.of(CaseFormat.SOURCE, Layout.SOURCES, "Sources")
                .wrap("title", 60).wrap("authors", 30).wrap("publisher", 30).cap("date", 12)
                .wrap("url", 50).cap("accessed", 12).cap("reliability", 12),
            text);
    datasets =
        new CaseTable<>(
            TableFormat.of(CaseFormat.DATASET, Layout.DATASETS, "Datasets")
                .cap("id", 20).cap("format", 10).wrap("file", 36).wrap("edition", 24)
                .cap("accessed", 12).wrap("suppliers", 24).wrap("recipients", 24)
                .wrap("countries", 24).wrap("eventTypes", 24).cap("period", 20)
                .wrap("actors", 48),
            text);
    all = ImmutableList.of(
        motivations, stakeholders, domains, actors, events, transfers, evidence, judgments,
        assumptions, indicators, sources, datasets, waivers);
    inCreationOrder = ImmutableList.of(
        stakeholders, domains, actors, motivations, events, transfers, evidence, judgments, sources,
        assumptions, indicators, waivers, datasets);
  }

  /** The tables of a workbook in the words of {@code text}. */
  static CaseTables in(WorkbookText text) {
    return text.language().equals("ko") ? KOREAN : ENGLISH;
  }


  /** The table of {@code entity}. */
  @SuppressWarnings("unchecked") // each table holds the records of its own entity
  <T> CaseTable<T> table(Entity<T, ?> entity) {
    for (CaseTable<?> t : all) {
      if (t.entity() == entity) {
        return (CaseTable<T>) t;
      }
    }
    throw new IllegalArgumentException("no table holds " + entity.name());
  }
}
