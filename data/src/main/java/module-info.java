/**
 * Datasets in and the actor network out ({@code org.briefkit.data}): the SIPRI trade register and
 * ACLED events a case declares, read into its transfers and events, and the network written as
 * GEXF for Gephi.
 */
module org.briefkit.data {
  requires transitive org.briefkit.model;
  requires org.apache.commons.csv;
  requires java.xml;

  exports org.briefkit.data;
}
