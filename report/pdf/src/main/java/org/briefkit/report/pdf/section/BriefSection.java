package org.briefkit.report.pdf.section;

import com.lowagie.text.DocumentException;

/**
 * One part of a brief, written in turn into the open document. Sections hold no state of
 * their own: one instance serves every rendering, and whatever runs on from one section to
 * the next (page position, figure numbers) lives in the {@link BriefContext}.
 */
public interface BriefSection {
  /** Writes this section at the current position of the brief. */
  void write(BriefContext ctx) throws DocumentException;
}
