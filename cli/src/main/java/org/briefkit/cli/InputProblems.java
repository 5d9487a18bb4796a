package org.briefkit.cli;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * Located problems in one or more inputs, each a line such as {@code file:line:column: message}
 * or {@code file.xlsx:Sheet!C12: message}; reported with exit code 2.
 *
 * <p>The messages quote text from the inputs, so control characters and bidirectional
 * overrides are shown as Java-style escapes (a backslash, {@code u} and four hex digits): a
 * hostile file must not drive the user's terminal.
 */
final class InputProblems extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<String> lines;

  InputProblems(List<String> lines) {
    super(lines.size() + " problems");
    this.lines = lines.stream().map(InputProblems::printable).collect(ImmutableList.toImmutableList());
  }

  /** The line with control and bidirectional-override characters escaped. */
  static String printable(String line) {
    StringBuilder b = new StringBuilder(line.length());
    line.chars().forEach(c -> {
      if (c < 0x20 || c >= 0x7f && c < 0xa0 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
        b.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        b.append((char) c);
      }
    });
    return b.toString();
  }

  ImmutableList<String> lines() {
    return lines;
  }
}
