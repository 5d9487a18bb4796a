package org.briefkit.report.pdf.layout;

/**
 * Keeps a block on one page: a new page starts unless the block's height remains, so that a
 * heading, a claim with its evidence or a chart with its caption is not cut by a page break.
 */
public final class KeepTogether {
  private KeepTogether() {}

  /** Starts a new page unless {@code points} of height remain. */
  public static void ensureSpace(Layout l, float points) {
    if (l.writer().getVerticalPosition(false) - l.document().bottom() < points) {
      l.document().newPage();
    }
  }
}
