package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.briefkit.model.Colour;
import org.briefkit.model.Stakeholder;

/**
 * A clustered bar chart with a series per stakeholder in the stakeholder's colour, its
 * categories and values referring to the cells of the sheet they come from. Each series is
 * styled explicitly: LibreOffice shows an unstyled series as invisible. The chart's shape is
 * named with its title, which says what it shows (Excel's selection pane and tools that list
 * a sheet's charts show that name).
 */
final class BarChart {
  private record Series(Stakeholder stakeholder, Double[] values, String ref, Optional<CellReference> name) {}

  private final String title;
  private final BarDirection direction;
  private final String[] categories;
  private final String categoriesRef;
  private final List<Series> series = new ArrayList<>();

  /** A chart of {@code categories}, whose labels lie at {@code categoriesRef}. */
  BarChart(String title, BarDirection direction, List<String> categories, String categoriesRef) {
    this.title = title;
    this.direction = direction;
    this.categories = categories.toArray(new String[0]);
    this.categoriesRef = categoriesRef;
  }

  /** A range of {@code sheet} in absolute references, as a chart refers to it. */
  static String range(String sheet, int r1, int c1, int r2, int c2) {
    return Layout.quoteSheet(sheet) + "!" + new CellReference(r1, c1, true, true).formatAsString()
        + ":" + new CellReference(r2, c2, true, true).formatAsString();
  }

  /**
   * Adds {@code stakeholder}'s series: {@code value} gives its bar in each category, {@code ref}
   * where those values lie, {@code name} the cell that holds its name, if one does.
   */
  BarChart series(Stakeholder stakeholder, String ref, Optional<CellReference> name, IntToDoubleFunction value) {
    Double[] values = new Double[categories.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = value.applyAsDouble(i);
    }
    series.add(new Series(stakeholder, values, ref, name));
    return this;
  }

  /** Draws the chart in {@code anchor}. */
  void draw(SheetContext context, XSSFDrawing drawing, XSSFClientAnchor anchor) {
    XDDFCategoryDataSource labels = XDDFDataSourcesFactory.fromArray(categories, categoriesRef);
    XSSFChart chart = drawing.createChart(anchor);
    // The chart is named for what it shows, as its title says, not with POI's "Diagramm0".
    chart.getGraphicFrame().setName(title);
    chart.setTitleText(title);
    // POI tags the title with the JVM's default locale; the case's language keeps the bytes fixed.
    Locale language = Locale.forLanguageTag(context.options().language().orElse(context.analysis().theCase().language()));
    chart.getTitle().getBody().getParagraphs().forEach(p -> p.getTextRuns().forEach(r -> r.setLanguage(language)));
    chart.setTitleOverlay(false);
    XDDFChartLegend legend = chart.getOrAddLegend();
    legend.setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis x = chart.createCategoryAxis(direction == BarDirection.COL ? AxisPosition.BOTTOM : AxisPosition.LEFT);
    XDDFValueAxis y = chart.createValueAxis(direction == BarDirection.COL ? AxisPosition.LEFT : AxisPosition.BOTTOM);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    x.setCrosses(AxisCrosses.AUTO_ZERO);
    if (direction == BarDirection.BAR) {
      // Horizontal bars list the categories top-down, in the order of the table.
      x.setOrientation(AxisOrientation.MAX_MIN);
      y.setCrosses(AxisCrosses.MAX);
    }
    y.getOrAddMajorGridProperties().setLineProperties(gridLine());
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(direction);
    data.setBarGrouping(BarGrouping.CLUSTERED);
    data.setVaryColors(false);
    for (Series s : series) {
      XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(s.values(), s.ref());
      XDDFChartData.Series added = data.addSeries(labels, values);
      added.setTitle(s.stakeholder().shortName(), s.name().orElse(null));
      added.setShapeProperties(solid(context.colour(s.stakeholder().id())));
    }
    chart.plot(data);
  }

  private static XDDFShapeProperties solid(Colour c) {
    XDDFColor colour = XDDFColor.from(new byte[] {(byte) c.red(), (byte) c.green(), (byte) c.blue()});
    XDDFShapeProperties shape = new XDDFShapeProperties();
    shape.setFillProperties(new XDDFSolidFillProperties(colour));
    XDDFLineProperties line = new XDDFLineProperties();
    line.setFillProperties(new XDDFSolidFillProperties(colour));
    shape.setLineProperties(line);
    return shape;
  }

  private static XDDFLineProperties gridLine() {
    XDDFLineProperties line = new XDDFLineProperties();
    line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.LIGHT_GRAY)));
    return line;
  }
}
