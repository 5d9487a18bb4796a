/**
 * BriefKit's typed domain model ({@code org.briefkit.model}) and the case-file reader and
 * writer ({@code org.briefkit.model.io}).
 */
module org.briefkit.model {
  requires transitive com.google.common;
  requires org.snakeyaml.engine;

  exports org.briefkit.model;
  exports org.briefkit.model.format;
  exports org.briefkit.model.io;
}
