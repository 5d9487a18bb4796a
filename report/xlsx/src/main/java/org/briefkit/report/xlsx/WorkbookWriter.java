package org.briefkit.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.ach.AchAnalysis;
import org.briefkit.model.Case;
import org.briefkit.report.ReportOptions;

/** Builds one workbook for one case; used once. */
final class WorkbookWriter {
  private static final int WINDOW = 200;

  private final ReportOptions options;
  private final CaseAnalysis analysis;
  private final Case theCase;
  private final SXSSFWorkbook wb;
  private final XSSFWorkbook xssf;
  private final SheetContext ctx;
  private final String marking;

  WorkbookWriter(ReportOptions options, CaseAnalysis analysis) {
    this.options = options;
    this.analysis = analysis;
    this.theCase = analysis.theCase();
    this.xssf = new XSSFWorkbook();
    this.wb = new LinkingWorkbook(xssf, WINDOW);
    wb.setZip64Mode(Zip64Mode.AsNeeded);
    this.ctx =
        new SheetContext(
            analysis, new Styles(wb, options.theme(), options.languageFor(analysis.theCase())), options,
            options.theme().stakeholderColours(theCase), this::builder);
    this.marking = theCase.marking().orElse("");
  }

  void writeTo(OutputStream out) throws IOException {
    try {
      WorkbookText text = ctx.text();
      List<String> ach = AchSheet.sheetNames(theCase.ach(), text);
      Set<String> absent = ComputedSheets.absent(analysis);
      for (String name : Layout.SHEETS) {
        if (!absent.contains(name)) {
          wb.createSheet(text.sheet(name));
        }
        if (name.equals(Layout.INDICATORS)) {
          ach.forEach(wb::createSheet);
        }
      }
      for (CaseTable<?> t : ctx.tables().inCreationOrder) {
        CaseTableWriter.createTable(xssf.getSheet(t.sheet()), t, TableRows.count(theCase, t));
      }
      // After the case tables, so that theirs keep the parts they had before there were these.
      for (int i = 0; i < ach.size(); i++) {
        AchSheetWriter.createTable(xssf.getSheet(ach.get(i)), theCase.ach().get(i), i, text);
      }
      int chartRow = OverviewSheet.write(ctx.builder(Layout.OVERVIEW), ctx);
      ComputedSheets.write(ctx, xssf.getSheet(text.sheet(Layout.OVERVIEW)), chartRow);
      for (CaseTable<?> t : ctx.tables().all) {
        table(t);
      }
      List<AchAnalysis> analyses = analysis.ach();
      for (int i = 0; i < ach.size(); i++) {
        AchSheetWriter.write(builder(ach.get(i)), theCase.ach().get(i), i, analyses.get(i), ctx);
      }
      properties();
      wb.setActiveSheet(0);
      wb.write(out);
    } finally {
      wb.close();
    }
  }

  private SheetBuilder builder(String sheet) {
    SXSSFSheet s = wb.getSheet(sheet);
    return new SheetBuilder(s, xssf.getSheet(sheet));
  }

  /** Writes a case table: header, one row per element, drop-down lists, widths, print setup. */
  private <T> void table(CaseTable<T> t) {
    SheetBuilder b = builder(t.sheet());
    CaseTableWriter.header(b, t, ctx.styles());
    List<String> owners = List.of();
    if (t.nested()) {
      owners = TableRows.owners(t).stream().map(o -> o.entity().name()).toList();
      for (TableRows.Nested<T> r : TableRows.nested(theCase, t)) {
        CaseTableWriter.row(b, t, r.item(), Optional.of(r.owner()), ctx);
      }
    } else {
      for (T item : TableRows.items(theCase, t)) {
        CaseTableWriter.row(b, t, item, Optional.empty(), ctx);
      }
    }
    int rows = TableRows.count(theCase, t);
    CaseTableWriter.validations(b, t, theCase, owners);
    if (rows == 0) {
      b.row();
    }
    b.fitColumns(t.columns().size());
    b.printSetup(options.paper(), 1, marking, ctx.text());
  }

  private Instant timestamp() {
    return options.timestampFor(theCase);
  }

  private void properties() {
    POIXMLProperties props = xssf.getProperties();
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    Date when = Date.from(timestamp());
    core.setCreated(Optional.of(when));
    core.setModified(Optional.of(when));
    core.setTitle(theCase.title());
    core.setCreator(String.join("; ", theCase.authors()));
    core.setIdentifier(theCase.id().value());
    theCase.subtitle().ifPresent(core::setSubjectProperty);
    props.getExtendedProperties().getUnderlyingProperties().setApplication("BriefKit");
    props.getCustomProperties().addProperty(Layout.FORMAT_PROPERTY, Layout.FORMAT_VERSION);
    props.getCustomProperties().addProperty(WorkbookColumns.PROPERTY, WorkbookColumns.describe(theCase, ctx.tables()));
    // An English workbook says nothing of its language, as before there were others.
    if (!ctx.text().language().equals("en")) {
      props.getCustomProperties().addProperty(WorkbookText.LANGUAGE_PROPERTY, ctx.text().language());
    }
  }
}
