package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.PairConvergence;
import org.briefkit.analysis.ach.AchAnalysis;
import org.briefkit.analysis.ach.HypothesisScore;
import org.briefkit.model.Case;
import org.briefkit.model.Figures;
import org.briefkit.model.Stakeholder;
import org.junit.jupiter.api.Test;

/** The workbook shows each kind of figure as the brief prints it: its number formats are the rules of {@link Figures}. */
class WorkbookFiguresTest {
  /** Shows a cell as a spreadsheet does in the root locale, a formula by its cached value. */
  private static final DataFormatter SHOWN = new DataFormatter(java.util.Locale.ROOT);

  static {
    SHOWN.setUseCachedValuesForFormulaCells(true);
  }

  private static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  /** The row of {@code sheet} whose column {@code col} holds {@code text}, at or after {@code from}. */
  private static Row find(Sheet sheet, int col, String text, int from) {
    for (Row r : sheet) {
      Cell c = r.getCell(col);
      if (r.getRowNum() >= from && c != null && SHOWN.formatCellValue(c).equals(text)) {
        return r;
      }
    }
    throw new AssertionError(sheet.getSheetName() + " has no " + text + " in column " + col);
  }

  @Test
  void write_flagship_overlapsShowAsScores_onTheConvergenceSheetAndInTheFindings() throws IOException {
    Case c = TestCases.sample(TestCases.SAMPLES.get(0));
    CaseAnalysis a = Analyzer.analyze(c);
    try (XSSFWorkbook wb = open(TestCases.workbook(c))) {
      Sheet s = wb.getSheet(Layout.CONVERGENCE);
      int row = find(s, 2, "Overlap", 0).getRowNum() + 1;
      List<String> shown = new ArrayList<>();
      List<String> expected = new ArrayList<>();
      for (PairConvergence p : a.convergence().pairs()) {
        shown.add(SHOWN.formatCellValue(s.getRow(row++).getCell(2)));
        expected.add(Figures.score(p.overlap()));
      }
      assertThat(shown).isEqualTo(expected).allMatch(x -> x.matches("[01]\\.\\d\\d"));

      // The findings text and its figures print the same overlap the same way.
      PairConvergence first = a.convergence().pairs().get(0);
      String pair = first.first().shortName() + " and " + first.second().shortName();
      Row finding = null;
      for (Row r : wb.getSheet(Layout.FINDINGS)) {
        if (r.getCell(1) != null && r.getCell(1).getStringCellValue().startsWith(pair + " ")) {
          finding = r;
        }
      }
      assertThat(finding).isNotNull();
      assertThat(finding.getCell(1).getStringCellValue()).contains(" " + Figures.score(first.overlap()) + " on a scale from 0 to 1");
      assertThat(finding.getCell(2).getStringCellValue()).contains(pair + " overlap: " + Figures.score(first.overlap()));
    }
  }

  @Test
  void write_flagship_sharesShowInWholePerCent_weightsAsWholeNumbers() throws IOException {
    Case c = TestCases.sample(TestCases.SAMPLES.get(0));
    CaseAnalysis a = Analyzer.analyze(c);
    try (XSSFWorkbook wb = open(TestCases.workbook(c))) {
      Sheet s = wb.getSheet(Layout.MATRIX);
      Stakeholder st = a.matrix().stakeholders().get(0);
      int shares = find(s, 0, "Share of each stakeholder's weight", 0).getRowNum();
      Row weights = find(s, 1, st.id().value(), 0);
      Row row = find(s, 1, st.id().value(), shares);
      for (int d = 0; d < a.matrix().domains().size(); d++) {
        var cell = a.matrix().cell(st.id(), a.matrix().domains().get(d).id());
        assertThat(SHOWN.formatCellValue(row.getCell(2 + d))).isEqualTo(Figures.share(cell.share()));
        assertThat(SHOWN.formatCellValue(weights.getCell(2 + d))).isEqualTo(Figures.weight(cell.weight()));
      }
      assertThat(SHOWN.formatCellValue(row.getCell(2 + a.matrix().domains().size()))).isEqualTo("100 %");
    }
  }

  @Test
  void write_fictionalSample_achScoresShowAsTheBriefPrintsThem_withATrueMinus() throws IOException {
    Case c = TestCases.sample(TestCases.SAMPLES.get(1));
    AchAnalysis a = Analyzer.analyze(c).ach().get(0);
    try (XSSFWorkbook wb = open(TestCases.workbook(c))) {
      Sheet s = wb.getSheet(AchSheet.sheetNames(c.ach()).get(0));
      Row scores = find(s, 0, AchSheet.SCORE, 0);
      List<String> shown = new ArrayList<>();
      List<String> expected = new ArrayList<>();
      for (int h = 0; h < a.scores().size(); h++) {
        HypothesisScore score = a.scores().get(h);
        shown.add(SHOWN.formatCellValue(scores.getCell(AchSheet.ratingColumn(h))));
        expected.add(Figures.score(score.inconsistency()));
      }
      assertThat(shown).isEqualTo(expected).anyMatch(x -> x.startsWith("\u2212"));
    }
  }
}
