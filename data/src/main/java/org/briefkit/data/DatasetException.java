package org.briefkit.data;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** The datasets of a case could not be read: every problem found, in the order of the datasets. */
public final class DatasetException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<DatasetProblem> problems;

  DatasetException(List<DatasetProblem> problems) {
    super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the case's datasets; the first: "
        + problems.get(0).line(p -> p));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem, each with its place. */
  public ImmutableList<DatasetProblem> problems() {
    return problems;
  }
}
