package org.briefkit.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Everything the command prints goes through here when it may carry text from the user's
 * inputs: file names, arguments, values from case files and workbooks, and the messages that
 * quote them. Control characters and bidirectional controls are shown as Java-style escapes (a
 * backslash, {@code u} and four hex digits), so that no input can drive the user's terminal
 * (colour it, clear it, move the cursor) or reorder what is shown.
 */
final class Terminal {
  private Terminal() {}

  /** Prints {@code line}, escaped, and a line break. */
  static void println(PrintWriter w, String line) {
    w.println(printable(line));
  }

  /** The text with control and bidirectional-control characters escaped. */
  static String printable(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.chars().forEach(c -> {
      if (c < 0x20 || c >= 0x7f && c < 0xa0 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
        b.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        b.append((char) c);
      }
    });
    return b.toString();
  }
}
