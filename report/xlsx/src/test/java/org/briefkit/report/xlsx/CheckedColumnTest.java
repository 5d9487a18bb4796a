package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.analysis.provenance.SourceTexts;
import org.briefkit.model.Case;
import org.briefkit.model.SourceId;
import org.briefkit.model.io.CaseFiles;
import org.junit.jupiter.api.Test;

/**
 * The Evidence table's Checked column: how each item's citation fared against its source's
 * text, in words; written, never read back.
 */
class CheckedColumnTest {

  /** The Evidence rows as "item | source locator → checked", in order. */
  private static List<String> checked(byte[] workbook) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet s = wb.getSheet(Layout.EVIDENCE);
      Map<String, Integer> col = new LinkedHashMap<>();
      s.getRow(0).forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
      List<String> out = new ArrayList<>();
      for (int r = 1; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        out.add(row.getCell(col.get("Item")).getStringCellValue() + " | "
            + row.getCell(col.get("Source")).getStringCellValue() + " "
            + row.getCell(col.get("Locator")).getStringCellValue() + " → "
            + row.getCell(col.get("Checked")).getStringCellValue());
      }
      return out;
    }
  }

  @Test
  void evidence_checkedColumn_afterTheLocator() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TestCases.Revised.WORKBOOK))) {
      List<String> headers = new ArrayList<>();
      wb.getSheet(Layout.EVIDENCE).getRow(0).forEach(c -> headers.add(c.getStringCellValue()));

      assertThat(headers).containsExactly("For", "Item", "Source", "Locator", "Checked", "Kind", "Credibility", "Text");
    }
  }

  @Test
  void evidence_withTexts_eachItemSaysHowItsCitationFared() throws IOException {
    List<String> rows = checked(TestCases.Revised.WORKBOOK);

    assertThat(rows).startsWith(
        "compact-navigation | sitrep para 3 → place found",
        "compact-deterrence | sitrep para 4 → quotes verified",
        "compact-cohesion | sitrep para 5 → place found");
    assertThat(rows).contains("varnya-sphere | varnya-bulletin para 2 → quotes verified",
        "haedo-guarantee | white-paper section 3.1 → quotes verified");
    assertThat(rows).filteredOn(r -> r.endsWith("→ quotes verified")).hasSize(7);
    assertThat(rows).allSatisfy(r -> assertThat(r).matches(".* → (place found|quotes verified)"));
  }

  @Test
  void evidence_misquoteAndWrongPlace_saySo() throws IOException {
    String yaml = Files.readString(TestCases.repo().resolve(TestCases.Revised.PATH))
        .replace("{source: sitrep, locator: para 3, kind: assessment, text: Closure",
            "{source: sitrep, locator: para 99, kind: assessment, text: Closure")
        .replace("Compact officials say a permanent task force is \"the only credible deterrent\"",
            "Compact officials say a task force is \"the only deterrent that works\"");
    Case wrong = CaseFiles.parse(yaml, "calder-strait.yaml");

    List<String> rows = checked(TestCases.write(TestCases.Revised.analyze(wrong, TestCases.Revised.PREVIOUS)));

    assertThat(rows).startsWith(
        "compact-navigation | sitrep para 99 → place not found",
        "compact-deterrence | sitrep para 4 → quote not found");
  }

  @Test
  void evidence_textMissingOrNone_saySo() throws IOException {
    Case c = TestCases.Revised.CASE;
    SourceTexts missing = SourceTexts.builder().missing(SourceId.of("sitrep"), "there is no file texts/sitrep-7.txt").build();

    List<String> withMissing = checked(TestCases.write(Analyzer.analyze(c, CaseMaterials.builder().texts(missing).build())));
    List<String> without = checked(TestCases.workbook(c));

    assertThat(withMissing).contains("compact-navigation | sitrep para 3 → text missing",
        "haedo-guarantee | white-paper section 3.1 → no text");
    assertThat(without).allSatisfy(r -> assertThat(r).endsWith("→ no text"));
  }

  @Test
  void checkedColumn_notRecorded_andAnEditInItIsIgnored() throws IOException {
    byte[] edited = TestCases.edit(TestCases.Revised.WORKBOOK,
        wb -> wb.getSheet(Layout.EVIDENCE).getRow(1).getCell(4).setCellValue("verified by hand"));

    assertThat(WorkbookColumns.describe(TestCases.Revised.CASE)).contains("Evidence: For, Item, Source, Locator, Kind,")
        .doesNotContain("Checked");
    assertThat(CaseWorkbook.read(new ByteArrayInputStream(edited), "calder-strait.xlsx")).isEqualTo(TestCases.Revised.CASE);
  }

  @Test
  void previousVersionsWorkbook_withoutTheColumn_readsAsBefore() throws IOException {
    byte[] old;
    try (InputStream in = getClass().getResourceAsStream("format-2/rich-case.xlsx")) {
      old = in.readAllBytes();
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(old))) {
      List<String> headers = new ArrayList<>();
      wb.getSheet(Layout.EVIDENCE).getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers).doesNotContain("Checked");
    }

    assertThat(CaseWorkbook.read(new ByteArrayInputStream(old), "rich-case.xlsx")).isEqualTo(TestCases.rich());
  }
}
