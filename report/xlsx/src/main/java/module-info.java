/**
 * The Excel workbook ({@code org.briefkit.report.xlsx}): written with Apache POI, read back part by
 * part with commons-compress and the JDK's XML parsers.
 */
module org.briefkit.report.xlsx {
  requires transitive org.briefkit.report;
  requires transitive org.briefkit.analysis;
  requires org.apache.poi.ooxml;
  requires org.apache.commons.compress;
  requires org.apache.commons.io;
  requires java.xml;

  exports org.briefkit.report.xlsx;
}
