/**
 * The PDF brief: {@link org.briefkit.report.pdf.PdfBrief} renders an analysed case as a policy
 * brief (OpenPDF) with vector charts, embedded fonts that cover Hangul, bookmarks, running
 * header and footer, optional PDF/A-1b, and byte-identical output for the same input.
 */
package org.briefkit.report.pdf;
