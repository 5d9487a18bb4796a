package org.briefkit.report.xlsx;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ListType;
import org.briefkit.model.format.ScalarType;
import org.briefkit.model.format.Types;
import org.briefkit.model.format.ValueType;

/**
 * Reads cells: their text as an analyst sees it, the value of a cell the reader reads (refusing
 * formulas and error values), and a field's value from that text. This is the one place where
 * cells become text.
 */
final class CellValues {
  private static final Splitter ID_LIST =
      Splitter.on(CharMatcher.anyOf(",;").or(CharMatcher.whitespace())).omitEmptyStrings();
  private static final Splitter LINES = Splitter.on('\n').trimResults().omitEmptyStrings();

  /** The longest formula a message quotes whole. */
  private static final int FORMULA_SHOWN = 80;

  /**
   * A cross-reference as BriefKit wrote it before cross-references became plain values with a
   * cell hyperlink: {@code HYPERLINK("#Motivations!A2","nato-cyber")}. The first argument is the
   * link, the second (a string literal) the friendly name: the id.
   */
  private static final Pattern EARLIER_LINK = Pattern.compile(
      "\\s*HYPERLINK\\s*\\(\\s*(\"(?:[^\"]|\"\")*\"|[^,\"()]*)\\s*,\\s*\"((?:[^\"]|\"\")*)\"\\s*\\)\\s*",
      Pattern.CASE_INSENSITIVE);

  private CellValues() {}

  /**
   * What a cell the reader reads holds: its text, or why it holds no value to read (a formula,
   * an error value), a message to give at the cell.
   *
   * @param text the text, empty when refused
   * @param refusal why the cell is not read, if it is not
   */
  record Input(String text, Optional<String> refusal) {
    static Input of(String text) {
      return new Input(text, Optional.empty());
    }

    static Input refused(String message) {
      return new Input("", Optional.of(message));
    }
  }

  /**
   * The text of a cell as the analyst sees it: strings as is, numbers without ".0", dates ISO;
   * for a formula, the value last computed, or nothing when none was kept (openpyxl and pandas
   * keep none). For labels and headers; a value the case is read from goes through {@link
   * #value}.
   */
  static String text(SheetCell cell) {
    return cell == null ? "" : cell.value();
  }

  /**
   * The value of a cell the reader reads. BriefKit reads values, not formulas: a formula is
   * refused, with or without a value computed (what it computes is not the analyst's to see
   * in the case, and tools such as openpyxl keep no value), and so is an error value.
   */
  static Input value(SheetCell cell) {
    if (cell == null) {
      return Input.of("");
    }
    if (cell.isFormula()) {
      return Input.refused(formulaRefused(cell));
    }
    if (cell.kind() == SheetCell.Kind.ERROR) {
      return Input.refused("holds the error " + cell.value() + ": type the value itself");
    }
    return Input.of(text(cell));
  }

  /**
   * The value of a cell holding a cross-reference to another sheet's row (a nested row's owner
   * id). It is a plain value; an earlier BriefKit wrote it as a {@code HYPERLINK} formula, read
   * as the value last computed or, when none was kept, as the formula's friendly name.
   */
  static Input reference(SheetCell cell) {
    if (cell != null && ownFormula(cell)) {
      Matcher m = EARLIER_LINK.matcher(cell.formula());
      if (m.matches()) {
        String cached = cell.kind() == SheetCell.Kind.STRING ? cell.value() : "";
        return Input.of(cached.isBlank() ? m.group(2).replace("\"\"", "\"") : cached);
      }
    }
    return value(cell);
  }

  /**
   * The cell a cross-reference links to: its cell hyperlink within the workbook, or the target
   * of the {@code HYPERLINK} formula an earlier BriefKit wrote; empty when it has neither.
   */
  static Optional<CellReference> link(SheetCell cell) {
    if (cell == null) {
      return Optional.empty();
    }
    if (cell.documentLink() != null) {
      return target(cell.documentLink());
    }
    if (ownFormula(cell)) {
      Matcher m = EARLIER_LINK.matcher(cell.formula());
      if (m.matches() && m.group(1).startsWith("\"")) {
        String link = m.group(1);
        return target(link.substring(1, link.length() - 1).replace("\"\"", "\""));
      }
    }
    return Optional.empty();
  }

  /** Whether the cell holds a formula of its own (not one shared from another cell). */
  private static boolean ownFormula(SheetCell cell) {
    return cell.isFormula() && cell.formulaAt() == null;
  }

  private static Optional<CellReference> target(String address) {
    String a = address.startsWith("#") ? address.substring(1) : address;
    try {
      CellReference ref = new CellReference(a);
      return ref.getSheetName() == null || ref.getRow() < 0 ? Optional.empty() : Optional.of(ref);
    } catch (RuntimeException e) {
      return Optional.empty(); // not a cell's address: no link to follow
    }
  }

  /** Whether a cell the reader reads holds nothing: a formula or an error value is something. */
  static boolean blank(SheetCell cell) {
    if (cell == null) {
      return true;
    }
    if (cell.isFormula()) {
      return false;
    }
    return switch (cell.kind()) {
      case BLANK -> true;
      case STRING -> cell.value().isBlank();
      default -> false;
    };
  }

  /**
   * Why a formula is refused, quoting it. A cell of a shared formula (filled down or across)
   * stores no text of its own: the formula quoted is the one of the cell it was filled from,
   * named as such.
   */
  private static String formulaRefused(SheetCell cell) {
    String f = cell.formula();
    String shown = f.length() > FORMULA_SHOWN ? f.substring(0, FORMULA_SHOWN) + "…" : f;
    String quoted = f.isEmpty() ? "" : cell.formulaAt() != null
        ? " (filled from " + cell.formulaAt() + ": =" + shown + ")"
        : " (=" + shown + ")";
    return "holds a formula" + quoted + ", not a value: type the value itself (BriefKit reads values, not formulas)";
  }

  /**
   * Whether a blank cell of {@code f} is a mistake rather than a wish for the default: for a
   * required field, and for a choice written with a default (a salience, a status) whose column
   * the workbook has ({@code columnWritten}): its cell always holds a key and offers the keys in
   * a list, so a blank one would change the figures unseen. Case tables and ACH sheets alike.
   */
  static boolean blankIsMistake(Field<?, ?, ?> f, boolean columnWritten) {
    return f.required() || columnWritten && f.presence() == Field.Presence.DEFAULTED
        && f.type() instanceof ScalarType<?> s && !s.choices().isEmpty();
  }

  /**
   * Sets {@code f} in {@code builder} from {@code raw}, the text of its cell, which is not blank;
   * returns why it cannot be read ({@link #parse}'s message), if it cannot.
   */
  static <T, B, V> Optional<String> set(Field<T, B, V> f, B builder, String raw) {
    try {
      f.set(builder, parse(f.type(), f.name(), raw));
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
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
