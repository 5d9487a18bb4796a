package org.briefkit.model;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when the parts of a case do not fit together (dangling references, duplicate ids,
 * unsupported judgments). It carries every problem found, not just the first.
 */
public final class InvalidCaseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED = 20;

  /** The problems, in case order. */
  private final transient ImmutableList<Problem> problems;

  /** An exception listing {@code problems}, which must not be empty. */
  public InvalidCaseException(Iterable<Problem> problems) {
    this(ImmutableList.copyOf(problems));
  }

  private InvalidCaseException(ImmutableList<Problem> problems) {
    super(describe(problems));
    this.problems = problems;
  }

  private static String describe(ImmutableList<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder b = new StringBuilder();
    b.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in case:");
    problems.stream().limit(LISTED).forEach(p -> b.append("\n  ").append(p));
    if (problems.size() > LISTED) {
      b.append("\n  ... and ").append(problems.size() - LISTED).append(" more");
    }
    return b.toString();
  }

  /** Every problem found, in the order of the case's parts. */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
