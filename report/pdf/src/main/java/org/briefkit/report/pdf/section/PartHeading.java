package org.briefkit.report.pdf.section;

import com.lowagie.text.DocumentException;
import org.briefkit.report.pdf.layout.Heading;

/**
 * The level-1 heading of a part made of several sections (the comparison, the annexes),
 * optionally on a new page.
 */
public final class PartHeading implements BriefSection {
  private final String title;
  private final boolean newPage;

  private PartHeading(String title, boolean newPage) {
    this.title = title;
    this.newPage = newPage;
  }

  /** A part heading where the page has room for it; {@code title} is its message key. */
  public static PartHeading of(String title) {
    return new PartHeading(title, false);
  }

  /** A part heading at the top of a new page; {@code title} is its message key. */
  public static PartHeading onNewPage(String title) {
    return new PartHeading(title, true);
  }

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    if (newPage) {
      ctx.layout().document().newPage();
    }
    Heading.add(ctx.layout(), 1, ctx.text().get(title));
  }
}
