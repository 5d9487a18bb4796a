package org.briefkit.cli;

import java.io.PrintWriter;

/** A progress line on a terminal, rewritten in place; silent when stderr is not a terminal. */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private int shown;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  void show(String text) {
    if (enabled) {
      String padded = text.length() < shown ? text + " ".repeat(shown - text.length()) : text;
      err.print("\r" + Terminal.printable(padded));
      err.flush();
      shown = text.length();
    }
  }

  void clear() {
    if (enabled && shown > 0) {
      err.print("\r" + " ".repeat(shown) + "\r");
      err.flush();
      shown = 0;
    }
  }
}
