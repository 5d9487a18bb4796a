package org.briefkit.report.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.briefkit.model.Colour;
import org.briefkit.model.Figures;
import org.briefkit.report.Theme;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellStyle;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellStyles;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

/** The cell styles of a workbook, created once per workbook from the theme. */
final class Styles {
  private static final String FONT = "Calibri";

  final XSSFCellStyle header;
  final XSSFCellStyle text;
  final XSSFCellStyle wrap;
  final XSSFCellStyle textual;
  final XSSFCellStyle integer;
  final XSSFCellStyle figure;
  final XSSFCellStyle score;
  final XSSFCellStyle share;
  final XSSFCellStyle title;
  final XSSFCellStyle subtitle;
  final XSSFCellStyle marking;
  final XSSFCellStyle heading;
  final XSSFCellStyle label;
  final XSSFCellStyle link;
  final XSSFCellStyle dateYear;
  final XSSFCellStyle dateMonth;
  final XSSFCellStyle dateDay;
  private final SXSSFWorkbook wb;
  private final XSSFFont body;
  private final Map<Colour, XSSFCellStyle> fills = new HashMap<>();
  private XSSFCellStyle centred;

  /**
   * Names the workbook's base cell format the "Normal" cell style (built-in style 0), as every
   * spreadsheet program writes it: POI leaves the list of cell styles out, and openpyxl then
   * warns that the workbook "contains no default style".
   */
  private static void normal(SXSSFWorkbook wb) {
    CTStylesheet sheet = wb.getXSSFWorkbook().getStylesSource().getCTStylesheet();
    CTCellStyles styles = sheet.isSetCellStyles() ? sheet.getCellStyles() : sheet.addNewCellStyles();
    if (styles.sizeOfCellStyleArray() == 0) {
      CTCellStyle normal = styles.addNewCellStyle();
      normal.setName("Normal");
      normal.setXfId(0);
      normal.setBuiltinId(0);
    }
    styles.setCount(styles.sizeOfCellStyleArray());
  }

  Styles(SXSSFWorkbook wb, Theme theme) {
    this(wb, theme, "en");
  }

  /**
   * The styles of a workbook whose words are in {@code language}: its dates as that language
   * writes them ("29 June 2022"; in Korean "2022년 6월 29일").
   */
  Styles(SXSSFWorkbook wb, Theme theme, String language) {
    this.wb = wb;
    normal(wb);
    body = font(11, false, theme.text());
    XSSFFont bold = font(11, true, theme.text());
    XSSFFont white = font(11, true, new Colour(0xFFFFFF));

    header = style(white);
    header.setFillForegroundColor(colour(theme.accent()));
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    header.setBorderBottom(BorderStyle.THIN);

    text = style(body);
    wrap = style(body);
    wrap.setWrapText(true);
    // Text format, so that a spreadsheet keeps "2022-06" as typed instead of making it a day.
    textual = style(body);
    textual.setDataFormat(wb.createDataFormat().getFormat("@"));
    // Numbers as the brief prints them: one rule per kind of figure (Figures).
    integer = style(body);
    integer.setDataFormat(wb.createDataFormat().getFormat(Figures.WEIGHT_FORMAT));
    figure = style(body);
    figure.setDataFormat(wb.createDataFormat().getFormat(Figures.WEIGHT_FORMAT));
    figure.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
    score = style(body);
    score.setDataFormat(wb.createDataFormat().getFormat(Figures.SCORE_FORMAT));
    share = style(body);
    // Korean writes a per-cent sign without the space: 43%.
    share.setDataFormat(wb.createDataFormat().getFormat(language.equals("ko") ? "0%" : Figures.SHARE_FORMAT));
    title = style(font(18, true, theme.accent()));
    subtitle = style(font(13, false, theme.muted()));
    marking = style(font(11, true, new Colour(0xB91C1C)));
    heading = style(font(13, true, theme.accent()));
    heading.setBorderBottom(BorderStyle.THIN);
    heading.setBottomBorderColor(colour(theme.accent()));
    label = style(bold);
    link = style(underlined(theme.palette().get(0)));
    boolean korean = language.equals("ko");
    dateYear = date(korean ? "yyyy\"년\"" : "yyyy");
    dateMonth = date(korean ? "yyyy\"년\" m\"월\"" : "mmmm yyyy");
    dateDay = date(korean ? "yyyy\"년\" m\"월\" d\"일\"" : "d mmmm yyyy");
  }

  /** A style filled with {@code colour}, with text in black or white, whichever reads. */
  XSSFCellStyle fill(Colour colour) {
    return fills.computeIfAbsent(
        colour,
        c -> {
          double luminance = 0.2126 * c.red() + 0.7152 * c.green() + 0.0722 * c.blue();
          XSSFCellStyle s = style(font(11, true, new Colour(luminance < 140 ? 0xFFFFFF : 0x000000)));
          s.setFillForegroundColor(colour(c));
          s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
          return s;
        });
  }

  /**
   * Centred text (the ratings of an ACH matrix), made on first use: a workbook without an ACH
   * sheet keeps the styles, and the bytes, it had before there were any.
   */
  XSSFCellStyle centred() {
    if (centred == null) {
      centred = style(body);
      centred.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
    }
    return centred;
  }

  static XSSFColor colour(Colour c) {
    return new XSSFColor(new byte[] {(byte) c.red(), (byte) c.green(), (byte) c.blue()}, null);
  }

  private XSSFCellStyle date(String format) {
    XSSFCellStyle s = style(font(11, false, new Colour(0x222222)));
    s.setDataFormat(wb.createDataFormat().getFormat(format));
    return s;
  }

  private XSSFCellStyle style(XSSFFont font) {
    XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
    s.setFont(font);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }

  private XSSFFont font(int points, boolean bold, Colour colour) {
    XSSFFont f = (XSSFFont) wb.createFont();
    f.setFontName(FONT);
    f.setFontHeightInPoints((short) points);
    f.setBold(bold);
    f.setColor(colour(colour));
    return f;
  }

  private XSSFFont underlined(Colour colour) {
    XSSFFont f = font(11, false, colour);
    f.setUnderline(XSSFFont.U_SINGLE);
    return f;
  }
}
