package org.briefkit.report.pdf;

import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The brief's XMP metadata: the document information (title, author, subject, keywords, dates)
 * and what the brief conforms to. A tagged brief says it is PDF/UA-1; a PDF/A-1b brief says it
 * is PDF/A-1b only, because OpenPDF's CIDSet for PDF/A-1 lists fewer glyphs than PDF/UA wants.
 */
final class XmpMetadata {
  private static final String PDFUA_ID = "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"";

  private XmpMetadata() {}

  /**
   * Gives {@code writer}'s document its metadata stream, if it claims a conformance (none for
   * an untagged brief not in PDF/A); call after the information is complete.
   */
  static void write(PdfWriter writer, boolean pdfA, boolean tagged) {
    if (pdfA) {
      writer.createXmpMetadata();
      return;
    }
    if (!tagged) {
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XmpWriter xmp = new XmpWriter(out, writer.getInfo(), PdfWriter.PDFXNONE)) {
      xmp.addRdfDescription(PDFUA_ID, "<pdfuaid:part>1</pdfuaid:part>");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the XMP metadata", e);
    }
    writer.setXmpMetadata(out.toByteArray());
  }
}
