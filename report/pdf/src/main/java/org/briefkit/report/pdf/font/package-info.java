/**
 * The fonts of a brief: {@link org.briefkit.report.pdf.font.BriefFonts} loads, for each
 * rendering, an embedded regular and bold face that covers Hangul where one is found, with the
 * bundled DejaVu Sans behind it, seeds their subset tags so that the same input gives the same
 * bytes, and remembers the text no face could show. {@code FontLocator} finds the font file
 * from the options, the {@code BRIEFKIT_FONT} variable or the usual system folders. Not part
 * of the module's API.
 */
package org.briefkit.report.pdf.font;
