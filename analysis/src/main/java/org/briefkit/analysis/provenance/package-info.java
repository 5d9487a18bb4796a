/**
 * Provenance: a case's citations checked against local copies of its sources' texts. {@link
 * org.briefkit.analysis.provenance.SourceTexts} reads the texts a case names (by the folder rule
 * of {@link org.briefkit.model.io.CaseFolder}) or takes them from the caller; each is parsed into
 * numbered paragraphs, pages and sections as a {@link
 * org.briefkit.analysis.provenance.SourceText}, from plain text, Markdown or HTML. {@link
 * org.briefkit.analysis.provenance.Quotes} finds the quotes in an evidence text, and {@link
 * org.briefkit.analysis.provenance.ProvenanceReport} says of every citation whether its place
 * is in the text and its quotes are there ({@link
 * org.briefkit.analysis.provenance.CitationStatus}), which the tradecraft rules {@code
 * locator-not-found}, {@code quote-not-found} and {@code source-text-missing} report.
 */
package org.briefkit.analysis.provenance;
