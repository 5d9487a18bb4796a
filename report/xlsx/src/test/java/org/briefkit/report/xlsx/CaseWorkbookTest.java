package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.model.Case;
import org.briefkit.model.DomainId;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;
import org.briefkit.model.Salience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CaseWorkbookTest {
  static Iterable<String> samples() {
    return TestCases.SAMPLES;
  }

  private static Case read(byte[] bytes) throws IOException {
    return CaseWorkbook.read(new ByteArrayInputStream(bytes), "case.xlsx");
  }


  private static void set(XSSFWorkbook wb, String sheet, String cell, String value) {
    org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(cell);
    Sheet s = wb.getSheet(sheet);
    Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
    row.createCell(ref.getCol()).setCellValue(value);
  }

  private static String problems(ThrowingRead read) {
    try {
      read.run();
    } catch (InvalidWorkbookException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no problem reported");
  }

  private interface ThrowingRead {
    void run() throws IOException;
  }

  @Test
  void roundTrip_richCase_readsBackEqual() throws IOException {
    Case original = TestCases.rich();
    assertThat(read(TestCases.workbook(original))).isEqualTo(original);
  }

  @Test
  void roundTrip_minimalCase_readsBackEqual() throws IOException {
    Case minimal = Case.builder("minimal", "Nothing yet").build();
    assertThat(read(TestCases.workbook(minimal))).isEqualTo(minimal);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void roundTrip_sample_readWriteReadIsLossless(String sample) throws IOException {
    Case original = TestCases.sample(sample);
    Case once = read(TestCases.workbook(original));
    assertThat(once).isEqualTo(original);
    assertThat(read(TestCases.write(once))).isEqualTo(original);
  }

  @Test
  void read_file_namesTheFileInProblems(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("brief.xlsx");
    ExcelWorkbook.of(TestCases.FIXED).write(TestCases.rich(), file);
    assertThat(CaseWorkbook.read(file)).isEqualTo(TestCases.rich());
    Files.write(file, "not a workbook".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> CaseWorkbook.read(file))
        .isInstanceOf(InvalidWorkbookException.class)
        .hasMessage("brief.xlsx: not an Excel workbook (.xlsx): it is not a zip file");
  }

  @Test
  void read_analystEdits_loadTheEditedCase() throws IOException {
    Case original = TestCases.rich();
    byte[] edited =
        TestCases.edit(
            TestCases.workbook(original),
            wb -> {
              // Motivations: E = Salience, G = Claim; row 2 is the first motivation.
              set(wb, "Motivations", "E2", "secondary");
              set(wb, "Motivations", "G3", "Balance China in the Indo-Pacific");
              // A new motivation below the table, and evidence for it.
              set(wb, "Motivations", "A6", "rok-space");
              set(wb, "Motivations", "B6", "rok");
              set(wb, "Motivations", "C6", "space");
              set(wb, "Motivations", "E6", "Primary");
              set(wb, "Motivations", "G6", "Launch satellites with partners");
              set(wb, "Evidence", "A7", "motivation");
              set(wb, "Evidence", "B7", "rok-space");
              set(wb, "Evidence", "C7", "csis-2022");
              set(wb, "Evidence", "D7", "para 12");
              set(wb, "Evidence", "E7", "claim");
              set(wb, "Evidence", "F7", "Seoul eyes space.");
              set(wb, "Overview", "B7", "A new title");
            });
    Case read = read(edited);

    Motivation first = read.motivations().get(0);
    assertThat(first.salience()).isEqualTo(Salience.SECONDARY);
    assertThat(read.motivations().get(1).claim()).isEqualTo("Balance China in the Indo-Pacific");
    Motivation added = read.motivation(MotivationId.of("rok-space")).orElseThrow();
    assertThat(added.domain()).isEqualTo(DomainId.of("space"));
    assertThat(added.salience()).isEqualTo(Salience.PRIMARY);
    assertThat(added.evidence()).hasSize(1);
    assertThat(added.evidence().get(0).cite()).isEqualTo("csis-2022 ¶12");
    assertThat(read.title()).isEqualTo("A new title");
    assertThat(read.motivations()).hasSize(original.motivations().size() + 1);

    // The edited case itself round-trips.
    assertThat(read(TestCases.workbook(read))).isEqualTo(read);
  }

  @Test
  void read_mistakes_reportsEveryProblemWithItsCell() throws IOException {
    byte[] edited =
        TestCases.edit(
            TestCases.workbook(TestCases.rich()),
            wb -> {
              set(wb, "Motivations", "E2", "primry");
              set(wb, "Motivations", "G4", " ");
              set(wb, "Arms transfers", "G2", "2022-13");
              set(wb, "Evidence", "B2", "nowhere");
            });
    assertThat(problems(() -> read(edited)))
        .isEqualTo(
            String.join(
                "\n",
                "case.xlsx:Motivations!E2: salience (\"primry\") must be one of primary, secondary,"
                    + " subsidiary (did you mean \"primary\"?)",
                "case.xlsx:Motivations!G4: Claim must not be empty",
                "case.xlsx:'Arms transfers'!G2: month (13) must be between 1 and 12",
                "case.xlsx:Evidence!B2: motivation \"nowhere\" is not on the Motivations sheet"));
  }

  @Test
  void read_danglingReference_locatesTheIntegrityProblem() throws IOException {
    byte[] edited = TestCases.edit(TestCases.workbook(TestCases.rich()), wb -> set(wb, "Motivations", "B3", "natoo"));
    assertThat(problems(() -> read(edited)))
        .isEqualTo(
            "case.xlsx:Motivations!B3: motivation nato-china: stakeholder \"natoo\" is not a known"
                + " stakeholder (did you mean \"nato\"?)");
  }

  @Test
  void read_formulaLikeText_staysText() throws IOException {
    byte[] bytes = TestCases.workbook(TestCases.rich());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      var cell = wb.getSheet("Motivations").getRow(2).getCell(6);
      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
      assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"Balance China\")");
    }
    assertThat(read(bytes).motivations().get(1).claim()).startsWith("=HYPERLINK(");
  }

  @Test
  void read_otherWorkbook_isRefused() throws IOException {
    byte[] other;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("budget");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      other = out.toByteArray();
    }
    assertThat(problems(() -> read(other)))
        .isEqualTo(
            "case.xlsx: not a BriefKit workbook: it lacks the sheets Overview, Motivations,"
                + " Stakeholders, Domains, Actors, Events, Arms transfers, Evidence, Judgments, Sources"
                + " (its sheets: Sheet1)");
  }

  @Test
  void read_oldOrEncryptedFormat_isRefused() {
    byte[] ole2 = new byte[512];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    assertThat(problems(() -> read(ole2))).startsWith("case.xlsx: not an");
    assertThat(problems(() -> read(new byte[0]))).startsWith("case.xlsx: not an Excel workbook (.xlsx)");
  }

  @Test
  void read_zipBomb_isRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/bomb.bin"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 40; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(problems(() -> read(out.toByteArray())))
        .isEqualTo("case.xlsx: zip entry xl/bomb.bin inflates more than 200 times (a zip bomb?); not read");
  }

  @Test
  void read_oversizedEntryOrFile_isRefused() throws IOException {
    byte[] bytes = TestCases.workbook(TestCases.rich());
    ZipGuard small = new ZipGuard(10L << 20, 2_000, 4 * 1024, 1L << 30);
    assertThatThrownBy(() -> CaseWorkbook.read(new ByteArrayInputStream(bytes), "case.xlsx", small))
        .hasMessageMatching("case\\.xlsx: zip entry \\S+ inflates to more than 4 KiB \\(a zip bomb\\?\\); not read");
    ZipGuard tiny = new ZipGuard(1024, 2_000, 1L << 20, 1L << 30);
    assertThatThrownBy(() -> CaseWorkbook.read(new ByteArrayInputStream(bytes), "case.xlsx", tiny))
        .hasMessage("case.xlsx: the file is larger than 1 KiB; not read");
  }

  @Test
  void read_externalEntity_isRefusedAndNotResolved() throws IOException {
    byte[] bytes = TestCases.workbook(TestCases.rich());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals("xl/workbook.xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          xml = xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
          data = xml.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(data);
        zip.closeEntry();
      }
    }
    assertThat(problems(() -> read(out.toByteArray())))
        .isEqualTo(
            "case.xlsx: zip entry xl/workbook.xml declares a document type; external entities are"
                + " not allowed in a workbook; not read");
  }
}
