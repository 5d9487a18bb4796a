package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The shape of a BriefKit workbook, shared by the writer and the reader: the sheets in order
 * and the format marker.
 *
 * <p>The case lives in the Overview's case block, in the editable tables ({@link
 * CaseTables}) and in the ACH sheets, one per matrix ({@link AchSheet}); the other sheets are
 * computed from them and are not read back.
 */
final class Layout {
  /** The custom document property that marks a BriefKit workbook, and its format version. */
  static final String FORMAT_PROPERTY = "BriefKit workbook format";

  /**
   * The workbook format this version writes: 2 records the case tables' columns ({@link
   * WorkbookColumns}), so that a later field's column is never silently dropped by an earlier
   * BriefKit. Format 1 workbooks are read too.
   */
  static final int FORMAT_VERSION = 2;

  static final String OVERVIEW = "Overview";
  static final String CHANGES = "Changes";
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
  static final String ASSUMPTIONS = "Assumptions";
  static final String INDICATORS = "Indicators";
  static final String WAIVERS = "Waivers";
  static final String TRADECRAFT = "Tradecraft";
  static final String SOURCES = "Sources";
  static final String DATASETS = "Datasets";
  static final String FINDINGS = "Findings";

  /**
   * The sheets in workbook order. Changes stands after the Overview, where a reviewer of a
   * revised workbook looks first; it is only in workbooks of an analysis that compared the case
   * with its previous version ({@link ComputedSheets#absent}).
   */
  static final ImmutableList<String> SHEETS =
      ImmutableList.of(
          OVERVIEW, CHANGES, MOTIVATIONS, MATRIX, CONVERGENCE, DRIVERS, TIMELINE, STAKEHOLDERS, DOMAINS,
          ACTORS, EVENTS, TRANSFERS, EVIDENCE, JUDGMENTS, ASSUMPTIONS, INDICATORS, SOURCES,
          DATASETS, TRADECRAFT, WAIVERS, FINDINGS);

  /** The largest text an Excel cell holds. */
  static final int MAX_CELL_TEXT = 32_767;

  /**
   * The last row of a sheet (from 0): a case table's drop-down lists cover its columns down to
   * it, so that the rows an analyst adds below the table have them too, however many. The range
   * costs no more in the file than one to the last row written; spreadsheets keep it as one
   * range, not a cell each.
   */
  static final int LAST_ROW = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  private static final java.util.regex.Pattern PLAIN_SHEET = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private Layout() {}

  /** A sheet name as a formula writes it: quoted when it holds anything but letters and digits. */
  static String quoteSheet(String sheet) {
    return PLAIN_SHEET.matcher(sheet).matches() ? sheet : "'" + sheet.replace("'", "''") + "'";
  }
}
