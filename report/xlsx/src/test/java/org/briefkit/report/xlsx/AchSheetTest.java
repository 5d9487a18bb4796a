package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

/** The ACH sheets: written one per matrix, read back as written or as an analyst edited them. */
class AchSheetTest {
  private static Case read(byte[] bytes) throws IOException {
    return CaseWorkbook.read(new ByteArrayInputStream(bytes), "case.xlsx");
  }

  @Test
  void roundTrip_caseWithMatrices_readsBackEqual() throws IOException {
    Case original = TestCases.ach();
    byte[] bytes = TestCases.workbook(original);
    Files.write(TestCases.outputDir().resolve("ach-case.xlsx"), bytes);

    assertThat(read(bytes)).isEqualTo(original);
  }
}
