/**
 * A small toolkit for laying out a brief with OpenPDF, one concept per type: {@link
 * org.briefkit.report.pdf.layout.Layout} (the open document, its styles and running numbers),
 * {@link org.briefkit.report.pdf.layout.Heading} (bookmarked, kept with what follows), {@link
 * org.briefkit.report.pdf.layout.Caption} (numbered figures, remembered for the list of
 * figures, and source lines), {@link
 * org.briefkit.report.pdf.layout.Tables} and {@link org.briefkit.report.pdf.layout.SlicedTable}
 * (long annex tables written in slices; their columns follow their content, {@link
 * org.briefkit.report.pdf.layout.ColumnWidths}, and a word too wide for its cell is broken with a
 * hyphen, {@link org.briefkit.report.pdf.layout.WordBreaks}, where the language's {@link
 * org.briefkit.report.pdf.layout.Hyphenator} allows), {@link org.briefkit.report.pdf.layout.ChartBox}
 * (JFreeChart drawn as vectors), {@link org.briefkit.report.pdf.layout.Badge} (small coloured
 * labels), {@link org.briefkit.report.pdf.layout.KeepTogether}, {@link
 * org.briefkit.report.pdf.layout.Rule} and {@link org.briefkit.report.pdf.layout.Text}, over the
 * {@link org.briefkit.report.pdf.layout.Styles} and the {@link
 * org.briefkit.report.pdf.layout.PageDecorator} of the document. Not part of the module's API.
 */
package org.briefkit.report.pdf.layout;
