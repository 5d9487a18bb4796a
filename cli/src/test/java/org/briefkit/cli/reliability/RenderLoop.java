package org.briefkit.cli.reliability;

import java.nio.file.Path;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.io.CaseFiles;
import org.briefkit.report.ReportOptions;
import org.briefkit.report.pdf.PdfBrief;
import org.briefkit.report.xlsx.ExcelWorkbook;

/**
 * Run in a separate JVM by {@link FailureSafetyTest}: renders a case file into the same PDF
 * and workbook over and over, until the process is killed.
 *
 * <p>Arguments: the case file and the output folder. Prints {@code ready} once the first round
 * has been written, then one dot per round.
 */
public final class RenderLoop {
  private RenderLoop() {}

  /** Renders {@code args[0]} into {@code args[1]} until killed. */
  public static void main(String[] args) throws Exception {
    CaseAnalysis analysis = Analyzer.analyze(CaseFiles.read(Path.of(args[0])));
    Path dir = Path.of(args[1]);
    Path pdf = dir.resolve(analysis.theCase().id().value() + ".pdf");
    Path xlsx = dir.resolve(analysis.theCase().id().value() + ".xlsx");
    ReportOptions options = ReportOptions.defaults();
    boolean first = true;
    while (true) {
      PdfBrief.with(options).write(analysis, pdf);
      ExcelWorkbook.of(options).write(analysis, xlsx);
      System.out.println(first ? "ready" : ".");
      System.out.flush();
      first = false;
    }
  }
}
