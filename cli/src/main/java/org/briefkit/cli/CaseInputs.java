package org.briefkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.briefkit.data.DatasetException;
import org.briefkit.data.Datasets;
import org.briefkit.model.Case;
import org.briefkit.model.LocatedCase;
import org.briefkit.model.io.CaseFolder;
import org.briefkit.model.io.CaseFileException;
import org.briefkit.model.io.CaseFileProblem;
import org.briefkit.report.xlsx.CaseWorkbook;
import org.briefkit.report.xlsx.InvalidWorkbookException;
import org.briefkit.report.xlsx.WorkbookProblem;

/**
 * Loads a case from a case file (YAML or JSON) or from a BriefKit workbook, with where its values
 * were written, for the warnings found in it later.
 */
final class CaseInputs {
  private CaseInputs() {}

  /**
   * Loads {@code file}, choosing the reader by its extension; a case file is read under {@code
   * limits}. A case file's locator gives the line and column of a value; a workbook's, its cell.
   *
   * @throws InputProblems with every located problem of the file, or the one reason it cannot
   *     be read at all
   */
  static LocatedCase load(Path file, CaseLimits limits) {
    return load(file, limits, null);
  }

  /**
   * Loads {@code file} as {@link #load(Path, CaseLimits)} does, its datasets read under the
   * folder rule {@code folders} give ({@code --allow-root}); null for the case file's folder alone.
   *
   * @throws InputProblems with every located problem of the file and its datasets
   */
  static LocatedCase load(Path file, CaseLimits limits, FolderOptions folders) {
    if (!Files.exists(file)) {
      throw problem(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw problem(file + ": is a folder, not a case file");
    }
    try {
      if (isWorkbook(file)) {
        // Named as given, like case files, so that every message points at the argument.
        try (InputStream in = Files.newInputStream(file)) {
          return withDatasets(file, folders, CaseWorkbook.readLocated(in, file.toString()));
        }
      }
      return withDatasets(file, folders, limits.reader().readLocated(file));
    } catch (CaseFileException e) {
      if (e.exceeded().isPresent()) {
        throw problem(e.problems().get(0) + "; " + CaseLimits.advice(e.exceeded().get()));
      }
      throw new InputProblems(e.problems().stream().map(CaseFileProblem::toString).toList());
    } catch (InvalidWorkbookException e) {
      throw new InputProblems(e.problems().stream().map(WorkbookProblem::toString).toList());
    } catch (AccessDeniedException e) {
      throw problem(file + ": permission denied");
    } catch (IOException e) {
      throw problem(file + ": cannot be read: " + e.getMessage());
    }
  }

  /**
   * {@code c} with the rows of its datasets, read from {@code file}'s folder ({@link Datasets}):
   * reading a case reads its datasets, whether it comes from a case file or a workbook.
   */
  private static LocatedCase withDatasets(Path file, FolderOptions folders, LocatedCase c) {
    if (c.value().datasets().isEmpty()) {
      return c;
    }
    try {
      CaseFolder folder = folders == null ? CaseFolder.ofCaseFile(file) : folders.folderOf(file);
      Case read = Datasets.read(c.value(), folder);
      return read == c.value() ? c : new LocatedCase(read, c.locator());
    } catch (DatasetException e) {
      throw new InputProblems(
          e.problems().stream().map(p -> p.line(c.locator()::locate)).toList());
    }
  }

  private static InputProblems problem(String line) {
    return new InputProblems(List.of(line));
  }

  static boolean isWorkbook(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }
}
