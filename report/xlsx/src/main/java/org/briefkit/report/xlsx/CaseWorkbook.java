package org.briefkit.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.Case;
import org.briefkit.model.LocatedCase;

/**
 * Reads a workbook written by {@link ExcelWorkbook} back into a {@link Case} — including an
 * analyst's edits: rows added, text changed, a salience or a stakeholder changed, columns
 * reordered, ratings of competing hypotheses changed. Computed sheets and columns are ignored;
 * the case comes from the Overview's case block, the editable tables and the ACH sheets.
 *
 * <p>Cells are read as values, as any tool saves them (openpyxl and pandas keep no computed
 * values): a formula or an error value in a cell the case is read from is refused at its cell,
 * saying to type the value; workbooks of earlier BriefKits, whose cross-references were {@code
 * HYPERLINK} formulas, still read.
 *
 * <p>Every problem is reported at once, each located at its sheet and cell
 * ({@code case.xlsx:Motivations!E12: ...}), sorted by sheet, row and column, root causes (a
 * renamed column, a duplicate id) with the problems they explain counted in their line, in an
 * {@link InvalidWorkbookException}. Workbooks
 * are treated as untrusted: oversized files and entries, zip bombs, XML document type
 * declarations (external entities) and workbooks that BriefKit did not write are refused with
 * a message saying why.
 */
public final class CaseWorkbook {
  private CaseWorkbook() {}

  /**
   * Reads the workbook at {@code file}; messages name the file by its file name.
   *
   * @throws InvalidWorkbookException listing every problem found
   * @throws IOException if the file cannot be read
   */
  public static Case read(Path file) throws IOException {
    return readLocated(file).value();
  }

  /**
   * Reads a workbook from {@code in}, which is read to its end but not closed.
   *
   * @param displayName the name messages give the workbook, such as its file name
   * @throws InvalidWorkbookException listing every problem found
   * @throws IOException if the stream cannot be read
   */
  public static Case read(InputStream in, String displayName) throws IOException {
    return readLocated(in, displayName).value();
  }

  /**
   * Reads the workbook at {@code file}, with where each value of the case was written: its
   * locator gives {@code brief.xlsx:Judgments!B4} for {@code /judgments/2/statement}, the
   * place a {@link WorkbookProblem} would give.
   *
   * @throws InvalidWorkbookException listing every problem found
   * @throws IOException if the file cannot be read
   */
  public static LocatedCase readLocated(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    String name = String.valueOf(file.getFileName());
    try (InputStream in = Files.newInputStream(file)) {
      return readLocated(in, name);
    }
  }

  /**
   * Reads a workbook from {@code in}, which is read to its end but not closed, with where each
   * value of the case was written. The locator turns a JSON Pointer into the case into the cell
   * the value came from (its sheet and cell, found by the column's header, so that reordered
   * columns are followed); into its row's first cell when its field has no column; into its
   * sheet when the workbook has no such element; into {@code displayName} alone when the
   * pointer names nothing of the case. A character offset into a text is not shown.
   *
   * @param displayName the name messages give the workbook, such as its file name
   * @throws InvalidWorkbookException listing every problem found
   * @throws IOException if the stream cannot be read
   */
  public static LocatedCase readLocated(InputStream in, String displayName) throws IOException {
    return read(in, displayName, ZipGuard.STANDARD);
  }

  static LocatedCase read(InputStream in, String displayName, ZipGuard guard) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(displayName, "displayName must not be null");
    Optional<byte[]> bytes = guard.readCapped(in);
    if (bytes.isEmpty()) {
      throw new InvalidWorkbookException(
          List.of(WorkbookProblem.ofFile(displayName,
              "the file is larger than " + ZipGuard.mib(guard.maxFileBytes()) + "; not read")));
    }
    return new WorkbookReader(displayName, guard).read(bytes.get());
  }
}
