package org.briefkit.report.xlsx;

import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingThreshold;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.briefkit.analysis.DomainMatrix;
import org.briefkit.analysis.MatrixCell;
import org.briefkit.analysis.Tally;
import org.briefkit.model.Colour;
import org.briefkit.model.Stakeholder;

/**
 * The stakeholder × domain matrix: weights, counts and shares, each a block of live formulas
 * over the Motivations table, so that editing a motivation updates it. Places its weight block
 * ({@link MatrixBlock}) for the Overview's chart.
 */
final class MatrixSheet implements ComputedSheet {
  /** Where the matrix's weight block lies: domain labels on one row, a row per stakeholder. */
  record MatrixBlock(int labelRow, int firstRow, int firstCol, int domains, int stakeholders) {}

  @Override
  public String name() {
    return Layout.MATRIX;
  }

  @Override
  public void write(SheetContext context, SheetBuilder b) {
    Styles styles = context.styles();
    DomainMatrix m = context.analysis().matrix();
    int nd = m.domains().size();
    int ns = m.stakeholders().size();
    b.capAt(0, 24).capAt(1, 16);
    for (int i = 0; i < nd + 1; i++) {
      b.wrapAt(2 + i, 16);
    }
    context.title(b, "matrix");
    CaseTable<?> motivations = context.tables().motivations;
    String stakeholderCol = motivations.ref("stakeholder");
    String domainCol = motivations.ref("domain");
    String weightCol = motivations.ref("weight");

    MatrixBlock weights = null;
    for (int block = 0; block < 3; block++) {
      String heading = context.word(block == 0 ? "matrix.weights" : block == 1 ? "matrix.counts" : "matrix.shares");
      b.row();
      b.text(0, heading, styles.heading);
      int labelRow = b.nextRow();
      b.row();
      b.text(0, context.word("matrix.stakeholder"), styles.header);
      b.text(1, context.word("matrix.id"), styles.header);
      for (int d = 0; d < nd; d++) {
        b.text(2 + d, m.domains().get(d).label(), styles.header);
      }
      b.text(2 + nd, context.word("matrix.total"), styles.header);
      int idRow = b.nextRow();
      b.row();
      b.text(1, context.word("matrix.domainId"), styles.subtitle);
      for (int d = 0; d < nd; d++) {
        b.text(2 + d, m.domains().get(d).id().value(), styles.subtitle);
      }
      int first = b.nextRow();
      for (int s = 0; s < ns; s++) {
        Stakeholder st = m.stakeholders().get(s);
        int r = b.nextRow() + 1;
        b.row();
        b.text(0, st.shortName(), styles.fill(context.colour(st.id())));
        b.text(1, st.id().value(), styles.text);
        for (int d = 0; d < nd; d++) {
          MatrixCell cell = m.cell(st.id(), m.domains().get(d).id());
          String c = col(2 + d);
          String criteria = stakeholderCol + ",$B" + r + "," + domainCol + "," + c + "$" + (idRow + 1);
          if (block == 0) {
            b.formula(2 + d, "SUMIFS(" + weightCol + "," + criteria + ")", cell.weight(), styles.integer);
          } else if (block == 1) {
            b.formula(2 + d, "COUNTIFS(" + criteria + ")", cell.count(), styles.integer);
          } else {
            String w = c + (weights.firstRow() + s + 1);
            String t = col(2 + nd) + (weights.firstRow() + s + 1);
            b.formula(2 + d, "IF(" + t + "=0,0," + w + "/" + t + ")", cell.share(), styles.share);
          }
        }
        Tally total = m.stakeholderTotals().get(st.id());
        if (block < 2) {
          b.formula(2 + nd, "SUM(C" + r + ":" + col(1 + nd) + r + ")",
              block == 0 ? total.weight() : total.count(), styles.integer);
        } else {
          b.formula(2 + nd, "SUM(C" + r + ":" + col(1 + nd) + r + ")", total.weight() == 0 ? 0 : 1, styles.share);
        }
      }
      if (block < 2) {
        int r = b.nextRow() + 1;
        b.row();
        b.text(0, context.word("matrix.total"), styles.label);
        for (int d = 0; d <= nd; d++) {
          String c = col(2 + d);
          int cached =
              d == nd
                  ? (block == 0 ? m.total().weight() : m.total().count())
                  : (block == 0
                      ? m.domainTotals().get(m.domains().get(d).id()).weight()
                      : m.domainTotals().get(m.domains().get(d).id()).count());
          b.formula(2 + d, "SUM(" + c + (first + 1) + ":" + c + (r - 1) + ")", cached, styles.integer);
        }
      }
      if (ns > 0 && nd > 0) {
        colourScale(context, b, new CellRangeAddress(first, first + ns - 1, 2, 1 + nd));
      }
      if (block == 0) {
        weights = new MatrixBlock(labelRow, first, 2, nd, ns);
      }
      b.skip();
    }
    b.fitColumns(3 + nd);
    b.printSetup(context.options().paper(), 0, context.marking(), context.text());
    context.place(MatrixBlock.class, weights);
  }

  private static String col(int index) {
    return CellReference.convertNumToColString(index);
  }

  private static void colourScale(SheetContext context, SheetBuilder b, CellRangeAddress range) {
    XSSFSheetConditionalFormatting scf = b.xssf.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule = scf.createConditionalFormattingColorScaleRule();
    XSSFColorScaleFormatting cs = rule.getColorScaleFormatting();
    cs.setNumControlPoints(2);
    XSSFConditionalFormattingThreshold low = cs.createThreshold();
    low.setRangeType(RangeType.MIN);
    XSSFConditionalFormattingThreshold high = cs.createThreshold();
    high.setRangeType(RangeType.MAX);
    cs.setThresholds(new XSSFConditionalFormattingThreshold[] {low, high});
    Colour accent = context.options().theme().palette().get(0);
    Colour pale = new Colour(0xFFFFFF);
    cs.setColors(new XSSFColor[] {Styles.colour(pale), Styles.colour(tint(accent))});
    scf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
  }

  /** A lighter version of {@code c}, so that black numbers stay legible on the darkest cell. */
  private static Colour tint(Colour c) {
    return new Colour(
        ((c.red() + 255) / 2) << 16 | ((c.green() + 255) / 2) << 8 | ((c.blue() + 255) / 2));
  }
}
