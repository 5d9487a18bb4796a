/**
 * The case-file format as data: for each kind of element ({@link
 * org.briefkit.model.format.Entity}), its fields ({@link org.briefkit.model.format.Field}) in
 * order, each with its name, its column header, its {@link org.briefkit.model.format.ValueType},
 * whether it is required, its default, how it is read from and written to a record, and whether
 * it is derived. {@link org.briefkit.model.format.CaseFormat} lists them all. The YAML/JSON
 * reader and writer, the JSON Schema, the format reference and the workbook's columns all
 * follow these declarations, so a field is declared once.
 */
package org.briefkit.model.format;
