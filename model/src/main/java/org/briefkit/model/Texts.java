package org.briefkit.model;

import com.google.common.base.CharMatcher;
import java.util.Objects;
import java.util.Optional;

/** Checks and formatting for the free-text components of the model. */
final class Texts {
  private static final int QUOTE_LIMIT = 40;

  /**
   * The longest text any field may hold: what one Excel cell holds, so that every case can
   * be written to a workbook and read back.
   */
  static final int MAX_LENGTH = 32_767;

  private Texts() {}

  /** Returns {@code value} if it is non-null and has non-blank text, else throws. */
  static String required(String name, String value) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    if (CharMatcher.whitespace().matchesAllOf(value)) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return limited(name, value);
  }

  /** Returns {@code value} if it is non-null (blank allowed), else throws. */
  static String nonNull(String name, String value) {
    return limited(name, Objects.requireNonNull(value, () -> name + " must not be null"));
  }

  /** Checks an optional text: present means not blank and not too long. */
  static Optional<String> optional(String name, Optional<String> value) {
    Objects.requireNonNull(value, () -> name + " must not be null (use Optional.empty())");
    value.ifPresent(v -> required(name, v));
    return value;
  }

  private static String limited(String name, String value) {
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          name + " is " + value.length() + " characters long; at most " + MAX_LENGTH
              + " are allowed (what a spreadsheet cell holds)");
    }
    return value;
  }

  /** Quotes a value for an error message, shortening long text. */
  static String quote(String value) {
    if (value == null) {
      return "null";
    }
    String shown = value.length() > QUOTE_LIMIT ? value.substring(0, QUOTE_LIMIT) + "…" : value;
    return '"' + shown + '"';
  }
}
