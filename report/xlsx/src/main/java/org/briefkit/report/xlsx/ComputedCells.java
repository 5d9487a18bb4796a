package org.briefkit.report.xlsx;

import java.util.List;
import java.util.function.Function;
import org.briefkit.analysis.provenance.CitationCheck;
import org.briefkit.analysis.provenance.CitationStatus;
import org.briefkit.model.Colour;
import org.briefkit.model.Evidence;
import org.briefkit.model.Motivation;
import org.briefkit.model.Salience;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.format.CaseFormat;

/** The computed cells of the case tables: live formulas with their cached values, and colours. */
final class ComputedCells {
  private ComputedCells() {}

  /** The header of the Evidence table's column saying how its citation fared against its source's text. */
  static final String CHECKED = "Checked";

  /**
   * How an item of evidence fared when its citation was checked against its source's text, in
   * words: "quotes verified", "place found", "quote not found", "place not found", "text
   * missing", "no text", "nothing to check".
   */
  static void checked(SheetBuilder b, int col, Evidence e, CaseTable<Evidence> t, SheetContext ctx) {
    CitationStatus status = ctx.analysis().provenance().check(e).map(CitationCheck::status).orElse(CitationStatus.NO_TEXT);
    b.text(col, checked(ctx.text(), status), ctx.styles().text);
  }

  /** The words of {@code status} in the Checked column of a workbook in the words of {@code text}. */
  static String checked(WorkbookText text, CitationStatus status) {
    return text.get("checked." + status.name());
  }

  /** The words of {@code status} in the Checked column of an English workbook. */
  static String checked(CitationStatus status) {
    return checked(WorkbookText.english(), status);
  }

  /** The header of the Events' and Arms transfers' column naming the dataset a row was read from. */
  static final String IMPORTED = "Imported from";

  /**
   * The dataset a row was read from, as its id and file ("sipri-at (data/sipri.csv)"); empty
   * for the rows the analyst typed. Reading the workbook back replaces the rows it names with
   * those read afresh from the file (docs/data.md).
   */
  static <T> ComputedCell<T> importedFrom(Function<T, List<Evidence>> evidence) {
    return (b, col, item, table, ctx) ->
        b.text(col,
            ctx.theCase().importedFrom(evidence.apply(item))
                .map(d -> d.id().value() + " (" + d.file() + ")").orElse(""),
            ctx.styles().text);
  }

  /** A motivation's instrument of power, looked up from its domain in the Domains table. */
  static final ComputedCell<Motivation> INSTRUMENT =
      ComputedCell.formula(
          ComputedCells::instrument,
          (m, ctx) -> ctx.theCase().domain(m.domain()).map(d -> d.instrument().key()).orElse(""),
          styles -> styles.text);

  /** A motivation's weight, 3, 2 or 1, from its salience. */
  static final ComputedCell<Motivation> WEIGHT =
      ComputedCell.formula(ComputedCells::weight, (m, ctx) -> m.weight(), styles -> styles.integer);

  /** The formula of a motivation's instrument, in its table {@code t}. */
  static String instrument(CaseTable<Motivation> t) {
    CaseTable<?> domains = CaseTables.in(t.text()).table(CaseFormat.DOMAIN);
    return "IFERROR(INDEX(" + domains.ref("instrument") + ",MATCH(" + t.thisRow("domain") + ","
        + domains.ref("id") + ",0)),\"\")";
  }

  /** The formula of a motivation's weight, in its table {@code t}. */
  static String weight(CaseTable<Motivation> t) {
    String salience = t.thisRow("salience");
    StringBuilder formula = new StringBuilder();
    for (Salience s : Salience.values()) {
      formula.append("IF(").append(salience).append("=\"").append(s.key()).append("\",")
          .append(s.weight()).append(',');
    }
    return formula.append('0').append(")".repeat(Salience.values().length)).toString();
  }

  /** The colour a stakeholder has in every chart, its cell filled with it. */
  static void chartColour(
      SheetBuilder b, int col, Stakeholder s, CaseTable<Stakeholder> t, SheetContext ctx) {
    Colour c = ctx.colour(s.id());
    b.text(col, c.toString(), ctx.styles().fill(c));
  }
}
