package org.briefkit.cli;

/** A problem with the user's input or environment, reported in one line with exit code 2. */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserException(String message) {
    super(message);
  }

  UserException(String message, Throwable cause) {
    super(message, cause);
  }
}
