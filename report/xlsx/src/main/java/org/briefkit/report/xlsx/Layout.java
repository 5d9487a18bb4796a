package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableList;

/**
 * The shape of a BriefKit workbook, shared by the writer and the reader: the sheet names, the
 * table names and the column headers of the tables that hold the case.
 *
 * <p>The case lives in the Overview's case block and in the editable tables (stakeholders,
 * domains, actors, motivations, events, arms transfers, evidence, judgments, sources); the
 * other sheets are computed from them and are not read back. The reader finds columns by
 * their header, so an analyst may reorder them; columns marked derived are ignored.
 */
final class Layout {
  /** The custom document property that marks a BriefKit workbook, and its format version. */
  static final String FORMAT_PROPERTY = "BriefKit workbook format";

  static final int FORMAT_VERSION = 1;

  static final String OVERVIEW = "Overview";
  static final String MOTIVATIONS = "Motivations";
  static final String MATRIX = "Matrix";
  static final String CONVERGENCE = "Convergence";
  static final String DRIVERS = "Drivers";
  static final String TIMELINE = "Timeline";
  static final String STAKEHOLDERS = "Stakeholders";
  static final String DOMAINS = "Domains";
  static final String ACTORS = "Actors";
  static final String EVENTS = "Events";
  static final String TRANSFERS = "Arms transfers";
  static final String EVIDENCE = "Evidence";
  static final String JUDGMENTS = "Judgments";
  static final String SOURCES = "Sources";
  static final String FINDINGS = "Findings";

  /** The sheets in workbook order. */
  static final ImmutableList<String> SHEETS =
      ImmutableList.of(
          OVERVIEW, MOTIVATIONS, MATRIX, CONVERGENCE, DRIVERS, TIMELINE, STAKEHOLDERS, DOMAINS,
          ACTORS, EVENTS, TRANSFERS, EVIDENCE, JUDGMENTS, SOURCES, FINDINGS);

  // Overview case block: labels in column A, values in column B.
  static final String CASE_HEADING = "Case";
  static final String KEY_FIGURES_HEADING = "Key figures";
  static final String F_ID = "Case id";
  static final String F_TITLE = "Title";
  static final String F_SUBTITLE = "Subtitle";
  static final String F_QUESTION = "Question";
  static final String F_AUTHOR = "Author";
  static final String F_ORGANISATION = "Organisation";
  static final String F_AS_OF = "As of";
  static final String F_MARKING = "Marking";
  static final String F_LANGUAGE = "Language";
  static final String F_SUMMARY = "Summary";
  static final String F_FOCUS = "Focus actor";
  static final ImmutableList<String> CASE_FIELDS =
      ImmutableList.of(
          F_ID, F_TITLE, F_SUBTITLE, F_QUESTION, F_AUTHOR, F_ORGANISATION, F_AS_OF, F_MARKING,
          F_LANGUAGE, F_SUMMARY, F_FOCUS);

  // Column headers shared by several tables.
  static final String ID = "Id";
  static final String KIND = "Kind";
  static final String WHEN = "When";
  static final String EVIDENCE_ITEMS = "Evidence items";

  // Motivations.
  static final String M_STAKEHOLDER = "Stakeholder";
  static final String M_DOMAIN = "Domain";
  static final String M_INSTRUMENT = "Instrument";
  static final String M_SALIENCE = "Salience";
  static final String M_WEIGHT = "Weight";
  static final String M_CLAIM = "Claim";
  static final String M_RATIONALE = "Rationale";
  static final String M_DRIVERS = "Drivers";
  static final String M_ACTORS = "Actors";

  // Stakeholders.
  static final String S_NAME = "Name";
  static final String S_SHORT_NAME = "Short name";
  static final String S_COLOUR = "Colour";
  static final String S_CHART_COLOUR = "Chart colour";
  static final String S_ACTOR = "Actor";
  static final String S_QUESTION = "Question";

  // Domains.
  static final String D_LABEL = "Label";
  static final String D_INSTRUMENT = "Instrument";
  static final String D_DESCRIPTION = "Description";

  // Actors.
  static final String A_NAME = "Name";
  static final String A_LOCAL_NAME = "Local name";
  static final String A_ROLE = "Role";
  static final String A_AFFILIATION = "Affiliation";
  static final String A_COUNTRY = "Country";

  // Events.
  static final String E_TITLE = "Title";
  static final String E_PARTICIPANTS = "Participants";
  static final String E_LOCATION = "Location";
  static final String E_SIGNIFICANCE = "Significance";
  static final String E_TAGS = "Tags";

  // Arms transfers.
  static final String T_SUPPLIER = "Supplier";
  static final String T_RECIPIENT = "Recipient";
  static final String T_ITEMS = "Items";
  static final String T_STATUS = "Status";
  static final String T_INTERMEDIARIES = "Intermediaries";

  // Evidence.
  static final String V_FOR = "For";
  static final String V_ITEM = "Item";
  static final String V_SOURCE = "Source";
  static final String V_LOCATOR = "Locator";
  static final String V_TEXT = "Text";

  // Judgments.
  static final String J_STATEMENT = "Statement";
  static final String J_CONFIDENCE = "Confidence";
  static final String J_LIKELIHOOD = "Likelihood";
  static final String J_SUPPORTED_BY = "Supported by";

  // Sources.
  static final String R_TITLE = "Title";
  static final String R_AUTHORS = "Authors";
  static final String R_PUBLISHER = "Publisher";
  static final String R_DATE = "Date";
  static final String R_URL = "URL";
  static final String R_ACCESSED = "Accessed";

  /** What a row of the Evidence sheet supports: its "For" column. */
  enum Owner {
    MOTIVATION("motivation", MOTIVATIONS),
    EVENT("event", EVENTS),
    TRANSFER("transfer", TRANSFERS);

    final String key;
    final String sheet;

    Owner(String key, String sheet) {
      this.key = key;
      this.sheet = sheet;
    }
  }

  /** One editable table: its sheet, its Excel table name and its columns. */
  record TableSpec(String sheet, String table, ImmutableList<String> columns, ImmutableList<String> derived) {
    int index(String column) {
      int i = columns.indexOf(column);
      if (i < 0) {
        throw new IllegalArgumentException("no column " + column + " in " + table);
      }
      return i;
    }
  }

  static final TableSpec STAKEHOLDER_TABLE =
      new TableSpec(
          STAKEHOLDERS, "Stakeholders",
          ImmutableList.of(ID, S_NAME, S_SHORT_NAME, KIND, S_COLOUR, S_CHART_COLOUR, S_ACTOR, S_QUESTION),
          ImmutableList.of(S_CHART_COLOUR));
  static final TableSpec DOMAIN_TABLE =
      new TableSpec(
          DOMAINS, "Domains", ImmutableList.of(ID, D_LABEL, D_INSTRUMENT, D_DESCRIPTION),
          ImmutableList.of());
  static final TableSpec ACTOR_TABLE =
      new TableSpec(
          ACTORS, "Actors",
          ImmutableList.of(ID, A_NAME, A_LOCAL_NAME, KIND, A_ROLE, A_AFFILIATION, A_COUNTRY),
          ImmutableList.of());
  static final TableSpec MOTIVATION_TABLE =
      new TableSpec(
          MOTIVATIONS, "Motivations",
          ImmutableList.of(
              ID, M_STAKEHOLDER, M_DOMAIN, M_INSTRUMENT, M_SALIENCE, M_WEIGHT, M_CLAIM, M_RATIONALE,
              M_DRIVERS, M_ACTORS, EVIDENCE_ITEMS),
          ImmutableList.of(M_INSTRUMENT, M_WEIGHT, EVIDENCE_ITEMS));
  static final TableSpec EVENT_TABLE =
      new TableSpec(
          EVENTS, "Events",
          ImmutableList.of(
              ID, WHEN, E_TITLE, KIND, E_PARTICIPANTS, E_LOCATION, E_SIGNIFICANCE, E_TAGS,
              EVIDENCE_ITEMS),
          ImmutableList.of(EVIDENCE_ITEMS));
  static final TableSpec TRANSFER_TABLE =
      new TableSpec(
          TRANSFERS, "Transfers",
          ImmutableList.of(
              ID, T_SUPPLIER, T_RECIPIENT, T_ITEMS, T_STATUS, T_INTERMEDIARIES, WHEN, EVIDENCE_ITEMS),
          ImmutableList.of(EVIDENCE_ITEMS));
  static final TableSpec EVIDENCE_TABLE =
      new TableSpec(
          EVIDENCE, "Evidence", ImmutableList.of(V_FOR, V_ITEM, V_SOURCE, V_LOCATOR, KIND, V_TEXT),
          ImmutableList.of());
  static final TableSpec JUDGMENT_TABLE =
      new TableSpec(
          JUDGMENTS, "Judgments",
          ImmutableList.of(ID, J_STATEMENT, J_CONFIDENCE, J_LIKELIHOOD, J_SUPPORTED_BY),
          ImmutableList.of());
  static final TableSpec SOURCE_TABLE =
      new TableSpec(
          SOURCES, "Sources",
          ImmutableList.of(ID, R_TITLE, R_AUTHORS, R_PUBLISHER, R_DATE, R_URL, R_ACCESSED),
          ImmutableList.of());

  /** The editable tables, in the order the reader reads them. */
  static final ImmutableList<TableSpec> TABLES =
      ImmutableList.of(
          SOURCE_TABLE, STAKEHOLDER_TABLE, DOMAIN_TABLE, ACTOR_TABLE, MOTIVATION_TABLE,
          EVENT_TABLE, TRANSFER_TABLE, EVIDENCE_TABLE, JUDGMENT_TABLE);

  /** The largest text an Excel cell holds. */
  static final int MAX_CELL_TEXT = 32_767;

  private Layout() {}

  /** A sheet name as a formula writes it: quoted when it holds anything but letters and digits. */
  static String quoteSheet(String sheet) {
    return sheet.matches("[A-Za-z][A-Za-z0-9_]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
  }
}
