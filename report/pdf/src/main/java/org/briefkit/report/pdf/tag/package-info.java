/**
 * The brief's structure tree (tagged PDF, PDF/UA-1): OpenPDF 2.0.5 writes marked content only
 * when asked operator by operator, so this package asks for it. {@link
 * org.briefkit.report.pdf.tag.Tagger} knows what every chunk of text and every figure stands
 * for ({@link org.briefkit.report.pdf.tag.StructureBuilder} declares it as elements are added);
 * {@link org.briefkit.report.pdf.tag.TaggedWriter} and {@link
 * org.briefkit.report.pdf.tag.TaggedDocument} open a marked-content sequence just before the
 * text of a chunk is shown and close it after; {@link
 * org.briefkit.report.pdf.tag.ArtifactMarking} marks whatever else a page paints (rules,
 * fills, running header and footer) as an artifact.
 */
package org.briefkit.report.pdf.tag;
