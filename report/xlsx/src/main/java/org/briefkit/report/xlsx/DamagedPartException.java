package org.briefkit.report.xlsx;

/**
 * A part of the workbook's package that cannot be read: missing, not well-formed XML, or holding
 * what its kind of part cannot hold. The message says so in BriefKit's words, naming the part
 * (and the sheet or cell where there is one), for "the workbook is damaged (...)".
 */
final class DamagedPartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DamagedPartException(String message) {
    super(message, null, false, false);
  }

  /** With the library's exception that told the damage, kept for a stack trace, never shown. */
  DamagedPartException(String message, Throwable cause) {
    super(message, cause, false, false);
  }

  /** "its part {@code part} {@code damage}": the part named as the reader names it (with its sheet). */
  static DamagedPartException in(String part, String damage) {
    return new DamagedPartException("its part " + part + " " + damage);
  }

  /** The same, with the library's exception that told the damage. */
  static DamagedPartException in(String part, String damage, Throwable cause) {
    return new DamagedPartException("its part " + part + " " + damage, cause);
  }

  /** A value quoted in a message: its first 20 characters, then an ellipsis. */
  static String excerpt(String value) {
    return value.length() > 20 ? value.substring(0, 20) + "…" : value;
  }
}
