/**
 * The layout of a brief: {@link org.briefkit.report.pdf.layout.Styles} (type and colours, text
 * filtered through the fonts) and the {@link org.briefkit.report.pdf.layout.PageDecorator}
 * (running header and footer, bookmarks). Not part of the module's API.
 */
package org.briefkit.report.pdf.layout;
