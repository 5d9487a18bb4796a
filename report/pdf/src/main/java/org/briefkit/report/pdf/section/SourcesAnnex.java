package org.briefkit.report.pdf.section;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefkit.analysis.SourceUse;
import org.briefkit.model.Messages;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Source;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Text;

/**
 * Annex D: the full reference of every source, each the destination of the citations that
 * name it, with its reliability grade where the case gives one and how often it is cited.
 */
public final class SourcesAnnex implements BriefSection {

  /** The named destination of source {@code id}, which citations link to. */
  static String anchor(String id) {
    return "source:" + id;
  }

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    Heading.add(l, 2, ctx.text().get("annex.sources"));
    for (Source src : ctx.theCase().citableSources()) {
      KeepTogether.ensureSpace(l, 36);
      Paragraph p = s.paragraph(s.small());
      Chunk id = new Chunk("[" + src.id().value() + "]  ", s.font(true, 8f, s.accent()));
      id.setLocalDestination(anchor(src.id().value()));
      p.add(id);
      p.add(s.chunk(reference(ctx.text(), src, ctx.locale()), s.small()));
      src.reliability().ifPresent(r -> p.add(s.chunk(
          "  " + ctx.text().get("sources.reliability", r.key(), ctx.text().get("meaning.Reliability." + r.key())), s.smallMuted())));
      ctx.theCase().dataset(src.id()).ifPresent(d -> p.add(s.chunk("  " + ctx.text().get("sources.dataset",
          d.file(), d.format().key(), ctx.text().count(imported(ctx, d.id(), true), "arms.transfers"),
          ctx.text().count(imported(ctx, d.id(), false), "sources.events")), s.smallMuted())));
      Optional<SourceUse> use = ctx.analysis().coverage().sources().stream().filter(u -> u.source().id().equals(src.id())).findFirst();
      use.ifPresent(u -> p.add(s.chunk("  " + ctx.text().get("sources.cited",
          ctx.text().count(u.citations(), "sources.times"), ctx.text().count(u.motivations(), "sources.motivations")),
          s.smallMuted())));
      p.setIndentationLeft(12f);
      p.setFirstLineIndent(-12f);
      p.setSpacingBefore(3f);
      l.add(p);
    }
  }

  private static int imported(BriefContext ctx, org.briefkit.model.SourceId id, boolean transfers) {
    org.briefkit.model.Case c = ctx.theCase();
    return (int) (transfers
        ? c.transfers().stream().filter(t -> c.importedFrom(t.evidence()).map(d -> d.id().equals(id)).orElse(false)).count()
        : c.events().stream().filter(e -> c.importedFrom(e.evidence()).map(d -> d.id().equals(id)).orElse(false)).count());
  }

  /** A full reference: authors, title, publisher, date, URL, access date. */
  static String reference(Messages text, Source src, Locale locale) {
    StringBuilder b = new StringBuilder();
    if (!src.authors().isEmpty()) {
      b.append(String.join(", ", src.authors())).append(". ");
    }
    b.append('“').append(src.title()).append('”');
    List<String> rest = new ArrayList<>();
    src.publisher().ifPresent(rest::add);
    src.date().ifPresent(d -> rest.add(d.format(locale)));
    if (!rest.isEmpty()) {
      b.append(". ").append(String.join(", ", rest));
    }
    b.append('.');
    src.url().ifPresent(u -> b.append(' ').append(u));
    src.accessed().ifPresent(a -> b.append(" (")
        .append(text.get("sources.accessed", PartialDate.from(a).format(locale))).append(')'));
    return b.toString();
  }
}
