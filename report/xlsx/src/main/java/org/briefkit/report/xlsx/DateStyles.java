package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of the workbook ({@code xl/styles.xml}) show a number as a date: a cell's
 * {@code s} attribute is the index of its format in {@code cellXfs}, whose number format is a
 * built-in one or one of {@code numFmts}; a date format is told as Excel tells it.
 */
final class DateStyles extends DefaultHandler {
  private final Map<Integer, String> formats = new HashMap<>();
  private final List<Integer> cellFormats = new ArrayList<>();
  private boolean inCellXfs;
  private BitSet dates;

  /** Whether the cell style at {@code index} shows numbers as dates. */
  boolean isDate(int index) {
    if (dates == null) {
      dates = new BitSet();
      for (int i = 0; i < cellFormats.size(); i++) {
        int id = cellFormats.get(i);
        String code = formats.get(id);
        if (code == null) {
          code = BuiltinFormats.getBuiltinFormat(id); // null when there is no such built-in format
        }
        if (DateUtil.isADateFormat(id, code)) {
          dates.set(i);
        }
      }
    }
    return index >= 0 && dates.get(index);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    switch (localName) {
      case "numFmt" -> {
        Integer id = number(atts.getValue("numFmtId"));
        if (id != null && atts.getValue("formatCode") != null) {
          formats.put(id, atts.getValue("formatCode"));
        }
      }
      case "cellXfs" -> inCellXfs = true;
      case "xf" -> {
        if (inCellXfs) {
          Integer id = number(atts.getValue("numFmtId"));
          cellFormats.add(id == null ? 0 : id);
        }
      }
      default -> { }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (localName.equals("cellXfs")) {
      inCellXfs = false;
    }
  }

  private static Integer number(String s) {
    try {
      return s == null ? null : Integer.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
