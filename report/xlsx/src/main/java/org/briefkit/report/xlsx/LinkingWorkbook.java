package org.briefkit.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.IOUtils;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook whose cell hyperlinks to places inside it stream out with their sheets.
 * POI keeps every hyperlink of a sheet as an XML object until the workbook is written, about a
 * kilobyte each: a hundred thousand evidence rows, each linking to its owner, would not fit in
 * the heap a large case is written in. Here a link is its cell and its target, kept as a string,
 * and written as the sheet is copied into the file: the sheet's template (the sheet as POI writes
 * it, without rows) gets one of its links from POI, so that the {@code <hyperlinks>} element
 * stands where the file format wants it, and that element is replaced by all of them.
 */
final class LinkingWorkbook extends SXSSFWorkbook {
  private static final String HYPERLINKS = "<hyperlinks>";
  private static final String HYPERLINKS_END = "</hyperlinks>";

  /** The links of each sheet that has some, by sheet name, in the order written. */
  private final Map<String, List<String>> links = new LinkedHashMap<>();

  LinkingWorkbook(XSSFWorkbook workbook, int window) {
    super(workbook, window, false, false);
  }

  /**
   * Links the cell at {@code row} and {@code col} of {@code sheet} to {@code target}, a place in
   * this workbook such as {@code 'Arms transfers'!A5}.
   */
  void link(SXSSFSheet sheet, int row, int col, String target) {
    String ref = new CellReference(row, col).formatAsString(false);
    links.computeIfAbsent(sheet.getSheetName(), s -> new ArrayList<>())
        .add("<hyperlink ref=\"" + ref + "\" location=\"" + attribute(target) + "\"/>");
  }

  @Override
  public void write(OutputStream stream) throws IOException {
    for (String name : links.keySet()) {
      // A placeholder where the file format puts a sheet's links, replaced when the sheet is copied.
      XSSFHyperlink placeholder = _wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      placeholder.setAddress("A1");
      placeholder.setCellReference("A1");
      _wb.getSheet(name).addHyperlink(placeholder);
    }
    super.write(stream);
  }

  /** As {@link SXSSFWorkbook}'s, with the links of each sheet written in place of its placeholder. */
  @Override
  protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
    ZipArchiveOutputStream zos = createArchiveOutputStream(out);
    try {
      Enumeration<? extends ZipArchiveEntry> entries = source.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry in = entries.nextElement();
        ZipArchiveEntry entry = new ZipArchiveEntry(in.getName());
        // As SXSSF does, sizes included (a sheet's is its template's: a hint for the zip's format).
        if (in.getSize() >= 0) {
          entry.setSize(in.getSize());
        }
        if (in.getTime() >= 0) {
          entry.setTime(in.getTime());
        }
        XSSFSheet sheet = getSheetFromZipEntryName(in.getName());
        boolean data = sheet != null && !(sheet instanceof XSSFChartSheet);
        zos.putArchiveEntry(entry);
        try (InputStream is = source.getInputStream(in)) {
          if (is instanceof ZipArchiveThresholdInputStream guarded) {
            // As SXSSF does: its own output is not an untrusted file.
            guarded.setGuardState(false);
          }
          if (data) {
            copyWithRows(is, zos, getSheet(sheet.getSheetName()), links.get(sheet.getSheetName()));
          } else {
            IOUtils.copy(is, zos);
          }
        } finally {
          zos.closeArchiveEntry();
        }
      }
    } finally {
      zos.finish();
      source.close();
    }
  }

  /**
   * Copies a sheet's template with its rows in place of its empty {@code <sheetData/>} and, when
   * it has links, all of them in place of its one placeholder link.
   */
  private void copyWithRows(InputStream template, OutputStream out, SXSSFSheet sheet, List<String> sheetLinks)
      throws IOException {
    String xml = new String(template.readAllBytes(), StandardCharsets.UTF_8);
    String empty = "<sheetData/>";
    int data = xml.indexOf(empty);
    if (data < 0) {
      throw new IllegalStateException(sheet.getSheetName() + ": the sheet's template has no empty <sheetData/>");
    }
    out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
    out.write("<sheetData>".getBytes(StandardCharsets.UTF_8));
    createSheetInjector(sheet).writeSheetData(out);
    out.write("</sheetData>".getBytes(StandardCharsets.UTF_8));
    String rest = xml.substring(data + empty.length());
    if (sheetLinks != null) {
      int start = rest.indexOf(HYPERLINKS);
      int end = rest.indexOf(HYPERLINKS_END, start);
      if (start < 0 || end < 0) {
        throw new IllegalStateException(sheet.getSheetName() + ": the sheet's template has no <hyperlinks>");
      }
      out.write(rest.substring(0, start + HYPERLINKS.length()).getBytes(StandardCharsets.UTF_8));
      for (String link : sheetLinks) {
        out.write(link.getBytes(StandardCharsets.UTF_8));
      }
      rest = rest.substring(end);
    }
    out.write(rest.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code text} as the value of an XML attribute in double quotes. */
  private static String attribute(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
