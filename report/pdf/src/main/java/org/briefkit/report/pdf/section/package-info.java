/**
 * The sections of a brief, one class each, every one a {@link
 * org.briefkit.report.pdf.section.BriefSection} that writes itself from a {@link
 * org.briefkit.report.pdf.section.BriefContext} (the analysis, the options, the layout, the
 * chart style and the stakeholder colours). {@code PdfBrief} lists them once, in order; a new
 * section is a new class here and one line in that list. Sections hold no state, so that one
 * list serves renderings in parallel. Not part of the module's API.
 */
package org.briefkit.report.pdf.section;
