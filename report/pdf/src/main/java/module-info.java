/** The PDF brief ({@code org.briefkit.report.pdf}), drawn with OpenPDF and JFreeChart. */
module org.briefkit.report.pdf {
  requires transitive org.briefkit.report;
  requires transitive org.briefkit.analysis;
  requires com.github.librepdf.openpdf;
  requires org.jfree.jfreechart;
  requires java.desktop;

  exports org.briefkit.report.pdf;
}
