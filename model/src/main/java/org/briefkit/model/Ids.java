package org.briefkit.model;

import java.util.regex.Pattern;

/** Validation shared by the id records. */
final class Ids {
  static final int MAX_LENGTH = 64;
  private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private Ids() {}

  static void check(String kind, String value) {
    if (value == null) {
      throw new NullPointerException(kind + " id must not be null");
    }
    if (value.isEmpty() || value.length() > MAX_LENGTH || !SYNTAX.matcher(value).matches()) {
      throw new IllegalArgumentException(
          kind
              + " id ("
              + Texts.quote(value)
              + ") must start with a letter or digit and contain only letters, digits,"
              + " '.', '_' or '-' (at most "
              + MAX_LENGTH
              + " characters)");
    }
  }
}
