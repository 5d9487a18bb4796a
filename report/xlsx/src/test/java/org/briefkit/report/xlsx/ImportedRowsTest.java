package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.ActorName;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.Dataset;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.SourceId;
import org.briefkit.model.TransferId;
import org.junit.jupiter.api.Test;

/**
 * A case with a dataset and a row read from it, as {@code Datasets.read} leaves it: the
 * workbook shows the declaration, the row with its TIV and where it came from, and reads back
 * to the same case.
 */
class ImportedRowsTest {
  private static Case imported() {
    ActorId varnya = ActorId.of("varnya");
    ActorId haedo = ActorId.of("haedo");
    Dataset sipri =
        Dataset.builder(SourceId.of("sipri-at"), Dataset.Format.SIPRI, "data/sipri.csv")
            .edition("2026-03")
            .accessed(LocalDate.of(2026, 3, 20))
            .suppliers("Varnya")
            .period(DateSpan.parse("2030/2040"))
            .actors(ActorName.parse("Varnya = varnya"), ActorName.parse("Haedo = haedo"))
            .build();
    return Case.builder("imp", "Imported rows")
        .actors(
            Actor.builder(varnya, "Varnyan Federation", ActorKind.STATE).build(),
            Actor.builder(haedo, "Republic of Haedo", ActorKind.STATE).build())
        .transfers(
            ArmsTransfer.builder(TransferId.of("typed"), varnya, haedo).items("Spare parts").build(),
            ArmsTransfer.builder(TransferId.of("sipri-at-90101"), varnya, haedo)
                .items("Kestrel-3 (FGA aircraft)")
                .when(DateSpan.parse("2035"))
                .tiv(new BigDecimal("222.5"))
                .estimates(ArmsTransfer.Estimate.ORDER_DATE)
                .evidence(Evidence.builder().source(SourceId.of("sipri-at")).kind(EvidenceKind.FACT)
                    .text("SIPRI AT Database ID 90101: aircraft; ordered 2033 (estimate)").build())
                .build())
        .datasets(sipri)
        .build();
  }

  private static String row(Sheet s, int r) {
    DataFormatter f = new DataFormatter();
    Row row = s.getRow(r);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      b.append(i == 0 ? "" : " | ").append(row.getCell(i) == null ? "" : f.formatCellValue(row.getCell(i)));
    }
    return b.toString();
  }

  @Test
  void workbook_showsTheDatasetAndWhereEachRowCameFrom() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TestCases.workbook(imported())))) {
      Sheet transfers = wb.getSheet(Layout.TRANSFERS);
      String header = row(transfers, 0);
      assertThat(header).contains("TIV (not money)", "Estimates", "Imported from");
      assertThat(row(transfers, 1)).doesNotContain("sipri-at (");
      assertThat(row(transfers, 2)).contains("222.5", "order-date", "sipri-at (data/sipri.csv)");
      Sheet datasets = wb.getSheet(Layout.DATASETS);
      assertThat(row(datasets, 1)).startsWith("sipri-at | sipri | data/sipri.csv | 2026-03 | 2026-03-20 | Varnya");
      assertThat(row(datasets, 1)).contains("Varnya = varnya\nHaedo = haedo");
    }
  }

  @Test
  void workbook_readsBackToTheSameCase() throws Exception {
    Case c = imported();

    Case back = CaseWorkbook.read(new ByteArrayInputStream(TestCases.workbook(c)), "imp.xlsx");

    assertThat(back).isEqualTo(c);
  }
}
