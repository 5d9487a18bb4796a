package org.briefkit.model.io;

import java.io.IOException;
import java.nio.file.Path;
import org.briefkit.model.Case;
import org.briefkit.model.LocatedCase;

/**
 * Reading and writing case files with the default settings: the short way to the common
 * cases. Use {@link CaseReader} to change the limits.
 */
public final class CaseFiles {
  private CaseFiles() {}

  /**
   * Reads the case file at {@code file}, YAML or JSON.
   *
   * @throws CaseFileException listing every problem in the file, each as {@code
   *     file:line:column: message}
   * @throws IOException if the file cannot be read
   */
  public static Case read(Path file) throws IOException {
    return CaseReader.standard().read(file);
  }

  /**
   * Reads the case file at {@code file}, YAML or JSON, with where its values were written: the
   * {@link LocatedCase#locator() locator} gives {@code file:line:column} of a value, or of a
   * character in a text value, by its JSON Pointer.
   *
   * @throws CaseFileException listing every problem in the file
   * @throws IOException if the file cannot be read
   */
  public static LocatedCase readLocated(Path file) throws IOException {
    return CaseReader.standard().readLocated(file);
  }

  /**
   * Reads a case from {@code text}, the content of a file named {@code name} in messages.
   *
   * @throws CaseFileException listing every problem in the text
   */
  public static Case parse(String text, String name) throws CaseFileException {
    return CaseReader.standard().parse(text, name);
  }

  /**
   * Reads a case from {@code text}, the content of a file named {@code name} in messages and
   * places, with where its values were written.
   *
   * @throws CaseFileException listing every problem in the text
   */
  public static LocatedCase parseLocated(String text, String name) throws CaseFileException {
    return CaseReader.standard().parseLocated(text, name);
  }

  /**
   * Writes {@code c} to {@code file} as a YAML case file in UTF-8, replacing the file whole
   * ({@link AtomicFiles#write}), so that an analyst's existing case file is never left
   * half-written.
   *
   * @throws IOException if the file cannot be written; an existing file is then unchanged
   */
  public static void write(Case c, Path file) throws IOException {
    AtomicFiles.write(file, out -> CaseWriter.write(c, out));
  }
}
