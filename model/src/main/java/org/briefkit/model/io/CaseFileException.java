package org.briefkit.model.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

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
  private final transient LimitExceeded exceeded;

  /** An exception listing {@code problems}, which must not be empty. */
  public CaseFileException(Iterable<CaseFileProblem> problems) {
    this(ImmutableList.copyOf(problems), null);
  }

  /**
   * An exception for a file refused because it went over a reader's limit: {@code problem} says
   * so at the place it was found.
   */
  public CaseFileException(CaseFileProblem problem, LimitExceeded exceeded) {
    this(ImmutableList.of(problem), Objects.requireNonNull(exceeded, "exceeded must not be null"));
  }

  private CaseFileException(ImmutableList<CaseFileProblem> problems, LimitExceeded exceeded) {
    super(describe(problems));
    this.problems = problems;
    this.exceeded = exceeded;
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

  /**
   * The limit the file went over, when that is why it was refused (then it is the only problem
   * reported: the rest of the file was not read).
   */
  public Optional<LimitExceeded> exceeded() {
    return Optional.ofNullable(exceeded);
  }
}
