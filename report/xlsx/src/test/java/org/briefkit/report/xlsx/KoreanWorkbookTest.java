package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.model.Case;
import org.briefkit.model.Messages;
import org.junit.jupiter.api.Test;

/**
 * The workbook in Korean: its sheets, headers, titles and labels from the Korean bundle, which
 * has every key of the English one; its language recorded, so that it reads back losslessly.
 */
class KoreanWorkbookTest {
  private static final String KOREAN_SAMPLE = "samples/madrid-2022/korea-nato-ko.yaml";
  private static final WorkbookText KO = WorkbookText.of("ko");
  private static final WorkbookText EN = WorkbookText.english();

  @Test
  void bundles_korean_haveEveryEnglishKeyAndNoOther() {
    assertThat(KO.words().texts().keySet()).isEqualTo(EN.words().texts().keySet());
  }

  @Test
  void sheetNames_fitExcelsRules_andAreDistinct() {
    for (WorkbookText text : List.of(EN, KO)) {
      Set<String> names = new HashSet<>();
      for (String sheet : Layout.SHEETS) {
        String name = text.sheet(sheet);
        assertThat(name).as(sheet).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[\\[\\]:*?/\\\\]");
        assertThat(names.add(name.toLowerCase(java.util.Locale.ROOT))).as(name + " twice").isTrue();
      }
    }
    assertThat(KO.sheet(Layout.TRANSFERS)).isEqualTo("무기 이전");
  }

  @Test
  void tables_korean_headersOfATableAreDistinct() {
    for (CaseTable<?> t : CaseTables.in(KO).all) {
      assertThat(new HashSet<>(t.headers())).as(t.sheet()).hasSameSizeAs(t.headers());
    }
    List<String> ach = new ArrayList<>(AchSheet.readHeaders(KO));
    ach.add(AchSheet.header(KO, AchSheet.RELIABILITY));
    ach.add(AchSheet.header(KO, AchSheet.LEVEL));
    ach.add(AchSheet.header(KO, AchSheet.WEIGHT));
    assertThat(new HashSet<>(ach)).hasSameSizeAs(ach);
    assertThat(KO.get("ach.hypotheses")).isNotEqualTo(KO.column(AchSheet.HYPOTHESIS));
  }

  @Test
  void koreanCase_writesKoreanSheetsHeadersAndLanguage() throws IOException {
    Case c = TestCases.sample(KOREAN_SAMPLE);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TestCases.workbook(c)))) {
      List<String> sheets = new ArrayList<>();
      wb.forEach(s -> sheets.add(s.getSheetName()));
      assertThat(sheets).startsWith("개요", "동기", "매트릭스", "수렴", "제3자 요인", "연표", "이해당사자")
          .contains("ACH why-invited", "ACH why-seoul", "분석 결과");
      XSSFSheet motivations = wb.getSheet("동기");
      List<String> headers = new ArrayList<>();
      motivations.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
      assertThat(headers).startsWith("ID", "이해당사자", "영역", "수단", "비중", "가중치", "주장", "논거");
      assertThat(wb.getSheet("개요").getRow(0).getCell(0).getStringCellValue()).isEqualTo(c.title());
      assertThat(wb.getProperties().getCustomProperties().getProperty(WorkbookText.LANGUAGE_PROPERTY).getLpwstr())
          .isEqualTo("ko");
      assertThat(wb.getSheet("동기").getFooter().getCenter()).isEqualTo("&A — &P / &N쪽");
    }
  }

  @Test
  void koreanWorkbook_readsBackLosslessly_andWritesTheSameBytesAgain() throws IOException {
    Case c = TestCases.sample(KOREAN_SAMPLE);
    byte[] bytes = TestCases.workbook(c);

    Case read = CaseWorkbook.read(new ByteArrayInputStream(bytes), "korea-nato-ko.xlsx");

    assertThat(read).isEqualTo(c);
    assertThat(TestCases.write(read)).isEqualTo(bytes);
  }

  @Test
  void koreanWorkbook_propertiesDropped_isKnownByItsOverviewAndReadsBack() throws IOException {
    Case c = TestCases.sample(KOREAN_SAMPLE);
    // As LibreOffice saves it: without the custom properties (language, format, columns).
    byte[] bytes = TestCases.edit(TestCases.workbook(c), wb -> {
      var props = wb.getProperties().getCustomProperties().getUnderlyingProperties();
      while (props.sizeOfPropertyArray() > 0) {
        props.removeProperty(0);
      }
    });

    assertThat(CaseWorkbook.read(new ByteArrayInputStream(bytes), "saved-elsewhere.xlsx")).isEqualTo(c);
  }

  @Test
  void englishCase_languageOptionKo_writesAKoreanWorkbookThatReadsBack() throws IOException {
    Case c = TestCases.sample(TestCases.SAMPLES.get(0));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ExcelWorkbook.of(TestCases.FIXED.toBuilder().language("ko").build()).write(c, out);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(wb.getSheetName(0)).isEqualTo("개요");
    }
    assertThat(CaseWorkbook.read(new ByteArrayInputStream(out.toByteArray()), "en-as-ko.xlsx")).isEqualTo(c);
  }

  @Test
  void messages_koreanWords_areKorean() {
    Messages words = KO.words();
    assertThat(words.get("sheet.Overview")).isEqualTo("개요");
    assertThat(words.get("choose.one", "a, b")).isEqualTo("다음 중 하나를 고르십시오: a, b");
  }
}
