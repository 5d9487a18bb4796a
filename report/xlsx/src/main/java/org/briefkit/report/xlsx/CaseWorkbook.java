package org.briefkit.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.Case;

/**
 * Reads a workbook written by {@link ExcelWorkbook} back into a {@link Case} — including an
 * analyst's edits: rows added, text changed, a salience or a stakeholder changed, columns
 * reordered. Computed sheets and columns are ignored; the case comes from the Overview's case
 * block and the editable tables.
 *
 * <p>Every problem is reported at once, each located at its sheet and cell
 * ({@code case.xlsx:Motivations!E12: ...}), in an {@link InvalidWorkbookException}. Workbooks
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
    Objects.requireNonNull(file, "file must not be null");
    String name = String.valueOf(file.getFileName());
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name);
    }
  }

  /**
   * Reads a workbook from {@code in}, which is read to its end but not closed.
   *
   * @param displayName the name messages give the workbook, such as its file name
   * @throws InvalidWorkbookException listing every problem found
   * @throws IOException if the stream cannot be read
   */
  public static Case read(InputStream in, String displayName) throws IOException {
    return read(in, displayName, ZipGuard.STANDARD);
  }

  static Case read(InputStream in, String displayName, ZipGuard guard) throws IOException {
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
