package org.briefkit.model;

import com.google.common.base.CharMatcher;
import java.util.Objects;

/** Checks and formatting for the free-text components of the model. */
final class Texts {
  private static final int QUOTE_LIMIT = 40;

  private Texts() {}

  /** Returns {@code value} if it is non-null and has non-blank text, else throws. */
  static String required(String name, String value) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    if (CharMatcher.whitespace().matchesAllOf(value)) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Returns {@code value} if it is non-null (blank allowed), else throws. */
  static String nonNull(String name, String value) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
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
