package org.briefkit.model.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;

/**
 * A case file could not be read because of what it contains. It carries every problem found,
 * sorted by position; its message lists them one per line in the form {@code
 * file:line:column: message}.
 *
 * <p>It extends {@link IOException} so that callers reading a file handle "cannot read" and
 * "cannot understand" in one place, as with other parsers.
 */
public final class CaseFileException extends IOException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED = 50;

  private final transient ImmutableList<CaseFileProblem> problems;

  /** An exception listing {@code problems}, which must not be empty. */
  public CaseFileException(Iterable<CaseFileProblem> problems) {
    this(ImmutableList.copyOf(problems));
  }

  private CaseFileException(ImmutableList<CaseFileProblem> problems) {
    super(describe(problems));
    this.problems = problems;
  }

  private static String describe(ImmutableList<CaseFileProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder b = new StringBuilder();
    problems.stream().limit(LISTED).forEach(p -> b.append(b.length() == 0 ? "" : "\n").append(p));
    if (problems.size() > LISTED) {
      b.append("\n... and ").append(problems.size() - LISTED).append(" more problems");
    }
    return b.toString();
  }

  /** Every problem found, sorted by position. */
  public ImmutableList<CaseFileProblem> problems() {
    return problems;
  }
}
