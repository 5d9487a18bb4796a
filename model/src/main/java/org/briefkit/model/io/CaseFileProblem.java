package org.briefkit.model.io;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a case file, where it is and what it is, printed the way compilers
 * print errors: {@code korea-nato.yaml:12:17: unknown field "shortname" in stakeholder (did you
 * mean "shortName"?)}.
 *
 * @param file the file name shown to the user
 * @param line the line, counted from 1
 * @param column the column, counted from 1 in Unicode code points
 * @param message what is wrong, naming the values involved
 */
public record CaseFileProblem(String file, int line, int column, String message)
    implements Comparable<CaseFileProblem> {
  private static final Comparator<CaseFileProblem> ORDER =
      Comparator.comparing(CaseFileProblem::file)
          .thenComparingInt(CaseFileProblem::line)
          .thenComparingInt(CaseFileProblem::column);

  /** Checks that the position is 1-based and the texts present. */
  public CaseFileProblem {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(message, "message must not be null");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line (" + line + ") and column (" + column + ") must be at least 1");
    }
  }

  /** Orders problems by file, then position. */
  @Override
  public int compareTo(CaseFileProblem other) {
    return ORDER.compare(this, other);
  }

  /** The compiler form {@code file:line:column: message}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
