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
import org.briefkit.model.AssumptionId;
import org.briefkit.model.AssumptionStatus;
import org.briefkit.model.Case;
import org.briefkit.model.Credibility;
import org.briefkit.model.DomainId;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.IndicatorId;
import org.briefkit.model.IndicatorStatus;
import org.briefkit.model.JudgmentId;
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
  void roundTrip_tradecraftCase_readsBackEqual() throws IOException {
    Case original = TestCases.tradecraft();

    Case once = read(TestCases.workbook(original));

    assertThat(once).isEqualTo(original);
    assertThat(read(TestCases.write(once))).isEqualTo(original);
  }

  @Test
  void roundTrip_phiaCase_keepsItsScaleAndLikelihoods() throws IOException {
    Case original = TestCases.phia();

    Case once = read(TestCases.workbook(original));

    assertThat(once).isEqualTo(original);
    assertThat(once.scale().id()).isEqualTo("phia");
  }

  @Test
  void read_analystAddsAnAssumptionWithEvidenceAndAnIndicator_loadsThem() throws IOException {
    // given: the rich case's workbook has no assumption, indicator or waiver yet
    byte[] edited =
        TestCases.edit(
            TestCases.workbook(TestCases.rich()),
            wb -> {
              // Assumptions: A Id, B Status, C Underpins, D Statement.
              set(wb, "Assumptions", "A2", "ka-new");
              set(wb, "Assumptions", "B2", "Caveated");
              set(wb, "Assumptions", "C2", "kj1, kj2");
              set(wb, "Assumptions", "D2", "Seoul keeps its course.");
              // Below the five evidence rows the case has.
              set(wb, "Evidence", "A7", "assumption");
              set(wb, "Evidence", "B7", "ka-new");
              set(wb, "Evidence", "C7", "note");
              set(wb, "Evidence", "F7", "claim");
              wb.getSheet("Evidence").getRow(6).createCell(6).setCellValue(6);
              set(wb, "Evidence", "H7", "Officials say so.");
              // Indicators: A Id, B Strengthens, C Weakens, D Status, E Observed, F Statement.
              set(wb, "Indicators", "A2", "in-new");
              set(wb, "Indicators", "C2", "kj2");
              set(wb, "Indicators", "D2", "observed");
              set(wb, "Indicators", "E2", "2023-05");
              set(wb, "Indicators", "F2", "Orders stall.");
              set(wb, "Waivers", "A2", "single-source");
              set(wb, "Waivers", "B2", "One study by design.");
            });

    // when
    Case read = read(edited);

    // then
    assertThat(read.assumptions()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo(AssumptionId.of("ka-new"));
      assertThat(a.status()).isEqualTo(AssumptionStatus.CAVEATED);
      assertThat(a.underpins()).containsExactly(JudgmentId.of("kj1"), JudgmentId.of("kj2"));
      assertThat(a.evidence()).singleElement().satisfies(e -> {
        assertThat(e.kind()).isEqualTo(EvidenceKind.CLAIM);
        assertThat(e.credibility()).contains(Credibility.CANNOT_BE_JUDGED);
      });
    });
    assertThat(read.indicators()).singleElement().satisfies(i -> {
      assertThat(i.id()).isEqualTo(IndicatorId.of("in-new"));
      assertThat(i.strengthens()).isEmpty();
      assertThat(i.weakens()).containsExactly(JudgmentId.of("kj2"));
      assertThat(i.status()).isEqualTo(IndicatorStatus.OBSERVED);
      assertThat(i.observed()).map(Object::toString).contains("2023-05");
    });
    assertThat(read.waivers()).singleElement().satisfies(w -> assertThat(w.rule()).isEqualTo("single-source"));
    assertThat(read(TestCases.workbook(read))).isEqualTo(read);
  }

  @Test
  void read_tradecraftMistakes_reportsEachAtItsCell() throws IOException {
    // given
    byte[] edited =
        TestCases.edit(
            TestCases.workbook(TestCases.tradecraft()),
            wb -> {
              set(wb, "Assumptions", "B2", "shaky");
              set(wb, "Indicators", "D3", " ");
              set(wb, "Indicators", "E3", "2023-13");
              set(wb, "Waivers", "B2", "");
              set(wb, "Evidence", "G2", "7");
            });

    // when, then: in the order of the sheets
    assertThat(problems(() -> read(edited)))
        .isEqualTo(
            String.join(
                "\n",
                "case.xlsx:Evidence!G2: credibility (\"7\") must be one of 1, 2, 3, 4, 5, 6",
                "case.xlsx:Assumptions!B2: status (\"shaky\") must be one of solid, caveated, unsupported",
                "case.xlsx:Indicators!D3: Status must not be empty",
                "case.xlsx:Indicators!E3: month (13) must be between 1 and 12",
                "case.xlsx:Waivers!B2: Reason must not be empty"));
  }

  @Test
  void read_danglingJudgmentOfAnAssumption_locatesTheIntegrityProblem() throws IOException {
    byte[] edited = TestCases.edit(TestCases.workbook(TestCases.tradecraft()), wb -> set(wb, "Assumptions", "C3", "kj1, kj9"));

    assertThat(problems(() -> read(edited)))
        .isEqualTo("case.xlsx:Assumptions!C3: assumption ka-seoul: underpinned judgment \"kj9\" is not a"
            + " known judgment (did you mean \"kj1\"?)");
  }

  @Test
  void read_likelihoodOfAnotherScale_isReportedAtItsCell() throws IOException {
    // Judgments: D is Likelihood; kj1 is on row 2. The rich case is on ICD 203.
    byte[] edited = TestCases.edit(TestCases.workbook(TestCases.rich()), wb -> set(wb, "Judgments", "D2", "highly-likely"));

    assertThat(problems(() -> read(edited)))
        .isEqualTo("case.xlsx:Judgments!D2: judgment kj1: likelihood \"highly-likely\" is not a row of the"
            + " icd-203 scale (almost-no-chance, very-unlikely, unlikely, roughly-even-chance, likely,"
            + " very-likely, almost-certain)");
  }

  @Test
  void read_scaleEditedOnTheOverview_readsTheScale() throws IOException {
    // given: the rich case's likelihood, likely, is a row of both scales
    byte[] edited =
        TestCases.edit(TestCases.workbook(TestCases.rich()), wb -> {
          for (Row row : wb.getSheet("Overview")) {
            if (PoiCells.text(row.getCell(0)).equals("Estimative scale")) {
              assertThat(PoiCells.text(row.getCell(1))).isEqualTo("icd-203");
              // A new cell, as a spreadsheet application writes what is typed (POI's setCellValue
              // on a written inline string keeps the old text).
              row.createCell(1).setCellValue("PHIA");
            }
          }
        });

    // when
    Case read = read(edited);

    // then
    assertThat(read.scale()).isEqualTo(EstimativeScale.named("phia").orElseThrow());
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
        .hasMessage("brief.xlsx: the file holds text, not an .xlsx workbook: save the workbook as .xlsx (Excel Workbook)"
            + " and try again (a case file is named .yaml)");
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
              set(wb, "Evidence", "F7", "claim");
              // A grade typed into a cell is a number, not the text the writer wrote.
              wb.getSheet("Evidence").getRow(6).createCell(6).setCellValue(2);
              set(wb, "Evidence", "H7", "Seoul eyes space.");
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
    assertThat(added.evidence().get(0).credibility()).contains(Credibility.PROBABLY_TRUE);
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
    assertThat(problems(() -> read(ole2))).isEqualTo("case.xlsx: the file is an older Office document (OLE2), not an"
        + " .xlsx workbook: save the workbook as .xlsx (Excel Workbook) and try again");
    assertThat(problems(() -> read(new byte[0])))
        .isEqualTo("case.xlsx: the file is empty: save the workbook as .xlsx (Excel Workbook) and try again");
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
