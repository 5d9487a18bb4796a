/**
 * The Excel workbook of a case: {@link org.briefkit.report.xlsx.ExcelWorkbook} writes it
 * (Excel tables, a matrix of live formulas, native charts, streamed so that large cases fit in
 * little memory, byte-for-byte reproducible), and {@link org.briefkit.report.xlsx.CaseWorkbook}
 * reads it back — edited or not, a sheet at a time and a table row by row, so that large
 * workbooks too fit in bounded memory — into a case, reporting each problem at its sheet and cell
 * ({@link org.briefkit.report.xlsx.WorkbookProblem}, {@link
 * org.briefkit.report.xlsx.InvalidWorkbookException}).
 */
package org.briefkit.report.xlsx;
