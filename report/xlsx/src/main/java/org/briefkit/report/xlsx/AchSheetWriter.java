package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.briefkit.analysis.ach.AchAnalysis;
import org.briefkit.analysis.ach.HypothesisScore;
import org.briefkit.analysis.ach.ScoredItem;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Case;
import org.briefkit.model.Colour;
import org.briefkit.model.Hypothesis;
import org.briefkit.model.Rating;
import org.briefkit.model.Source;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ScalarType;
import org.briefkit.report.xlsx.AchSheet.Column;
import org.briefkit.report.xlsx.AchSheet.Role;
import org.briefkit.report.xlsx.AchSheet.Rows;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Writes the ACH sheet of one matrix ({@link AchSheet} has its shape): the matrix' values and
 * hypotheses, editable; the items as an Excel table with drop-down lists for the ratings and
 * the other choices; live formulas for each item's credibility level and weight and for each
 * hypothesis' score and rank, each with the analysis' value cached.
 *
 * <p>The formulas, in the words of {@code org.briefkit.analysis.ach.Ach}: the credibility level
 * is the item's grade's (1–2 high, 5 low, else medium) or, ungraded, its source's reliability's
 * (looked up on the Sources sheet: A–B high, E low, else medium), or medium; the weight is
 * credibility × relevance with low 1/√2, medium 1, high √2; a hypothesis' score is −2 × the sum
 * of the weights of the items rated II against it, −1 × the sum of those rated I ({@code
 * SUMIF}s, which every spreadsheet and POI's evaluator compute alike); its rank is 1 + the
 * number of hypotheses scoring better by more than 10⁻⁹, the analysis' tolerance for a tie.
 */
final class AchSheetWriter {
  /** Ties as {@code Ach} counts them: sums of √2 multiples are not exact in binary. */
  private static final String TIE = "1E-9";

  /** The ratings' fills, as the brief colours them: cool blue for consistent to brick red. */
  private static final Map<Rating, Colour> FILLS = Map.of(
      Rating.CC, new Colour(0xAFC9E0), Rating.C, new Colour(0xD6E4F0), Rating.N, new Colour(0xF4F4F1),
      Rating.I, new Colour(0xE08E76), Rating.II, new Colour(0xB4473A), Rating.NA, new Colour(0xE3E3E3));

  private AchSheetWriter() {}

  /** Creates the Excel table of the matrix at {@code index} (from 0) on its sheet, before its rows are written. */
  static void createTable(XSSFSheet sheet, AchMatrix m, int index, WorkbookText text) {
    Rows rows = Rows.of(m);
    List<String> headers = headers(m, text);
    AreaReference area = new AreaReference(
        new CellReference(rows.itemsHeader(), 0), new CellReference(rows.lastTableRow(), headers.size() - 1),
        SpreadsheetVersion.EXCEL2007);
    XSSFTable t = sheet.createTable(area);
    String name = AchSheet.tableName(index);
    t.setName(name);
    t.setDisplayName(name);
    CTTable ct = t.getCTTable();
    CTTableColumn[] cols = ct.getTableColumns().getTableColumnArray();
    for (int i = 0; i < cols.length; i++) {
      cols[i].setName(headers.get(i));
      // A calculated column: Excel fills its formula into the rows an analyst adds.
      if (i < AchSheet.COLUMNS.size() && AchSheet.COLUMNS.get(i).role() == Role.COMPUTED) {
        cols[i].addNewCalculatedColumnFormula().setStringValue(AchFormulas.formula(AchSheet.COLUMNS.get(i).key(), name, text));
      }
    }
    ct.addNewAutoFilter().setRef(area.formatAsString());
    CTTableStyleInfo style = ct.addNewTableStyleInfo();
    style.setName("TableStyleLight15");
    style.setShowRowStripes(true);
  }

  /** The matrix' column headers: the fixed columns, then {@code H1}... */
  static List<String> headers(AchMatrix m, WorkbookText text) {
    List<String> headers = new ArrayList<>();
    AchSheet.COLUMNS.forEach(c -> headers.add(AchSheet.header(text, c)));
    for (int h = 0; h < m.hypotheses().size(); h++) {
      headers.add(AchSheet.label(h));
    }
    return headers;
  }

  /** Writes the sheet of the matrix at {@code index} (from 0), whose analysis is {@code analysis}. */
  static void write(SheetBuilder b, AchMatrix m, int index, AchAnalysis analysis, SheetContext ctx) {
    Styles styles = ctx.styles();
    WorkbookText words = ctx.text();
    Rows rows = Rows.of(m);
    String table = AchSheet.tableName(index);
    int n = m.hypotheses().size();
    int columns = AchSheet.COLUMNS.size() + n;
    for (int i = 0; i < AchSheet.COLUMNS.size(); i++) {
      width(b, i, AchSheet.COLUMNS.get(i).width());
    }
    for (int h = 0; h < n; h++) {
      width(b, AchSheet.ratingColumn(h), AchSheet.RATING_WIDTH);
    }
    int across = AchSheet.index("text");
    int acrossChars = 0;
    for (int i = AchSheet.hypothesisColumn("statement"); i <= across; i++) {
      acrossChars += AchSheet.COLUMNS.get(i).width().chars();
    }

    // Short: the subtitle runs on to the right, and the printed page is as wide as it.
    b.row();
    b.text(0, words.get("ach.title"), styles.title);
    b.row();
    b.text(0, words.get("ach.note"), styles.subtitle);
    b.skip();

    // The matrix' own values.
    for (Field<AchMatrix, AchMatrix.Builder, ?> f : AchSheet.MATRIX_FIELDS) {
      b.row();
      b.text(0, AchSheet.matrixLabel(words, f), styles.label);
      value(b, 1, f, m, styles);
      if (f.name().equals("question")) {
        b.formula(2, questionFormula(ctx.theCase(), rows, words), question(ctx.theCase(), m), styles.text);
        questions(b, rows.field("question"), ctx.theCase(), words);
      }
    }
    b.skip();

    // The hypotheses.
    b.row();
    heading(b, words.get("ach.hypotheses"), across, styles);
    b.row();
    b.text(0, words.column(AchSheet.HYPOTHESIS), styles.header);
    for (Field<Hypothesis, Hypothesis.Builder, ?> f : AchSheet.HYPOTHESIS_FIELDS) {
      int col = AchSheet.hypothesisColumn(f.name());
      if (f.name().equals("statement")) {
        b.textAcross(col, across, AchSheet.hypothesisHeader(words, f), styles.header, acrossChars);
      } else {
        b.text(col, AchSheet.hypothesisHeader(words, f), styles.header);
      }
    }
    for (int h = 0; h < n; h++) {
      Hypothesis hyp = m.hypotheses().get(h);
      b.row();
      b.text(0, AchSheet.label(h), styles.label);
      for (Field<Hypothesis, Hypothesis.Builder, ?> f : AchSheet.HYPOTHESIS_FIELDS) {
        int col = AchSheet.hypothesisColumn(f.name());
        String text = CaseTableWriter.text(f, hyp);
        if (f.name().equals("statement")) {
          b.textAcross(col, across, text, styles.wrap, acrossChars);
        } else {
          b.text(col, text, styles.text);
        }
      }
    }
    b.skip();

    // The matrix: above each rating column, its hypothesis' id.
    b.row();
    heading(b, words.get("ach.items"), AchSheet.COLUMNS.size() - 1, styles);
    int idCol = AchSheet.hypothesisColumn("id");
    for (int h = 0; h < n; h++) {
      String id = CellReference.convertNumToColString(idCol);
      b.formula(AchSheet.ratingColumn(h), "$" + id + "$" + (rows.hypothesis(h) + 1) + "&\"\"",
          m.hypotheses().get(h).id().value(), styles.wrap);
    }
    b.row();
    List<String> headers = headers(m, words);
    for (int i = 0; i < headers.size(); i++) {
      b.text(i, headers.get(i), styles.header);
    }
    Map<Integer, ScoredItem> scored = new HashMap<>();
    analysis.items().forEach(s -> scored.put(s.number(), s));
    for (int k = 0; k < m.items().size(); k++) {
      b.row();
      item(b, m.items().get(k), scored.get(k + 1), table, ctx);
    }
    if (m.items().isEmpty()) {
      b.row();
    }
    b.skip();

    // The scores and ranks.
    Map<Integer, HypothesisScore> ranked = new HashMap<>();
    analysis.ranking().forEach(s -> ranked.put(s.number(), s));
    String first = CellReference.convertNumToColString(AchSheet.ratingColumn(0));
    String last = CellReference.convertNumToColString(AchSheet.ratingColumn(Math.max(0, n - 1)));
    String scores = "$" + first + "$" + (rows.score() + 1) + ":$" + last + "$" + (rows.score() + 1);
    b.row();
    b.text(0, words.get("ach.score"), styles.label);
    b.text(across, words.get("ach.scoreNote"), styles.text);
    for (int h = 0; h < n; h++) {
      b.formula(AchSheet.ratingColumn(h), AchFormulas.scoreFormula(table, AchSheet.label(h), words),
          score(analysis.scores().get(h).inconsistency()), styles.score);
    }
    b.row();
    b.text(0, words.get("ach.rank"), styles.label);
    b.text(across, words.get("ach.rankNote"), styles.text);
    for (int h = 0; h < n; h++) {
      String score = CellReference.convertNumToColString(AchSheet.ratingColumn(h)) + (rows.score() + 1);
      b.formula(AchSheet.ratingColumn(h), "1+COUNTIF(" + scores + ",\">\"&(" + score + "+" + TIE + "))",
          ranked.get(h + 1).rank(), styles.integer);
    }

    b.skip();
    List<String> legend = new ArrayList<>();
    for (Rating r : Rating.values()) {
      legend.add(r.key() + " " + words.get("rating." + r.key()));
    }
    b.row();
    b.text(0, words.get("ach.ratings", String.join(", ", legend)), styles.subtitle);
    b.row();
    b.text(0, words.get("ach.addItem"), styles.subtitle);
    b.row();
    b.text(0, words.get("ach.addHypothesis", AchSheet.label(n)), styles.subtitle);

    validations(b, m, rows, words);
    colours(b, rows, n);
    b.fitColumns(columns);
    b.printSetup(ctx.options().paper(), 0, ctx.marking(), ctx.text());
  }

  /**
   * A score as cached: 0 for a sum that came out as −0.0 or a trace below 0 (within the
   * analysis' tolerance for a tie), which would show as "−0.00" until the sheet is recalculated.
   */
  private static double score(double v) {
    return Math.abs(v) < 1e-9 ? 0.0 : v;
  }

  private static void width(SheetBuilder b, int col, TableFormat.Width w) {
    if (w.wrap()) {
      b.wrapAt(col, w.chars());
    } else {
      b.capAt(col, w.chars());
    }
  }

  private static void heading(SheetBuilder b, String text, int lastCol, Styles styles) {
    b.text(0, text, styles.heading);
    for (int i = 1; i <= lastCol; i++) {
      b.text(i, "", styles.heading);
    }
  }

  private static <V> void value(SheetBuilder b, int col, Field<AchMatrix, ?, V> f, AchMatrix m, Styles styles) {
    Optional<V> v = f.get(m);
    if (v.isPresent() && f.type() instanceof ScalarType<V> s && s.form() == ScalarType.Form.NUMBER) {
      b.number(col, ((Number) v.get()).doubleValue(), styles.figure);
    } else {
      b.text(col, CaseTableWriter.text(f, m), styles.text);
    }
  }

  /** The question's text, looked up on the Overview by its number, so that changing the number shows the question. */
  private static String questionFormula(Case c, Rows rows, WorkbookText words) {
    List<Integer> cells = new ArrayList<>();
    List<OverviewSheet.Entry> entries = OverviewSheet.entries(c);
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).field().name().equals("questions")) {
        cells.add(OverviewSheet.FIRST + i + 1);
      }
    }
    String number = "$B$" + (rows.field("question") + 1);
    if (cells.isEmpty()) {
      return "\"\"";
    }
    return "IFERROR(INDEX(" + Layout.quoteSheet(words.sheet(Layout.OVERVIEW)) + "!$B$" + cells.get(0) + ":$B$" + cells.get(cells.size() - 1)
        + "," + number + ")&\"\",\"\")";
  }

  private static String question(Case c, AchMatrix m) {
    return m.question() >= 1 && m.question() <= c.questions().size() ? c.questions().get(m.question() - 1) : "";
  }

  /** One item's row: its fields, the computed columns, its ratings. */
  private static void item(SheetBuilder b, AchItem item, ScoredItem scored, String table, SheetContext ctx) {
    Styles styles = ctx.styles();
    for (int i = 0; i < AchSheet.COLUMNS.size(); i++) {
      Column c = AchSheet.COLUMNS.get(i);
      if (c.role() == Role.FIELD) {
        b.text(i, CaseTableWriter.text(c.field().orElseThrow(), item), c.width().wrap() ? styles.wrap : styles.text);
        continue;
      }
      String formula = AchFormulas.formula(c.key(), table, ctx.text());
      switch (c.key()) {
        case AchSheet.RELIABILITY -> b.formula(i, formula, reliability(ctx.theCase(), item), styles.centred());
        case AchSheet.LEVEL -> b.formula(i, formula, scored.credibility().key(), styles.text);
        case AchSheet.WEIGHT -> b.formula(i, formula, scored.weight(), styles.score);
        default -> throw new IllegalStateException("no formula for " + c.key());
      }
    }
    for (int h = 0; h < item.ratings().size(); h++) {
      b.text(AchSheet.ratingColumn(h), item.ratings().get(h).key(), styles.centred());
    }
  }

  private static String reliability(Case c, AchItem item) {
    return item.source().flatMap(c::source).flatMap(Source::reliability).map(Source.Reliability::key).orElse("");
  }

  /** A drop-down list of the case's question numbers; it warns rather than refuses another. */
  private static void questions(SheetBuilder b, int row, Case c, WorkbookText words) {
    List<String> numbers = new ArrayList<>();
    for (int q = 1; q <= c.questions().size(); q++) {
      numbers.add(Integer.toString(q));
    }
    if (numbers.isEmpty()) {
      return;
    }
    DataValidationHelper h = b.sheet.getDataValidationHelper();
    validate(b, row, row, 1, h.createExplicitListConstraint(numbers.toArray(new String[0])), words.get("ach.question"),
        words.get("ach.questionNote", String.join(", ", numbers)), true);
  }

  /** The drop-down lists of the matrix, down to the empty row under it. */
  private static void validations(SheetBuilder b, AchMatrix m, Rows rows, WorkbookText words) {
    DataValidationHelper h = b.sheet.getDataValidationHelper();
    int top = rows.item(0);
    int bottom = rows.lastTableRow() + 1;
    for (int i = 0; i < AchSheet.COLUMNS.size(); i++) {
      Column col = AchSheet.COLUMNS.get(i);
      if (col.role() == Role.FIELD && col.field().orElseThrow().type() instanceof ScalarType<?> s
          && !s.choices().isEmpty()) {
        validate(b, top, bottom, i, h.createExplicitListConstraint(s.choices().toArray(new String[0])),
            AchSheet.header(words, col), words.get("choose.one", String.join(", ", s.choices())), false);
      }
    }
    idList(b, h, top, bottom, "source", CaseTables.in(words).sources, words);
    idList(b, h, top, bottom, "assumption", CaseTables.in(words).assumptions, words);
    List<String> ratings = new ArrayList<>();
    for (Rating r : Rating.values()) {
      ratings.add(r.key());
    }
    for (int k = 0; k < m.hypotheses().size(); k++) {
      int col = AchSheet.ratingColumn(k);
      validate(b, top, bottom, col, h.createExplicitListConstraint(ratings.toArray(new String[0])),
          AchSheet.label(k), words.get("ach.rate", m.hypotheses().get(k).id().value(), String.join(", ", ratings)), false);
    }
  }

  private static void idList(
      SheetBuilder b, DataValidationHelper h, int top, int bottom, String field, CaseTable<?> target,
      WorkbookText words) {
    validate(b, top, bottom, AchSheet.index(field), h.createFormulaListConstraint(CaseTableWriter.ids(target)),
        AchSheet.header(words, field), words.get("choose.id", target.sheet()), false);
  }

  private static void validate(
      SheetBuilder b, int top, int bottom, int col, DataValidationConstraint constraint, String title,
      String message, boolean warn) {
    DataValidation v = b.sheet.getDataValidationHelper()
        .createValidation(constraint, new CellRangeAddressList(top, bottom, col, col));
    v.setShowErrorBox(true);
    v.setErrorStyle(warn ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
    v.createErrorBox(title, message);
    v.setEmptyCellAllowed(true);
    // Inverted name in XSSF: true shows the drop-down arrow.
    v.setSuppressDropDownArrow(true);
    b.sheet.addValidationData(v);
  }

  /** Colours each rating cell by its rating, live: a rating changed takes its colour. */
  private static void colours(SheetBuilder b, Rows rows, int hypotheses) {
    if (hypotheses == 0) {
      return;
    }
    XSSFSheetConditionalFormatting scf = b.xssf.getSheetConditionalFormatting();
    CellRangeAddress range = new CellRangeAddress(
        rows.item(0), rows.lastTableRow() + 1, AchSheet.ratingColumn(0), AchSheet.ratingColumn(hypotheses - 1));
    for (Rating r : Rating.values()) {
      XSSFConditionalFormattingRule rule =
          scf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + r.key() + "\"", null);
      XSSFPatternFormatting fill = rule.createPatternFormatting();
      fill.setFillBackgroundColor(Styles.colour(FILLS.get(r)));
      fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
      if (r == Rating.II) {
        XSSFFontFormatting font = rule.createFontFormatting();
        font.setFontColor(Styles.colour(new Colour(0xFFFFFF)));
      }
      scf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }
  }
}
