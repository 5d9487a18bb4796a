/**
 * What the PDF brief and the workbook share: the report options (paper, theme, fonts,
 * timestamp) and the theme. Carries
 * no rendering library.
 */
module org.briefkit.report {
  requires transitive org.briefkit.model;

  exports org.briefkit.report;
}
