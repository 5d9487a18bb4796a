package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.model.Case;
import org.briefkit.model.Confidence;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.io.CaseFileException;
import org.briefkit.model.io.CaseFiles;
import org.briefkit.model.io.CaseWriter;
import org.junit.jupiter.api.Test;

/**
 * Every problem of a workbook at once, root causes first: a duplicate id at each of its cells, a
 * renamed column at its header naming what was found there, each with the problems it explains
 * folded into its line; did-you-mean for choices and ids as the case-file reader gives it.
 */
class RootCausesTest {
  private static final String FLAGSHIP = "samples/madrid-2022/korea-nato.yaml";

  private static String problems(byte[] bytes) {
    InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
        () -> CaseWorkbook.read(new ByteArrayInputStream(bytes), "case.xlsx"));
    assertThat(e).as("the workbook must be refused").isNotNull();
    return e.getMessage();
  }

  private static byte[] flagship(Consumer<XSSFWorkbook> change) throws IOException {
    return TestCases.edit(TestCases.workbook(TestCases.sample(FLAGSHIP)), change);
  }

  private static void set(XSSFWorkbook wb, String sheet, String cell, String value) {
    CellReference ref = new CellReference(cell);
    XSSFSheet s = wb.getSheet(sheet);
    Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
    row.createCell(ref.getCol()).setCellValue(value);
  }

  @Test
  void duplicateId_isReportedAtBothIdCells_withTheReferencesItExplainsFolded() throws IOException {
    // given: the second motivation (nato-non-proliferation, with two evidence rows and a
    // judgment's support) given the first one's id
    byte[] bytes = flagship(wb -> set(wb, Layout.MOTIVATIONS, "A3", "nato-cyber"));

    assertThat(problems(bytes)).isEqualTo(String.join("\n",
        "case.xlsx:Motivations!A2: duplicate motivation id \"nato-cyber\" (given again at Motivations!A3)",
        "case.xlsx:Motivations!A3: duplicate motivation id \"nato-cyber\" (first given at Motivations!A2), and 3"
            + " references to it under its former id \"nato-non-proliferation\""));
  }

  @Test
  void duplicateId_referencesLinkedByCellHyperlinks_areFoldedToo() throws IOException {
    // given: the owner ids as plain values with a link to their row, as BriefKit writes them now
    byte[] bytes = flagship(wb -> {
      plainLinks(wb);
      set(wb, Layout.MOTIVATIONS, "A3", "nato-cyber");
    });

    assertThat(problems(bytes)).isEqualTo(String.join("\n",
        "case.xlsx:Motivations!A2: duplicate motivation id \"nato-cyber\" (given again at Motivations!A3)",
        "case.xlsx:Motivations!A3: duplicate motivation id \"nato-cyber\" (first given at Motivations!A2), and 3"
            + " references to it under its former id \"nato-non-proliferation\""));
  }

  @Test
  void ownerIdsAsPlainValuesWithCellHyperlinks_readBackEqual() throws IOException {
    Case original = TestCases.sample(FLAGSHIP);

    byte[] bytes = flagship(RootCausesTest::plainLinks);

    assertThat(CaseWorkbook.read(new ByteArrayInputStream(bytes), "case.xlsx")).isEqualTo(original);
  }

  /** Each HYPERLINK formula of the Evidence sheet made a plain value with a cell hyperlink to the same cell. */
  private static void plainLinks(XSSFWorkbook wb) {
    java.util.regex.Pattern link = java.util.regex.Pattern.compile("HYPERLINK\\(\"#([^\"]+)\",\"([^\"]+)\"\\)");
    for (Row r : wb.getSheet(Layout.EVIDENCE)) {
      org.apache.poi.ss.usermodel.Cell c = r.getCell(1);
      if (r.getRowNum() > 0 && c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
        java.util.regex.Matcher m = link.matcher(c.getCellFormula());
        assertThat(m.matches()).as(c.getCellFormula()).isTrue();
        var style = c.getCellStyle();
        org.apache.poi.ss.usermodel.Cell plain = r.createCell(1);
        plain.setCellValue(m.group(2));
        plain.setCellStyle(style);
        var h = wb.getCreationHelper().createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT);
        h.setAddress(m.group(1).replace("Motivations!", "'Motivations'!"));
        plain.setHyperlink(h);
      }
    }
  }

  @Test
  void duplicateId_ofACopiedRow_isReportedAtBothIdCells() throws IOException {
    byte[] bytes = TestCases.edit(TestCases.workbook(TestCases.rich()), wb -> {
      set(wb, Layout.ACTORS, "A8", "pl");
      set(wb, Layout.ACTORS, "B8", "Poland");
      set(wb, Layout.ACTORS, "D8", "state");
    });

    assertThat(problems(bytes)).isEqualTo(String.join("\n",
        "case.xlsx:Actors!A7: duplicate actor id \"pl\" (given again at Actors!A8)",
        "case.xlsx:Actors!A8: duplicate actor id \"pl\" (first given at Actors!A7)"));
  }

  @Test
  void renamedHeader_isReportedAtItsCell_namingWhatWasFound_withTheRowsItLeavesFolded() throws IOException {
    byte[] bytes = flagship(wb -> set(wb, Layout.MOTIVATIONS, "E1", "Priority"));

    assertThat(problems(bytes)).isEqualTo(
        "case.xlsx:Motivations!E1: no column \"Salience\"; found \"Priority\" in its place (columns read by header;"
            + " rename it back to \"Salience\"), and 20 rows without it");
  }

  @Test
  void misspeltHeader_elsewhere_isReportedAtItsCell_withWhatToRenameItTo() throws IOException {
    byte[] bytes = flagship(wb -> {
      XSSFSheet s = wb.getSheet(Layout.MOTIVATIONS);
      set(wb, Layout.MOTIVATIONS, "E1", "Notes");
      set(wb, Layout.MOTIVATIONS, "M1", "Salince");
      for (int r = 1; r <= 20; r++) {
        s.getRow(r).createCell(12).setCellValue(s.getRow(r).getCell(4).getStringCellValue());
      }
    });

    assertThat(problems(bytes)).isEqualTo(
        "case.xlsx:Motivations!M1: no column \"Salience\"; found \"Salince\" (columns read by header; rename it back"
            + " to \"Salience\"), and 20 rows without it");
  }

  @Test
  void removedColumn_isReportedWhereItWas() throws IOException {
    byte[] bytes = flagship(wb -> {
      XSSFSheet s = wb.getSheet(Layout.MOTIVATIONS);
      for (Row r : s) {
        if (r.getCell(6) != null) {
          r.removeCell(r.getCell(6));
        }
      }
    });

    assertThat(problems(bytes)).isEqualTo(
        "case.xlsx:Motivations!G1: no column \"Claim\" (columns read by header; add one headed \"Claim\"), and 20"
            + " rows without it");
  }

  @Test
  void renamedHeaderOfAnAchMatrix_isReportedAtItsCell_withTheItemsItLeavesFolded() throws IOException {
    byte[] bytes = TestCases.edit(TestCases.workbook(TestCases.ach()), wb -> set(wb, "ACH why-invited", "I14", "Item text"));

    assertThat(problems(bytes)).isEqualTo(
        "case.xlsx:'ACH why-invited'!I14: no column \"Text\"; found \"Item text\" in its place (columns read by"
            + " header; rename it back to \"Text\"), and 5 rows without it");
  }

  @Test
  void choiceTypo_getsTheCaseFilesDidYouMean() throws IOException, CaseFileException {
    // given: the same mistake in a case file and in the workbook
    Case original = TestCases.sample(FLAGSHIP);
    String yaml = CaseWriter.toYaml(original).replaceFirst("confidence: moderate", "confidence: hgih");
    CaseFileException inFile = catchThrowableOfType(CaseFileException.class, () -> CaseFiles.parse(yaml, "case.yaml"));
    byte[] bytes = flagship(wb -> set(wb, Layout.JUDGMENTS, "C2", "hgih"));

    // then: the same message, at its cell
    assertThat(inFile.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("confidence (\"hgih\") must be one of low, moderate, high"
            + " (did you mean \"high\"?)"));
    assertThat(problems(bytes)).isEqualTo("case.xlsx:Judgments!C2: " + inFile.problems().get(0).message());
  }

  @Test
  void unknownOwnerId_getsDidYouMean() throws IOException {
    byte[] bytes = flagship(wb -> set(wb, Layout.EVIDENCE, "B2", "nato-cybr"));

    assertThat(problems(bytes)).isEqualTo(
        "case.xlsx:Evidence!B2: motivation \"nato-cybr\" is not on the Motivations sheet (did you mean \"nato-cyber\"?)");
  }

  @Test
  void everyProblem_readAndIntegrity_atOnce_inSheetAndCellOrder() throws IOException {
    // given: mistakes of the cells (a choice, a date) and of the case (references), entered out
    // of order
    byte[] bytes = flagship(wb -> {
      set(wb, Layout.SOURCES, "H2", "Z");
      set(wb, Layout.JUDGMENTS, "E3", "nato-asia-threat");
      set(wb, Layout.MOTIVATIONS, "E3", "primry");
      set(wb, Layout.MOTIVATIONS, "B2", "natoo");
    });

    assertThat(problems(bytes)).isEqualTo(String.join("\n",
        "case.xlsx:Motivations!B2: motivation nato-cyber: stakeholder \"natoo\" is not a known stakeholder (did you"
            + " mean \"nato\"?)",
        "case.xlsx:Motivations!E3: salience (\"primry\") must be one of primary, secondary, subsidiary (did you mean"
            + " \"primary\"?)",
        "case.xlsx:Judgments!E3: judgment kj-shared-threats: supporting motivation \"nato-asia-threat\" is not a known"
            + " motivation (did you mean \"nato-asia-threats\"?)",
        "case.xlsx:Sources!H2: reliability (\"Z\") must be one of A, B, C, D, E, F (did you mean \"A\"?)"));
  }

  @Test
  void rowLeftOutForItsOwnProblem_isNotReportedAgainWhereItIsReferred() throws IOException {
    // nato-cyber is left out for its salience; its evidence and the judgments it supports are not
    // reported again
    byte[] bytes = flagship(wb -> set(wb, Layout.MOTIVATIONS, "E2", "hgih"));

    assertThat(problems(bytes))
        .isEqualTo("case.xlsx:Motivations!E2: salience (\"hgih\") must be one of primary, secondary, subsidiary");
    assertThat(TestCases.sample(FLAGSHIP).judgments()).map(KeyJudgment::confidence).contains(Confidence.MODERATE);
  }
}
