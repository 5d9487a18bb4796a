/**
 * The sections of a brief, one class each, every one a {@link
 * org.briefkit.report.pdf.section.BriefSection} that writes itself from a {@link
 * org.briefkit.report.pdf.section.BriefContext} (the analysis, the options, the layout, the
 * chart style and the stakeholder colours). {@code PdfBrief} lists them once, in order; a new
 * section is a new class here and one line in that list. Sections hold no state, so that one
 * list serves renderings in parallel. Every figure and data table carries a source line, built
 * by {@link org.briefkit.report.pdf.section.SourceLine} from the evidence it rests on. Not part
 * of the module's API.
 */
package org.briefkit.report.pdf.section;
