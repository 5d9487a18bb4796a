package org.briefkit.cli;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Located problems in one or more inputs, each a line such as {@code file:line:column: message}
 * or {@code file.xlsx:Sheet!C12: message}; reported with exit code 2.
 *
 * <p>The lines quote text from the inputs as it is; {@link Failures#print} escapes it on the
 * way to the terminal.
 */
final class InputProblems extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<String> lines;

  InputProblems(List<String> lines) {
    super(lines.size() + " problems");
    this.lines = ImmutableList.copyOf(lines);
  }

  ImmutableList<String> lines() {
    return lines;
  }
}
