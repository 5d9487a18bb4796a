/**
 * The sample cases shipped with BriefKit: the Madrid 2022 NATO summit case ({@link
 * org.briefkit.samples.Samples#MADRID_2022}), encoded from a real article, and a fictional
 * five-stakeholder case ({@link org.briefkit.samples.Samples#CALDER_STRAIT}). {@link
 * org.briefkit.samples.Samples} lists them; each {@link org.briefkit.samples.Sample} opens its
 * case file from the classpath.
 */
package org.briefkit.samples;
