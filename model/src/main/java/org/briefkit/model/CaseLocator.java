package org.briefkit.model;

import java.util.Objects;

/**
 * Where the values of a case were written, for messages about them: turns a JSON Pointer into
 * the case (and a character offset within a text value) into a place a user can find, such as
 * {@code korea-nato.yaml:12:17} in a case file or {@code korea-nato.xlsx:Judgments!C4} in a
 * workbook. The case-file and workbook readers make one for each case they read.
 */
@FunctionalInterface
public interface CaseLocator {
  /**
   * The place of the value at {@code pointer}, as precise as the input allows.
   *
   * @param pointer a JSON Pointer (RFC 6901) such as {@code /judgments/2/statement}, indexes
   *     counted in the case's lists
   * @param offset for a text value, the index of a character in it (0 for the value's start)
   */
  String locate(String pointer, int offset);

  /** The place of the value at {@code pointer}. */
  default String locate(String pointer) {
    return locate(pointer, 0);
  }

  /** A locator that knows only the input's name: for cases built in code. */
  static CaseLocator named(String name) {
    Objects.requireNonNull(name, "name must not be null");
    return (pointer, offset) -> name;
  }
}
