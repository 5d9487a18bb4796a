/** The sample cases and the synthetic case generator, over the public model API only. */
module org.briefkit.samples {
  requires transitive org.briefkit.model;

  exports org.briefkit.samples;
  exports org.briefkit.samples.synthetic;
}
