package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.analysis.tradecraft.Tradecraft;
import org.briefkit.analysis.tradecraft.TradecraftWarning;
import org.briefkit.model.Case;
import org.briefkit.model.CaseLocator;
import org.junit.jupiter.api.Test;

class TradecraftSheetTest {
  /** The rows of the Tradecraft sheet below its title, each cell as text; a link as "text -> target". */
  private static List<List<String>> rows(byte[] workbook) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet s = wb.getSheet("Tradecraft");
      for (Row r : s) {
        if (r.getRowNum() < 3) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (Cell c : r) {
          String text = PoiCells.text(c);
          if (c.getHyperlink() != null) {
            assertThat(c.getCellType()).isEqualTo(CellType.STRING);
            assertThat(c.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
            text += " -> " + c.getHyperlink().getAddress();
          }
          cells.add(text);
        }
        out.add(cells);
      }
    }
    return out;
  }

  @Test
  void write_caseWithWarnings_listsEachAtItsCell_thenTheWaivers() throws IOException {
    // given
    Case c = TestCases.warned();
    List<TradecraftWarning> warnings = Tradecraft.check(c);
    byte[] bytes = TestCases.workbook(c);
    CaseLocator read = CaseWorkbook.readLocated(new ByteArrayInputStream(bytes), "case.xlsx").locator();

    // when
    List<List<String>> rows = rows(bytes);

    // then: each warning links to the cell that reading the workbook back locates it at
    assertThat(warnings)
        .extracting(w -> w.rule() + " " + w.pointer() + " " + w.offset())
        .containsExactly(
            "term-disagrees /judgments/2/statement 11",
            "unsupported-assumption /assumptions/3/status 0",
            "unknown-rule /waivers/2/rule 0");
    assertThat(rows.get(1)).startsWith("term-disagrees", "Judgments!B4 -> Judgments!B4");
    assertThat(rows.get(0)).containsExactly("Rule", "Where", "Message");
    for (int i = 0; i < warnings.size(); i++) {
      TradecraftWarning w = warnings.get(i);
      String where = read.locate(w.pointer()).substring("case.xlsx:".length());
      assertThat(rows.get(1 + i)).containsExactly(w.rule(), where + " -> " + where, w.message());
    }
    // A blank row (not listed) parts the waivers from the warnings.
    assertThat(rows.subList(1 + warnings.size(), rows.size()))
        .containsExactly(
            List.of("Waived rules"),
            List.of("Rule", "Where", "Reason"),
            List.of("single-source", "Waivers!A2 -> Waivers!A2", "The case rests on one published study by design."),
            List.of("no-indicator", "Waivers!A3 -> Waivers!A3", "Kj2 is a background judgment;\nno indicator applies."),
            List.of("single-sourse", "Waivers!A4 -> Waivers!A4", "Misspelt."));
  }

  @Test
  void write_caseWithoutWarnings_saysSoInOneRow() throws IOException {
    // given
    Case c = Case.builder("minimal", "Nothing yet").build();

    // when
    List<List<String>> rows = rows(TestCases.workbook(c));

    // then
    assertThat(Tradecraft.check(c)).isEmpty();
    assertThat(rows)
        .containsExactly(
            List.of("Rule", "Where", "Message"),
            List.of(TradecraftSheet.NO_WARNING),
            List.of("Waived rules"),
            List.of("Rule", "Where", "Reason"),
            List.of(TradecraftSheet.NO_WAIVER));
  }
}
