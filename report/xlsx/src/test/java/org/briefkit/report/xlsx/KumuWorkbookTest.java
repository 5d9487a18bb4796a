package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;
import org.briefkit.model.TransferId;
import org.junit.jupiter.api.Test;

class KumuWorkbookTest {
  private static Case network() {
    ActorId a = ActorId.of("alpha");
    ActorId b = ActorId.of("beta");
    ActorId c = ActorId.of("compact");
    return Case.builder("net", "Network")
        .actors(
            Actor.builder(a, "Alpha", ActorKind.STATE).role("Buyer").affiliation(c).build(),
            Actor.builder(b, "Beta", ActorKind.STATE).build(),
            Actor.builder(c, "Compact", ActorKind.ALLIANCE).build())
        .events(
            Event.builder(EventId.of("e1"), "Summit", EventKind.SUMMIT).participants(b, a).build(),
            Event.builder(EventId.of("e2"), "Talks", EventKind.DIALOGUE).participants(a, b).build())
        .transfers(
            ArmsTransfer.builder(TransferId.of("t1"), b, a).items("Frigates").when(DateSpan.parse("2032"))
                .tiv(new BigDecimal("12.50")).build())
        .build();
  }

  private static byte[] kumu(Case c) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KumuWorkbook.write(c, out);
    return out.toByteArray();
  }

  private static List<List<String>> rows(Sheet s) {
    DataFormatter f = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (Row r : s) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < r.getLastCellNum(); i++) {
        Cell cell = r.getCell(i);
        cells.add(cell == null ? "" : f.formatCellValue(cell));
      }
      rows.add(cells);
    }
    return rows;
  }

  @Test
  void write_elementsAndConnections_withTheColumnsKumuImports() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(kumu(network())))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(2);
      assertThat(rows(wb.getSheet("Elements"))).containsExactly(
          List.of("Label", "Type", "Description", "ID", "Country", "Stakeholder"),
          List.of("Alpha", "State", "Buyer", "alpha"),
          List.of("Beta", "State", "", "beta"),
          List.of("Compact", "Alliance", "", "compact"));
      assertThat(rows(wb.getSheet("Connections"))).containsExactly(
          List.of("From", "To", "Type", "Description", "ID", "TIV (not money)", "Date"),
          List.of("alpha", "compact", "Affiliation", "", "affiliation-alpha"),
          List.of("alpha", "beta", "Co-participation", "2 events: Summit; Talks", "co-alpha-beta"),
          List.of("beta", "alpha", "Arms transfer (delivered)", "Frigates", "transfer-t1", "12.5", "2032"));
    }
  }

  @Test
  void write_sameCase_sameBytes() throws Exception {
    assertThat(kumu(network())).isEqualTo(kumu(network()));
  }
}
