/**
 * Rendering of an analysed case: the PDF brief, the Excel workbook and the charts they share,
 * configured by one set of report options and one theme.
 */
package org.briefkit.report;
