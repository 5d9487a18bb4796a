package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableList;
import java.io.IOException;

/**
 * Thrown when a workbook cannot be read back into a case: it is not a BriefKit workbook, it is
 * unsafe to open, or its cells hold mistakes. It carries every problem found, each located at
 * its sheet and cell, and its message lists them one per line.
 */
public final class InvalidWorkbookException extends IOException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED = 50;

  private final transient ImmutableList<WorkbookProblem> problems;

  /** An exception listing {@code problems}, which must not be empty. */
  public InvalidWorkbookException(Iterable<WorkbookProblem> problems) {
    this(ImmutableList.copyOf(problems));
  }

  private InvalidWorkbookException(ImmutableList<WorkbookProblem> problems) {
    super(describe(problems));
    this.problems = problems;
  }

  private static String describe(ImmutableList<WorkbookProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder b = new StringBuilder();
    problems.stream().limit(LISTED).forEach(p -> b.append(b.length() == 0 ? "" : "\n").append(p));
    if (problems.size() > LISTED) {
      b.append("\n... and ").append(problems.size() - LISTED).append(" more");
    }
    return b.toString();
  }

  /** Every problem found, in sheet and row order. */
  public ImmutableList<WorkbookProblem> problems() {
    return problems;
  }
}
