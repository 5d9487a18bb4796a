package org.briefkit.report.xlsx;

import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.Case;
import org.briefkit.model.CaseLocator;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.RecordListType;

/**
 * Where the values of a case read from a workbook were written, in the form a {@link
 * WorkbookProblem} gives its place: {@code case.xlsx:Judgments!B4} for a field's cell, the
 * row's first cell for an element whose field has no column, the sheet for an element the
 * workbook does not hold, the file alone when the pointer names nothing of the case. A text's
 * character offset is not shown: a cell is the finest place a workbook has.
 */
final class WorkbookLocator implements CaseLocator {
  private final String file;
  private final ReadState state;
  private final WorkbookText text;

  /** A locator over the places {@code state} recorded while reading {@code file}, an English workbook. */
  WorkbookLocator(String file, ReadState state) {
    this(file, state, WorkbookText.english());
  }

  /** A locator over the places {@code state} recorded while reading {@code file}, in the words of {@code text}. */
  WorkbookLocator(String file, ReadState state, WorkbookText text) {
    this.file = file;
    this.state = state;
    this.text = text;
  }

  @Override
  public String locate(String pointer, int offset) {
    Objects.requireNonNull(pointer, "pointer must not be null");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException(
          "pointer (\"" + pointer + "\") must be a JSON Pointer: empty or starting with /");
    }
    Optional<ReadState.Place> place = state.locate(pointer);
    if (place.isPresent()) {
      return WorkbookProblem.at(file, place.get().sheet(), place.get().cell(), "").location();
    }
    return sheet(pointer)
        .map(s -> new WorkbookProblem(file, Optional.of(s), Optional.empty(), "").location())
        .orElse(file);
  }

  /**
   * The sheet that holds what the pointer's first step names: a list's table, or the Overview;
   * none for the ACH matrices, which are on a sheet each.
   */
  private Optional<String> sheet(String pointer) {
    if (pointer.isEmpty()) {
      return Optional.empty();
    }
    int end = pointer.indexOf('/', 1);
    String name = end < 0 ? pointer.substring(1) : pointer.substring(1, end);
    Optional<Field<Case, Case.Builder, ?>> field = CaseFormat.CASE.field(name);
    // The ACH matrices have a sheet each: a matrix the workbook does not hold has none.
    if (field.isEmpty() || field.get().type() instanceof RecordListType<?> list && list.entity() == CaseFormat.ACH) {
      return Optional.empty();
    }
    return Optional.of(field.get().type() instanceof RecordListType<?> list
        ? CaseTables.in(text).table(list.entity()).sheet()
        : text.sheet(Layout.OVERVIEW));
  }
}
