package org.briefkit.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.analysis.provenance.SourceTextProblem;
import org.briefkit.analysis.provenance.SourceTexts;
import org.briefkit.model.Case;
import org.briefkit.model.LocatedCase;
import org.briefkit.model.TextCopy;
import org.briefkit.model.io.CaseFolder;
import org.briefkit.model.io.CaseFolderException;

/**
 * Reads what a loaded case names beyond itself: its sources' texts and its previous version,
 * by the folder rule ({@link CaseFolder}). A file that is there but refused (leading out of the
 * folder, too large, binary) is an error located at the field that names it; a file that is not
 * there is left to the tradecraft check, which warns ({@code source-text-missing}, {@code
 * previous-version-missing}); a previous version with problems of its own is an error with
 * those problems.
 */
final class Materials {
  private Materials() {}

  /**
   * The materials of {@code c}, read from {@code file}'s folder under {@code options}; its
   * previous version is read under {@code limits}.
   *
   * @throws InputProblems with every located problem found
   */
  static CaseMaterials load(Path file, LocatedCase c, FolderOptions options, CaseLimits limits) {
    Case aCase = c.value();
    if (written(aCase).isEmpty()) {
      return CaseMaterials.none();
    }
    CaseFolder folder = options.folderOf(file);
    List<String> problems = new ArrayList<>();
    CaseMaterials.Builder materials = CaseMaterials.builder();
    SourceTexts texts = SourceTexts.load(aCase, folder);
    for (SourceTextProblem p : texts.problems()) {
      problems.add(c.locator().locate(p.pointer()) + ": " + p.message());
    }
    materials.texts(texts);
    if (aCase.previous().isPresent()) {
      String written = aCase.previous().get();
      try {
        // The case reader has limits of its own, sized for case files and workbooks.
        Path previous = folder.withMaxFileSize(Long.MAX_VALUE).resolve(written);
        materials.previous(CaseInputs.load(previous, limits).value());
      } catch (CaseFolderException e) {
        if (e.isMissing()) {
          materials.previousMissing(e.getMessage());
        } else {
          problems.add(c.locator().locate("/previous") + ": the previous version " + e.getMessage());
        }
      } catch (InputProblems e) {
        problems.add(
            c.locator().locate("/previous") + ": the previous version " + written
                + " cannot be read; its problems follow");
        problems.addAll(e.lines());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputProblems(problems);
    }
    return materials.build();
  }

  /**
   * The files {@code c}, read from {@code file}, names: its sources' texts, its previous
   * version and its datasets, as written (relative to the case's folder), whether they are there
   * or not; a name no file could have is left out.
   */
  static List<Path> named(Path file, Case c) {
    Path folder = CaseFolder.ofCaseFile(file).folder();
    List<Path> files = new ArrayList<>();
    List<String> named = new ArrayList<>(written(c));
    c.datasets().forEach(d -> named.add(d.file()));
    for (String w : named) {
      try {
        files.add(folder.resolve(w).normalize());
      } catch (InvalidPathException e) {
        // Reported by the render as a problem at the field that names it.
      }
    }
    return files;
  }

  /** The files {@code c} names, as written: its sources' texts, then its previous version. */
  private static List<String> written(Case c) {
    List<String> written = new ArrayList<>();
    c.sources().forEach(s -> s.text().map(TextCopy::file).ifPresent(written::add));
    c.previous().ifPresent(written::add);
    return written;
  }
}
