package org.briefkit.report.xlsx;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Writes one computed cell of a table's row: a live formula with its cached value, or a value
 * the workbook derives for readers (a stakeholder's chart colour). Computed cells are never
 * read back.
 *
 * @param <T> the record a row holds
 */
@FunctionalInterface
interface ComputedCell<T> {
  /** Writes the cell of {@code item} in column {@code col} of the current row. */
  void write(SheetBuilder b, int col, T item, CaseTable<T> table, SheetContext ctx);

  /**
   * The formula every row of the column holds, when the cell is a live formula: the Excel
   * table column's calculated column formula, which Excel fills into the rows added to the
   * table. Empty for a value.
   */
  default Optional<String> columnFormula(CaseTable<T> table) {
    return Optional.empty();
  }

  /**
   * A live formula, the same in every row of the table (its structured references name the
   * formula's own row), with the analysis' value cached: a {@link Number} or text.
   */
  static <T> ComputedCell<T> formula(
      Function<CaseTable<T>, String> formula, BiFunction<T, SheetContext, Object> cached,
      Function<Styles, CellStyle> style) {
    return new ComputedCell<>() {
      @Override
      public void write(SheetBuilder b, int col, T item, CaseTable<T> table, SheetContext ctx) {
        Object value = cached.apply(item, ctx);
        if (value instanceof Number n) {
          b.formula(col, formula.apply(table), n.doubleValue(), style.apply(ctx.styles()));
        } else {
          b.formula(col, formula.apply(table), (String) value, style.apply(ctx.styles()));
        }
      }

      @Override
      public Optional<String> columnFormula(CaseTable<T> table) {
        return Optional.of(formula.apply(table));
      }
    };
  }
}
