package org.briefkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The floor program writes what it claims to: a one-page PDF and a one-sheet workbook with a chart. */
class FloorTest {
  @Test
  void pdf_onePageDocument() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Floor.pdf(out);

    String text = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-").contains("/Count 1");
  }

  @Test
  void workbook_oneSheetWithOneChart() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Floor.workbook(out);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(1);
      assertThat(wb.getSheetAt(0).getDrawingPatriarch().getCharts()).hasSize(1);
    }
  }
}
