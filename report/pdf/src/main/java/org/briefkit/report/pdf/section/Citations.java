package org.briefkit.report.pdf.section;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import java.util.Optional;
import org.briefkit.analysis.provenance.CitationCheck;
import org.briefkit.analysis.provenance.CitationStatus;
import org.briefkit.model.AchItem;
import org.briefkit.model.Evidence;
import org.briefkit.model.SourceId;
import org.briefkit.report.pdf.layout.Styles;

/**
 * Citations of evidence as a reader sees them, "[article ¶3]", each linked to its source in
 * the sources annex; a citation whose quoted words were found in the cited place of its
 * source's text carries {@link #VERIFIED}, "[article ¶3 ✓]".
 *
 * <p>The mark is set in the bundled DejaVu Sans, which every brief carries: a font found on the
 * system (NanumGothic) that lacks it leaves it to DejaVu, as it does any character it lacks.
 */
final class Citations {
  /** The mark of a citation whose quotes were verified against its source's text. */
  static final String VERIFIED = "✓";

  private Citations() {}

  /** The citation of {@code e}: the source id and the place in it, in brackets, marked if verified. */
  static String of(BriefContext ctx, Evidence e) {
    return text(e.cite(), ctx.analysis().provenance().check(e));
  }

  /** The citation of the ACH item {@code item}, which cites a source, marked if verified. */
  static String of(BriefContext ctx, AchItem item) {
    return text(item.cite(), ctx.analysis().provenance().check(item));
  }

  /** Adds the citation of {@code e} to {@code p} in {@code f}, linked to its source. */
  static void add(BriefContext ctx, Phrase p, Evidence e, Font f) {
    add(ctx.layout().styles(), p, of(ctx, e), e.source(), f);
  }

  /** Adds the citation of the ACH item {@code item}, which cites a source, linked to it. */
  static void add(BriefContext ctx, Phrase p, AchItem item, Font f) {
    add(ctx.layout().styles(), p, of(ctx, item), item.source().orElseThrow(), f);
  }

  /** Whether the check of a citation found every quote of it in the place cited. */
  static boolean verified(Optional<CitationCheck> check) {
    return check.map(c -> c.status() == CitationStatus.QUOTES_VERIFIED).orElse(false);
  }

  private static String text(String cite, Optional<CitationCheck> check) {
    return "[" + cite + (verified(check) ? " " + VERIFIED : "") + "]";
  }

  private static void add(Styles s, Phrase p, String citation, SourceId source, Font f) {
    for (Chunk cite : s.chunks(citation, f)) {
      cite.setLocalGoto(SourcesAnnex.anchor(source.value()));
      p.add(cite);
    }
  }
}
