package org.briefkit.report.xlsx;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.briefkit.model.format.ListType;
import org.briefkit.model.format.ScalarType;
import org.briefkit.model.format.Types;
import org.briefkit.model.format.ValueType;

/** Reads cells: their text as an analyst sees it, and a field's value from that text. */
final class CellValues {
  private static final Splitter ID_LIST =
      Splitter.on(CharMatcher.anyOf(",;").or(CharMatcher.whitespace())).omitEmptyStrings();
  private static final Splitter LINES = Splitter.on('\n').trimResults().omitEmptyStrings();

  private CellValues() {}

  /** The text of a cell as the analyst sees it: strings as is, numbers without ".0", dates ISO. */
  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING:
        return cell.getRichStringCellValue().getString();
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR:
        return FormulaError.forInt(cell.getErrorCellValue()).getString();
      default:
        return "";
    }
  }

  /**
   * The value of field {@code name} written as {@code raw} in a cell, which is not blank. Text
   * is kept exactly as written; other values are trimmed first.
   *
   * @throws IllegalArgumentException naming the field, the value and the rule
   */
  static <V> V parse(ValueType<V> type, String name, String raw) {
    if (type instanceof ScalarType<V> s) {
      try {
        return s.parse(name, s == Types.TEXT || s == Types.PROSE ? raw : raw.trim());
      } catch (NumberFormatException e) {
        // The number type's own message is Java's ("For input string"), meant for no reader.
        if (s.form() == ScalarType.Form.NUMBER) {
          throw new IllegalArgumentException(name + " (\"" + raw.trim() + "\") must be a whole number", e);
        }
        throw e;
      }
    }
    return list((ListType<?>) type, name, raw);
  }

  private static <V> V list(ListType<?> type, String name, String raw) {
    Iterable<String> parts =
        type.separator().equals("\n") ? LINES.split(raw) : ID_LIST.split(raw.trim());
    return items(type, name, parts);
  }

  /**
   * A list from its items' texts, each item read by the list's item type; every bad item is
   * named in the message.
   *
   * @throws IllegalArgumentException naming each bad item
   */
  @SuppressWarnings("unchecked") // a list type's value is the immutable list of its items
  static <V, E> V items(ListType<E> type, String name, Iterable<String> parts) {
    ImmutableList.Builder<E> b = ImmutableList.builder();
    List<String> wrong = new ArrayList<>();
    for (String part : parts) {
      try {
        b.add(type.item().parse(type.itemName(name), part));
      } catch (IllegalArgumentException e) {
        wrong.add(e.getMessage());
      }
    }
    if (!wrong.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", wrong));
    }
    return (V) b.build();
  }
}
