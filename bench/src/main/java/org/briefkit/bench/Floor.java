package org.briefkit.bench;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The floor the command is measured against: a bare program that loads the same libraries
 * (OpenPDF, JFreeChart, Apache POI) and writes a one-page PDF with one vector chart and a
 * one-sheet workbook with one native chart, and nothing else. Whatever the command takes
 * beyond this is BriefKit's own cost.
 *
 * <p>{@code java -Djava.awt.headless=true -XX:+UseSerialGC -cp CLASSPATH org.briefkit.bench.Floor DIR}
 */
public final class Floor {
  private static final String[] LABELS = {"Cybersecurity", "Non-proliferation", "Arms trade", "Diplomacy"};
  private static final double[] VALUES = {6, 5, 4, 3};

  private Floor() {}

  /** Writes {@code DIR/floor.pdf} and {@code DIR/floor.xlsx}. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    Files.createDirectories(dir);
    try (OutputStream out = Files.newOutputStream(dir.resolve("floor.pdf"))) {
      pdf(out);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("floor.xlsx"))) {
      workbook(out);
    }
  }

  static void pdf(OutputStream out) throws Exception {
    Document doc = new Document(PageSize.A4);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    doc.open();
    doc.add(new Paragraph("Motivations by domain"));
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < LABELS.length; i++) {
      data.addValue(VALUES[i], "Weight", LABELS[i]);
    }
    JFreeChart chart = ChartFactory.createBarChart("Motivations by domain", "Domain", "Weight", data);
    float w = 480;
    float h = 300;
    PdfContentByte cb = writer.getDirectContent();
    PdfTemplate tp = cb.createTemplate(w, h);
    Graphics2D g = tp.createGraphics(w, h, new DefaultFontMapper());
    chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
    g.dispose();
    doc.add(Image.getInstance(tp));
    doc.close();
  }

  static void workbook(OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("Domains");
      for (int i = 0; i < LABELS.length; i++) {
        XSSFRow row = sheet.createRow(i);
        row.createCell(0).setCellValue(LABELS[i]);
        row.createCell(1).setCellValue(VALUES[i]);
      }
      XSSFDrawing drawing = sheet.createDrawingPatriarch();
      XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, 0, 10, 15));
      chart.setTitleText("Motivations by domain");
      XDDFDataSource<String> x =
          XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(0, LABELS.length - 1, 0, 0));
      XDDFNumericalDataSource<Double> y =
          XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(0, LABELS.length - 1, 1, 1));
      XDDFChartData data =
          chart.createData(
              ChartTypes.BAR,
              chart.createCategoryAxis(AxisPosition.BOTTOM),
              chart.createValueAxis(AxisPosition.LEFT));
      data.addSeries(x, y).setTitle("Weight", null);
      ((XDDFBarChartData) data).setVaryColors(false);
      chart.plot(data);
      wb.write(out);
    }
  }
}
