/** Pure functions from a case to its analysis ({@code org.briefkit.analysis}). */
module org.briefkit.analysis {
  requires transitive org.briefkit.model;
  requires org.commonmark;
  requires org.jsoup;

  exports org.briefkit.analysis;
  exports org.briefkit.analysis.ach;
  exports org.briefkit.analysis.changes;
  exports org.briefkit.analysis.provenance;
  exports org.briefkit.analysis.tradecraft;
}
