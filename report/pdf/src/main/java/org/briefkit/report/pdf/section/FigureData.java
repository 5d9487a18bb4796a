package org.briefkit.report.pdf.section;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.briefkit.report.pdf.chart.ChartData;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Tables;
import org.briefkit.report.pdf.tag.Role;

/**
 * Annex F: the numbers each figure draws, as a table, for readers who cannot see the charts
 * (a screen reader reads a table cell by cell) and for those who want the exact values. Each
 * figure's source line links here; each table's caption is the figure's number and caption.
 */
public final class FigureData implements BriefSection {
  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    List<Layout.Figure> figures = l.figures();
    if (figures.isEmpty()) {
      return;
    }
    Styles s = l.styles();
    List<PdfPTable> tables = figures.stream().map(f -> table(s, f.data())).toList();
    Heading.add(l, 2, l.text().get("annex.figureData"), 40f + KeepTogether.needed(l, tables.get(0)));
    l.add(s.paragraph(l.text().get("figureData.intro"), s.smallMuted()));
    for (int i = 0; i < figures.size(); i++) {
      Layout.Figure f = figures.get(i);
      PdfPTable t = tables.get(i);
      Paragraph title = s.paragraph(s.font(true, 7.5f, s.text()));
      for (Chunk c : s.chunks(l.text().get("figure.caption", f.number(), f.caption()), s.font(true, 7.5f, s.text()))) {
        title.add(c);
      }
      ((Chunk) title.getChunks().get(0)).setLocalDestination(f.dataKey());
      title.setSpacingBefore(6f);
      KeepTogether.table(l, t, 20f);
      l.add(title, Role.CAPTION);
      l.structure().rowHeaders(t);
      l.add(t);
    }
  }

  /** The table of {@code data}: a column per heading, the first (the category or row) in bold. */
  private static PdfPTable table(Styles s, ChartData data) {
    PdfPTable t = Tables.table(widths(data.header().size()));
    for (int c = 0; c < data.header().size(); c++) {
      Tables.headerCell(s, t, data.header().get(c), align(data, c));
    }
    t.setHeaderRows(1);
    for (List<String> row : data.rows()) {
      for (int c = 0; c < row.size(); c++) {
        t.addCell(Tables.cell(s, row.get(c), c == 0 ? s.smallBold() : s.small(), align(data, c)));
      }
    }
    return t;
  }

  /** Values of a chart of categories to the right, all else to the left. */
  private static int align(ChartData data, int column) {
    return column == 0 || data.series().isEmpty() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
  }

  private static float[] widths(int columns) {
    float[] w = new float[columns];
    w[0] = columns > 2 ? 2.5f : 3f;
    for (int c = 1; c < columns; c++) {
      w[c] = 1f;
    }
    return w;
  }
}
