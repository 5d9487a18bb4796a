package org.briefkit.report.xlsx;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a workbook being read back: where it is and what it is. It reads like
 * a compiler message, {@code case.xlsx:Motivations!E12: salience ("primry") must be one of
 * primary, secondary, subsidiary}; the location is the sheet and cell, or the sheet alone, or
 * nothing when the problem concerns the whole file.
 *
 * @param file the file name shown to the user
 * @param sheet the sheet, if the problem is in one
 * @param cell the cell in A1 form ({@code E12}), if the problem is in one
 * @param message what is wrong
 */
public record WorkbookProblem(String file, Optional<String> sheet, Optional<String> cell, String message) {
  /** Checks that every component is present, and that a cell comes with its sheet. */
  public WorkbookProblem {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(sheet, "sheet must not be null");
    Objects.requireNonNull(cell, "cell must not be null");
    Objects.requireNonNull(message, "message must not be null");
    if (cell.isPresent() && sheet.isEmpty()) {
      throw new IllegalArgumentException("a cell (" + cell.get() + ") needs a sheet");
    }
  }

  /** A problem with the whole file. */
  static WorkbookProblem ofFile(String file, String message) {
    return new WorkbookProblem(file, Optional.empty(), Optional.empty(), message);
  }

  /** A problem at a cell. */
  static WorkbookProblem at(String file, String sheet, String cell, String message) {
    return new WorkbookProblem(file, Optional.of(sheet), Optional.of(cell), message);
  }

  /** The location as written before the message: {@code case.xlsx:'Arms transfers'!B3}. */
  public String location() {
    StringBuilder b = new StringBuilder(file);
    sheet.ifPresent(s -> b.append(':').append(Layout.quoteSheet(s)));
    cell.ifPresent(c -> b.append('!').append(c));
    return b.toString();
  }

  /** {@code location: message}. */
  @Override
  public String toString() {
    return location() + ": " + message;
  }
}
