package org.briefkit.model;

import java.util.Objects;

/**
 * One thing wrong with a case, found by the integrity check: where it is and what it is.
 *
 * @param path a JSON Pointer (RFC 6901) to the offending element of the case as written in a
 *     case file, such as {@code /motivations/3/stakeholder}; the case-file reader turns it into a
 *     line and column
 * @param message what is wrong, naming the ids involved
 */
public record Problem(String path, String message) {
  /** Checks that both parts are present. */
  public Problem {
    Objects.requireNonNull(path, "path must not be null");
    Texts.required("message", message);
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
