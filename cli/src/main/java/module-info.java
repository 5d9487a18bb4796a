/** The {@code briefkit} command. */
module org.briefkit.cli {
  requires org.briefkit.report.pdf;
  requires org.briefkit.report.xlsx;
  requires org.briefkit.data;
  requires info.picocli;
  requires java.desktop;

  // picocli sets the commands' option fields by reflection.
  opens org.briefkit.cli to
      info.picocli;
}
