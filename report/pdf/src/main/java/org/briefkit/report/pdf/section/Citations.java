package org.briefkit.report.pdf.section;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import org.briefkit.model.Evidence;
import org.briefkit.report.pdf.layout.Styles;

/**
 * Citations of evidence as a reader sees them, "[article ¶3]", each linked to its source in
 * the sources annex.
 */
final class Citations {
  private Citations() {}

  /** The citation of {@code e}: the source id and the place in it, in brackets. */
  static String of(Evidence e) {
    return "[" + e.cite() + "]";
  }

  /** Adds the citation of {@code e} to {@code p} in {@code f}, linked to its source. */
  static void add(Styles s, Phrase p, Evidence e, Font f) {
    for (Chunk cite : s.chunks(of(e), f)) {
      cite.setLocalGoto(SourcesAnnex.anchor(e.source().value()));
      p.add(cite);
    }
  }
}
