package org.briefkit.report.pdf.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import org.briefkit.report.pdf.tag.Role;

/**
 * A heading with a bookmark: level 1 for sections, level 2 for subsections. Its chunks carry a
 * generic tag, so that the {@link PageDecorator} places the bookmark where the heading lands.
 */
public final class Heading {
  private Heading() {}

  /** Adds a heading kept on one page with a few lines of what follows it. */
  public static void add(Layout l, int level, String title) throws DocumentException {
    add(l, level, title, 0f);
  }

  /**
   * Adds a heading kept on one page with the first {@code keepWith} points of what follows it
   * (a chart, say), so that no heading ends a page on its own.
   */
  public static void add(Layout l, int level, String title, float keepWith)
      throws DocumentException {
    Styles s = l.styles();
    // what the heading itself takes with its spacing (a level-2 heading measures 38.75 points)
    float own = 40f;
    KeepTogether.ensureSpace(
        l, Math.max(level == 1 ? 150f : 110f, own + Math.min(keepWith, ChartBox.maxHeight(l))));
    String key = l.nextHeadingKey();
    l.pages().bookmark(key, level, title);
    Font f = level == 1 ? s.font(true, 15f, s.accent()) : s.font(true, 11.5f, s.accent());
    Paragraph p = new Paragraph(f.getSize() * 1.25f);
    p.setFont(f);
    for (Chunk c : s.chunks(title, f)) {
      c.setGenericTag(key);
      p.add(c);
    }
    p.setSpacingBefore(level == 1 ? 16f : 10f);
    p.setSpacingAfter(level == 1 ? 6f : 3f);
    p.setKeepTogether(true);
    l.add(p, Role.heading(level));
  }
}
