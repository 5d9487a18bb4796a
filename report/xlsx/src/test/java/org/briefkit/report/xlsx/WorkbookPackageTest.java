package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/**
 * The workbook's package read part by part: cells of every type as other tools write them
 * (shared formulas, inline strings, ISO dates, formulas saved without a value, hyperlinks over
 * ranges), in hand-made packages, and damaged parts, each told in one line that names the part.
 */
class WorkbookPackageTest {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  // ---------------------------------------------------------------- hand-made packages

  /** A package with one sheet, named "Data", holding {@code sheetData} and after it {@code after}. */
  private static byte[] pkg(String sheetData, String after, String sharedStrings, String styles) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    parts.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
        + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/></Relationships>");
    parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
        + "<sheetData>" + sheetData + "</sheetData>" + after + "</worksheet>");
    parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\">" + sharedStrings + "</sst>");
    parts.put("xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + MAIN + "\">" + styles + "</styleSheet>");
    return zip(parts);
  }

  private static byte[] zip(Map<String, String> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static SheetCells data(String sheetData) {
    return data(sheetData, "", "", "");
  }

  private static SheetCells data(String sheetData, String after, String sharedStrings, String styles) {
    try (WorkbookPackage wb = WorkbookPackage.open(pkg(sheetData, after, sharedStrings, styles), 1 << 20)) {
      return wb.sheet("Data");
    }
  }

  private static SheetCell at(SheetCells s, String ref) {
    CellReference r = new CellReference(ref);
    SheetRow row = s.row(r.getRow());
    return row == null ? null : row.cell(r.getCol());
  }

  // ---------------------------------------------------------------- cells

  @Test
  void sharedFormula_cellFilledFromIt_isRefusedNamingTheFormulaAndWhereItWasWritten() {
    SheetCells s = data("<row r=\"2\"><c r=\"C2\"><f t=\"shared\" ref=\"C2:C3\" si=\"0\">A2*2</f><v>2</v></c></row>"
        + "<row r=\"3\"><c r=\"C3\"><f t=\"shared\" si=\"0\"/><v>4</v></c></row>");

    assertThat(CellValues.value(at(s, "C2")).refusal()).contains(
        "holds a formula (=A2*2), not a value: type the value itself (BriefKit reads values, not formulas)");
    assertThat(CellValues.value(at(s, "C3")).refusal()).contains(
        "holds a formula (filled from C2: =A2*2), not a value: type the value itself (BriefKit reads values, not"
            + " formulas)");
    assertThat(CellValues.text(at(s, "C3"))).isEqualTo("4");
    assertThat(CellValues.blank(at(s, "C3"))).isFalse();
  }

  @Test
  void inlineString_runsJoinedWithoutPhoneticGuide() {
    SheetCells s = data("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>Hel</t></r><r><rPr><b/></rPr><t>lo</t></r>"
        + "<rPh sb=\"0\" eb=\"1\"><t>ハロー</t></rPh></is></c><c r=\"B1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> a_x000D_b </t></is></c></row>");

    assertThat(CellValues.text(at(s, "A1"))).isEqualTo("Hello");
    assertThat(CellValues.text(at(s, "B1"))).isEqualTo(" a\rb ");
  }

  @Test
  void sharedStrings_byIndex_runsJoinedWithoutPhoneticGuide() {
    SheetCells s = data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>", "",
        "<si><t>plain</t></si><si><r><t>ri</t></r><r><t>ch</t></r><rPh><t>x</t></rPh></si>", "");

    assertThat(CellValues.text(at(s, "A1"))).isEqualTo("rich");
    assertThat(CellValues.text(at(s, "B1"))).isEqualTo("plain");
  }

  @Test
  void isoDateCell_readsAsItsDate() {
    SheetCells s = data("<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2024-03-05T00:00:00</v></c><c r=\"B1\" t=\"d\"><v>2024-03-06</v></c></row>");

    assertThat(CellValues.value(at(s, "A1")).text()).isEqualTo("2024-03-05");
    assertThat(CellValues.value(at(s, "B1")).text()).isEqualTo("2024-03-06");
  }

  @Test
  void numberInADateStyle_readsAsAnIsoDate_otherNumbersAsShown() {
    String styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
        + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/></cellXfs>";
    SheetCells s = data("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45356</v></c><c r=\"B1\" s=\"2\"><v>45357</v></c>"
        + "<c r=\"C1\"><v>3.0</v></c><c r=\"D1\"><v>1E-3</v></c><c r=\"E1\" s=\"0\"><v>45356</v></c></row>", "", "", styles);

    assertThat(CellValues.text(at(s, "A1"))).isEqualTo("2024-03-05");
    assertThat(CellValues.text(at(s, "B1"))).isEqualTo("2024-03-06");
    assertThat(CellValues.text(at(s, "C1"))).isEqualTo("3");
    assertThat(CellValues.text(at(s, "D1"))).isEqualTo("0.001");
    assertThat(CellValues.text(at(s, "E1"))).isEqualTo("45356");
  }

  @Test
  void formulaSavedWithAnEmptyValue_keptNoValue_butAnEmptyTextResultIsOne() {
    SheetCells s = data("<row r=\"1\"><c r=\"A1\"><f>1+1</f><v></v></c><c r=\"B1\" t=\"str\"><f>\"\"</f><v></v></c>"
        + "<c r=\"C1\"><f>1+1</f></c><c r=\"D1\"><v></v></c></row>");

    assertThat(CellValues.text(at(s, "A1"))).isEmpty();
    assertThat(at(s, "A1").kind()).isEqualTo(SheetCell.Kind.BLANK);
    assertThat(at(s, "B1").kind()).isEqualTo(SheetCell.Kind.STRING);
    assertThat(CellValues.text(at(s, "C1"))).isEmpty();
    assertThat(CellValues.value(at(s, "A1")).refusal()).isPresent();
    assertThat(CellValues.blank(at(s, "D1"))).isTrue();
  }

  @Test
  void booleansAndErrorValues_asExcelShowsThem() {
    SheetCells s = data("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c>"
        + "<c r=\"C1\" t=\"e\"><v>#DIV/0!</v></c><c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>");

    assertThat(CellValues.text(at(s, "A1"))).isEqualTo("TRUE");
    assertThat(CellValues.text(at(s, "B1"))).isEqualTo("FALSE");
    assertThat(CellValues.value(at(s, "C1")).refusal()).contains("holds the error #DIV/0!: type the value itself");
    assertThat(CellValues.text(at(s, "D1"))).isEqualTo("#DIV/0!");
  }

  @Test
  void hyperlinkOverARange_linksEachCellOfIt_andTheFirstLinkOfACellCounts() {
    // The links are read when first asked for, from the package still open.
    byte[] bytes = pkg("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>m1</t></is></c></row>"
            + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>m2</t></is></c></row>"
            + "<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>m3</t></is></c></row>",
        "<hyperlinks><hyperlink ref=\"B2:B3\" location=\"'Arms transfers'!A5\"/>"
            + "<hyperlink ref=\"B3\" location=\"Motivations!A9\"/>"
            + "<hyperlink ref=\"B4\" r:id=\"rId7\"/></hyperlinks>", "", "");
    try (WorkbookPackage wb = WorkbookPackage.open(bytes, 1 << 20)) {
      SheetCells s = wb.sheet("Data");

      assertThat(CellValues.link(at(s, "B2")).map(r -> r.formatAsString())).contains("'Arms transfers'!A5");
      assertThat(CellValues.link(at(s, "B3")).map(r -> r.formatAsString())).contains("'Arms transfers'!A5");
      assertThat(CellValues.link(at(s, "B4"))).isEmpty();
    }
  }

  @Test
  void cellsWithoutAddresses_followEachOther() {
    SheetCells s = data("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
        + "<row><c r=\"C2\" t=\"inlineStr\"><is><t>c</t></is></c></row>");

    assertThat(CellValues.text(at(s, "A1"))).isEqualTo("a");
    assertThat(CellValues.text(at(s, "B1"))).isEqualTo("b");
    assertThat(CellValues.text(at(s, "C2"))).isEqualTo("c");
    assertThat(s.lastRow()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- damaged parts

  private static String problem(byte[] bytes) {
    InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
        () -> CaseWorkbook.read(new ByteArrayInputStream(bytes), "case.xlsx"));
    assertThat(e).as("the workbook must be refused").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.getMessage();
  }

  /** The workbook of the rich case with its parts changed by {@code change} (a part mapped to null is left out). */
  private static byte[] edited(UnaryOperator<Map<String, String>> change) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(TestCases.workbook(TestCases.rich())))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
      }
    }
    Map<String, String> changed = change.apply(parts);
    changed.values().removeIf(v -> v == null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : changed.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.ISO_8859_1));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The part of the sheet {@code name}, from the workbook part and its relationships. */
  private static String partOf(Map<String, String> parts, String name) {
    Matcher sheet = Pattern.compile("<sheet name=\"" + name + "\"[^>]*r:id=\"(rId\\d+)\"").matcher(parts.get("xl/workbook.xml"));
    assertThat(sheet.find()).isTrue();
    Matcher rel = Pattern.compile("<Relationship Id=\"" + sheet.group(1) + "\" Target=\"([^\"]+)\"")
        .matcher(parts.get("xl/_rels/workbook.xml.rels"));
    assertThat(rel.find()).isTrue();
    return "xl/" + rel.group(1);
  }

  @Test
  void sheetPartNotWellFormed_isDamagedNamingThePartAndSheet() throws IOException {
    String[] part = new String[1];
    byte[] bytes = edited(parts -> {
      part[0] = partOf(parts, "Motivations");
      String xml = parts.get(part[0]);
      parts.put(part[0], xml.substring(0, xml.indexOf("<row r=\"3\"") + 12));
      return parts;
    });

    assertThat(problem(bytes))
        .startsWith("case.xlsx: the workbook is damaged (its part " + part[0] + " (the sheet Motivations) is not"
            + " well-formed XML (line ")
        .endsWith("): open it in Excel or LibreOffice, save it again as .xlsx and try again");
  }

  @Test
  void sheetPartMissing_isDamagedNamingIt() throws IOException {
    String[] part = new String[1];
    byte[] bytes = edited(parts -> {
      part[0] = partOf(parts, "Actors");
      parts.put(part[0], null);
      return parts;
    });

    assertThat(problem(bytes)).isEqualTo("case.xlsx: the workbook is damaged (its part " + part[0]
        + " (the sheet Actors) is missing): open it in Excel or LibreOffice, save it again as .xlsx and try again");
  }

  @Test
  void workbookPartNotWellFormed_isDamagedNamingIt() throws IOException {
    byte[] bytes = edited(parts -> {
      parts.put("xl/workbook.xml", parts.get("xl/workbook.xml").replace("</sheets>", "</sheet>"));
      return parts;
    });

    assertThat(problem(bytes))
        .startsWith("case.xlsx: the workbook is damaged (its part xl/workbook.xml (the list of sheets) is not"
            + " well-formed XML (line ")
        .doesNotContain("Exception").doesNotContain("must be terminated");
  }

  @Test
  void stylesPartNotWellFormed_isDamagedNamingIt() throws IOException {
    byte[] bytes = edited(parts -> {
      parts.put("xl/styles.xml", parts.get("xl/styles.xml").replace("<cellXfs", "<cellXfs <"));
      return parts;
    });

    assertThat(problem(bytes)).startsWith(
        "case.xlsx: the workbook is damaged (its part xl/styles.xml (the styles) is not well-formed XML (line ");
  }

  @Test
  void workbookPartMissing_isDamagedNamingIt() throws IOException {
    byte[] bytes = edited(parts -> {
      parts.put("xl/workbook.xml", null);
      return parts;
    });

    assertThat(problem(bytes)).isEqualTo("case.xlsx: the workbook is damaged (it has no workbook part"
        + " (xl/workbook.xml)): open it in Excel or LibreOffice, save it again as .xlsx and try again");
  }

  @Test
  void numberCellHoldingText_isDamagedNamingTheCell() throws IOException {
    String[] part = new String[2];
    byte[] bytes = edited(parts -> {
      part[0] = partOf(parts, "Motivations");
      // The first number of the sheet's second row (a cell without a type is a number).
      Matcher number = Pattern.compile("<c r=\"([A-Z]+2)\"( s=\"\\d+\")?( t=\"n\")?><v>[^<]*</v>").matcher(parts.get(part[0]));
      assertThat(number.find()).isTrue();
      part[1] = number.group(1);
      parts.put(part[0], parts.get(part[0]).substring(0, number.start())
          + "<c r=\"" + part[1] + "\"><v>two</v>" + parts.get(part[0]).substring(number.end()));
      return parts;
    });

    assertThat(problem(bytes)).isEqualTo("case.xlsx: the workbook is damaged (its part " + part[0]
        + " (the sheet Motivations) holds \"two\" as the number at " + part[1] + "): open it in Excel or"
        + " LibreOffice, save it again as .xlsx and try again");
  }
}
