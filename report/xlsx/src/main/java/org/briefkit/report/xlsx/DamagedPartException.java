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
}
