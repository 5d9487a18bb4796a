package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefkit.analysis.Figure;
import org.briefkit.analysis.Finding;
import org.briefkit.analysis.WeakSpot;

/** The findings derived from the figures, then the weak spots of the evidence. */
final class FindingsSheet implements ComputedSheet {
  @Override
  public String name() {
    return Layout.FINDINGS;
  }

  @Override
  public void write(SheetContext context, SheetBuilder b) {
    Styles styles = context.styles();
    b.capAt(0, 14).wrapAt(1, 80).wrapAt(2, 50).wrapAt(3, 30);
    context.title(b, "findings");
    context.headers(b, "findings.topic", "findings.finding", "findings.figures", "findings.about");
    for (Finding f : context.analysis().findingsIn(context.text().language())) {
      b.row();
      b.text(0, context.word("topic." + f.topic().name()), styles.text);
      b.text(1, f.text(), styles.wrap);
      b.text(2, figures(context, f), styles.wrap);
      b.text(3, context.shownIds(f.about()), styles.wrap);
    }
    b.skip();
    b.row();
    b.text(0, context.word("findings.weakSpots"), styles.heading);
    context.headers(b, "findings.kind", "findings.message", "findings.subject");
    for (WeakSpot w : context.analysis().coverage().weakSpots()) {
      b.row();
      b.text(0, context.word("spot." + w.kind().name()), styles.text);
      b.text(1, w.message(context.text().language()), styles.wrap);
      b.text(2, w.subject().value(), styles.text);
    }
    b.fitColumns(4);
    b.printSetup(context.options().paper(), 0, context.marking(), context.text());
  }

  /**
   * A finding about every source of a large case has hundreds of figures: the first ones only,
   * as a cell holds at most 32,767 characters.
   */
  private static String figures(SheetContext context, Finding f) {
    int shown = 50;
    List<String> figures = new ArrayList<>();
    for (Figure fig : f.figures()) {
      if (figures.size() == shown) {
        figures.add(context.word("findings.more", f.figures().size() - shown));
        break;
      }
      figures.add(fig.name() + ": " + fig.display());
    }
    return String.join("\n", figures);
  }
}
