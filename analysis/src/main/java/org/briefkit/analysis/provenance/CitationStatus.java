package org.briefkit.analysis.provenance;

/** What checking a citation against its source's text came to. */
public enum CitationStatus {
  /** Its source has no text to check against: the case names none, or none was supplied. */
  NO_TEXT(false),
  /** Its source names a text file that is not there (rule {@code source-text-missing}). */
  TEXT_MISSING(false),
  /** The paragraph, page or section cited is not in the text (rule {@code locator-not-found}). */
  LOCATOR_NOT_FOUND(true),
  /** A quote is not in the place cited (rule {@code quote-not-found}). */
  QUOTE_NOT_FOUND(true),
  /** The place cited is in the text; the citation quotes nothing. */
  LOCATOR_FOUND(true),
  /**
   * Every quote is in the place cited: the locator's place, or the whole text for a citation
   * without a locator or with a page locator on a text without pages.
   */
  QUOTES_VERIFIED(true),
  /**
   * The text is there but the citation gives nothing to check: no locator (or a page locator on
   * a text without pages) and no quote.
   */
  NOTHING_TO_CHECK(false);

  private final boolean checked;

  CitationStatus(boolean checked) {
    this.checked = checked;
  }

  /** Whether the citation was compared with its text: its place or its quotes. */
  public boolean isChecked() {
    return checked;
  }

  /** Whether the text contradicts the citation: its place or a quote is not there. */
  public boolean isProblem() {
    return this == LOCATOR_NOT_FOUND || this == QUOTE_NOT_FOUND;
  }
}
