package org.briefkit.report.xlsx;

import com.google.common.base.Joiner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.briefkit.model.Case;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ListType;
import org.briefkit.model.format.ScalarType;
import org.briefkit.model.format.ValueType;
import org.briefkit.report.xlsx.CaseTable.Column;
import org.briefkit.report.xlsx.CaseTable.Role;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Writes the case tables: each row one element, each column by its role (a field's value, a
 * computed cell, a nested row's owner), with drop-down lists where values are restricted.
 */
final class CaseTableWriter {
  private CaseTableWriter() {}

  /** Creates the Excel table of {@code table} over {@code rows} data rows, with a filter and a style. */
  static void createTable(XSSFSheet sheet, CaseTable<?> table, int rows) {
    int lastCol = table.columns().size() - 1;
    AreaReference area =
        new AreaReference(
            new CellReference(0, 0), new CellReference(Math.max(1, rows), lastCol),
            SpreadsheetVersion.EXCEL2007);
    XSSFTable t = sheet.createTable(area);
    t.setName(table.table());
    t.setDisplayName(table.table());
    CTTable ct = t.getCTTable();
    CTTableColumn[] cols = ct.getTableColumns().getTableColumnArray();
    for (int i = 0; i < cols.length; i++) {
      cols[i].setName(table.headers().get(i));
      // A calculated column: Excel fills its formula into the rows an analyst adds.
      Optional<String> formula = columnFormula(table, i);
      if (formula.isPresent()) {
        cols[i].addNewCalculatedColumnFormula().setStringValue(formula.get());
      }
    }
    ct.addNewAutoFilter().setRef(area.formatAsString());
    CTTableStyleInfo style = ct.addNewTableStyleInfo();
    style.setName("TableStyleLight15");
    style.setShowRowStripes(true);
  }

  /** The formula every row of the column at {@code index} holds, if it is a live formula's. */
  static <T> Optional<String> columnFormula(CaseTable<T> table, int index) {
    return table.columns().get(index).cell().flatMap(c -> c.columnFormula(table));
  }

  /** Writes the header row, freezes it and the first column, and sets the columns' widths. */
  static void header(SheetBuilder b, CaseTable<?> table, Styles styles) {
    List<? extends Column<?>> cols = table.columns();
    b.row();
    for (int i = 0; i < cols.size(); i++) {
      b.text(i, cols.get(i).header(), styles.header);
    }
    b.sheet.createFreezePane(1, 1);
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).width().wrap()) {
        b.wrapAt(i, cols.get(i).width().chars());
      } else {
        b.capAt(i, cols.get(i).width().chars());
      }
    }
  }

  /** Writes one row for {@code item}; a nested row names its owner first. */
  static <T> void row(
      SheetBuilder b, CaseTable<T> table, T item, Optional<Owner> owner, SheetContext ctx) {
    b.row();
    List<Column<T>> cols = table.columns();
    for (int i = 0; i < cols.size(); i++) {
      Column<T> c = cols.get(i);
      if (c.cell().isPresent()) {
        c.cell().get().write(b, i, item, table, ctx);
      } else if (c.role() == Role.OWNER_KIND) {
        b.text(i, owner.orElseThrow().kind(), ctx.styles().text);
      } else if (c.role() == Role.OWNER_ID) {
        Owner o = owner.orElseThrow();
        b.link(i, o.id(), o.table().link(o.index()), ctx.styles().link);
      } else {
        value(b, i, c.field().orElseThrow(), item, c, ctx.styles());
      }
    }
  }

  /**
   * The owner of a nested row: its table, its id and its position in its table.
   *
   * @param table the owner's table
   * @param id the owner's id
   * @param index the owner's position in its table, from 0
   */
  record Owner(CaseTable<?> table, String id, int index) {
    /** The owner's kind, as the For column names it ({@code motivation}). */
    String kind() {
      return table.entity().name();
    }
  }

  private static <T, V> void value(
      SheetBuilder b, int col, Field<T, ?, V> f, T item, Column<T> c, Styles styles) {
    Optional<V> v = f.get(item);
    if (c.role() == Role.DERIVED && v.isPresent() && v.get() instanceof List<?> nested) {
      b.number(col, nested.size(), styles.integer);
      return;
    }
    if (v.isPresent() && f.type() instanceof ScalarType<V> s && s.form() == ScalarType.Form.NUMBER) {
      b.number(col, ((Number) v.get()).doubleValue(), styles.integer);
      return;
    }
    b.text(col, v.map(x -> text(f.type(), x)).orElse(""), style(c, f.type(), styles));
  }

  /** The text of {@code f}'s value in {@code item}, as its cell shows it; empty when absent. */
  static <T, V> String text(Field<T, ?, V> f, T item) {
    return f.get(item).map(v -> text(f.type(), v)).orElse("");
  }

  /** The text of a value in a cell: a scalar's text, or a list's items joined by its separator. */
  static <V> String text(ValueType<V> type, V value) {
    if (type instanceof ScalarType<V> s) {
      return s.format(value);
    }
    return join((ListType<?>) type, (List<?>) value);
  }

  @SuppressWarnings("unchecked") // the list holds the list type's items
  private static <E> String join(ListType<E> type, List<?> values) {
    List<String> parts = new ArrayList<>(values.size());
    for (Object v : values) {
      parts.add(type.item().format((E) v));
    }
    return Joiner.on(type.separator()).join(parts);
  }

  private static CellStyle style(Column<?> c, ValueType<?> type, Styles styles) {
    if (c.width().wrap()) {
      return styles.wrap;
    }
    return type instanceof ScalarType<?> s && s.form() == ScalarType.Form.DATE ? styles.textual : styles.text;
  }

  /**
   * Adds the drop-down lists: the keys of every choice (those the case allows, where its table
   * narrows them), then ids from other tables, then owners; each down to the sheet's last row.
   */
  static <T> void validations(
      SheetBuilder b, CaseTable<T> table, Case theCase, List<String> owners) {
    DataValidationHelper h = b.sheet.getDataValidationHelper();
    for (Column<T> c : table.columns()) {
      if (c.role() == Role.FIELD
          && c.field().orElseThrow().type() instanceof ScalarType<?> s
          && !s.choices().isEmpty()) {
        Function<Case, List<String>> narrowed = table.format().choices().get(c.key());
        List<String> choices = narrowed == null ? s.choices() : narrowed.apply(theCase);
        // Narrowed by the case, the list may be out of date once the analyst edits the case (a
        // likelihood after a change of scale): it warns instead of refusing what is typed.
        validate(b, table, c.key(), h.createExplicitListConstraint(choices.toArray(new String[0])),
            table.text().get("choose.one", String.join(", ", choices)), narrowed == null ? Check.REFUSE : Check.WARN);
      }
    }
    for (Map.Entry<String, Entity<?, ?>> d : table.format().dropdowns().entrySet()) {
      CaseTable<?> target = CaseTables.in(table.text()).table(d.getValue());
      // A list of ids takes several, typed with commas: the list offers them, it cannot insist.
      boolean list = table.column(d.getKey()).field().orElseThrow().type() instanceof ListType<?>;
      validate(b, table, d.getKey(), h.createFormulaListConstraint(ids(target)),
          table.text().get("choose.id", target.sheet()), list ? Check.OFFER : Check.REFUSE);
    }
    if (table.nested()) {
      validate(b, table, CaseTable.FOR, h.createExplicitListConstraint(owners.toArray(new String[0])),
          table.text().get("choose.one", String.join(", ", owners)), Check.REFUSE);
    }
  }

  /**
   * The ids of {@code target}'s table, as a drop-down list's source: the cells of its id column
   * from the first row to as many as the column holds values under its header, so that the list
   * offers the ids of the rows an analyst adds ({@code OFFSET(Stakeholders!$A$2,0,0,
   * MAX(1,COUNTA(Stakeholders!$A:$A)-1),1)}). A range fixed to the rows written would refuse a
   * new id; one down to the last row of the sheet would offer a million blank choices.
   */
  static String ids(CaseTable<?> target) {
    String col = CellReference.convertNumToColString(target.index("id"));
    String sheet = Layout.quoteSheet(target.sheet());
    return "OFFSET(" + sheet + "!$" + col + "$2,0,0,MAX(1,COUNTA(" + sheet + "!$" + col + ":$" + col + ")-1),1)";
  }

  /** What a drop-down list does with a value not in it. */
  private enum Check {
    /** Refuses it. */
    REFUSE,
    /** Asks whether to keep it. */
    WARN,
    /** Takes it: the list only offers values. */
    OFFER
  }

  private static void validate(
      SheetBuilder b, CaseTable<?> table, String key, DataValidationConstraint constraint,
      String message, Check check) {
    int col = table.index(key);
    DataValidationHelper h = b.sheet.getDataValidationHelper();
    DataValidation v = h.createValidation(constraint, new CellRangeAddressList(1, Layout.LAST_ROW, col, col));
    v.setShowErrorBox(check != Check.OFFER);
    v.setErrorStyle(check == Check.WARN ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
    v.createErrorBox(table.header(key), message);
    v.setEmptyCellAllowed(true);
    // Inverted name in XSSF: true shows the drop-down arrow.
    v.setSuppressDropDownArrow(true);
    b.sheet.addValidationData(v);
  }
}
