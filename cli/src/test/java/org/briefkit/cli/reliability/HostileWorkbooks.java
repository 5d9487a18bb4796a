package org.briefkit.cli.reliability;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Broken and hostile workbooks, made at test time from a valid BriefKit workbook: big or
 * binary inputs are generated rather than kept in the source tree.
 */
final class HostileWorkbooks {
  private HostileWorkbooks() {}

  /**
   * Writes every hostile workbook into {@code dir}, derived from {@code valid} (the bytes of a
   * valid BriefKit workbook), and returns them by file name.
   */
  static Map<String, Path> create(byte[] valid, Path dir) throws IOException {
    Map<String, byte[]> made = new LinkedHashMap<>();
    made.put("empty.xlsx", new byte[0]);
    made.put("plain-text.xlsx", "id: my-case\ntitle: not a workbook\n".getBytes(StandardCharsets.UTF_8));
    made.put("random-binary.xlsx", random(64 * 1024, 8));
    made.put("zip-header-then-garbage.xlsx", concat(new byte[] {'P', 'K', 3, 4}, random(4096, 9)));
    made.put("truncated.xlsx", Arrays.copyOf(valid, valid.length / 2));
    made.put("zip-bomb-ratio.xlsx", zipBomb(valid));
    made.put("zip-too-many-entries.xlsx", manyEntries(valid, 2_500));
    made.put("xxe-external-entity.xlsx", replaceEntry(valid, "xl/workbook.xml", xml -> xxe(xml)));
    made.put("xml-billion-laughs.xlsx", replaceEntry(valid, "docProps/core.xml", xml -> laughs(xml)));
    made.put("xml-malformed-part.xlsx", replaceEntry(valid, "xl/workbook.xml", xml -> xml.substring(0, xml.length() / 2)));
    made.put("missing-workbook-part.xlsx", removeEntry(valid, "xl/workbook.xml"));
    made.put("not-briefkit.xlsx", plainWorkbook());
    made.put("legacy-xls-renamed.xlsx", legacyXls());
    made.put("word-document.xlsx", zip(Map.of(
        "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
        "word/document.xml", "<document/>")));
    made.put("missing-sheet.xlsx", edit(valid, wb -> wb.removeSheetAt(wb.getSheetIndex("Stakeholders"))));
    made.put("dangling-stakeholder.xlsx", edit(valid, wb -> setBelowHeader(wb, "Motivations", "Stakeholder", "nobody")));
    made.put("bad-salience.xlsx", edit(valid, wb -> setBelowHeader(wb, "Motivations", "Salience", "very")));
    made.put("duplicate-actor-id.xlsx", edit(valid, wb -> setBelowHeader(wb, "Actors", "Id", "alliance")));
    made.put("impossible-date.xlsx", edit(valid, wb -> setBelowHeader(wb, "Events", "When", "2025-02-30")));
    made.put("bad-case-id.xlsx", edit(valid, wb -> setRightOfLabel(wb, "Overview", "Case id", "../../etc/passwd")));
    // 2 MB of text in one cell: more than spreadsheet programs allow, written past POI's check.
    made.put("huge-cell.xlsx", replaceEntry(
        edit(valid, wb -> setBelowHeader(wb, "Motivations", "Claim", "HUGE-CELL")),
        "xl/sharedStrings.xml", xml -> xml.replace("HUGE-CELL", "x".repeat(2_000_000))));
    Map<String, Path> files = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : made.entrySet()) {
      files.put(e.getKey(), Files.write(dir.resolve(e.getKey()), e.getValue()));
    }
    return files;
  }

  static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** The valid workbook with its first sheet part inflating to 64 MiB of spaces. */
  private static byte[] zipBomb(byte[] valid) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          byte[] spaces = new byte[1 << 20];
          Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < 64; i++) {
            out.write(spaces);
          }
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] manyEntries(byte[] valid, int extra) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
      for (int i = 0; i < extra; i++) {
        out.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
        out.write("<a/>".getBytes(StandardCharsets.US_ASCII));
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String xxe(String xml) {
    String doctype = "<!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    String withDoctype = xml.replaceFirst("\\?>", "?>" + doctype);
    return withDoctype.replaceFirst("name=\"Overview\"", "name=\"&xxe;\"");
  }

  private static String laughs(String xml) {
    StringBuilder d = new StringBuilder("<!DOCTYPE cp:coreProperties [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      d.append("<!ENTITY l").append(i).append(" \"");
      d.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    d.append("]>");
    return xml.replaceFirst("\\?>", "?>" + d).replaceFirst("<dc:title>", "<dc:title>&l9;");
  }

  static byte[] replaceEntry(byte[] zip, String name, UnaryOperator<String> change) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean found = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(name)) {
          found = true;
          String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          out.write(change.apply(xml).getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    if (!found) {
      throw new IllegalStateException("no zip entry " + name);
    }
    return bytes.toByteArray();
  }

  private static byte[] removeEntry(byte[] zip, String name) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (!e.getName().equals(name)) {
          out.putNextEntry(new ZipEntry(e.getName()));
          in.transferTo(out);
          out.closeEntry();
        }
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] plainWorkbook() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Sheet1");
      s.createRow(0).createCell(0).setCellValue("Quarter");
      s.getRow(0).createCell(1).setCellValue("Sales");
      s.createRow(1).createCell(0).setCellValue("Q1");
      s.getRow(1).createCell(1).setCellValue(42);
      return bytes(wb);
    }
  }

  private static byte[] legacyXls() throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      wb.createSheet("Overview").createRow(0).createCell(0).setCellValue("Case id");
      return bytes(wb);
    }
  }

  private static byte[] bytes(Workbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }

  /** Changes a valid workbook with POI, as an analyst would in a spreadsheet program. */
  interface Edit {
    void apply(XSSFWorkbook wb) throws IOException;
  }

  static byte[] edit(byte[] valid, Edit edit) throws IOException {
    try (InputStream in = new ByteArrayInputStream(valid);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      edit.apply(wb);
      return bytes(wb);
    }
  }

  /** Sets the cell below the first cell of {@code sheet} whose text is {@code header}. */
  static void setBelowHeader(Workbook wb, String sheet, String header, String value) {
    Cell h = find(wb, sheet, header);
    Row below = h.getSheet().getRow(h.getRowIndex() + 1);
    set(below.getCell(h.getColumnIndex(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK), value);
  }

  /** Sets the cell right of the first cell of {@code sheet} whose text is {@code label}. */
  static void setRightOfLabel(Workbook wb, String sheet, String label, String value) {
    Cell l = find(wb, sheet, label);
    set(l.getRow().getCell(l.getColumnIndex() + 1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK), value);
  }

  /** Sets a cell's text; blanked first, since POI keeps the old text of an inline-string cell. */
  private static void set(Cell c, String value) {
    c.setBlank();
    c.setCellValue(value);
  }

  static Cell find(Workbook wb, String sheet, String text) {
    Sheet s = wb.getSheet(sheet);
    if (s == null) {
      throw new IllegalStateException("no sheet " + sheet);
    }
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
          return c;
        }
      }
    }
    throw new IllegalStateException("no cell \"" + text + "\" in sheet " + sheet);
  }
}
