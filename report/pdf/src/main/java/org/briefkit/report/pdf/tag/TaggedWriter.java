package org.briefkit.report.pdf.tag;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;

/**
 * A writer of tagged PDF: OpenPDF's writer with a {@link TaggedDocument} and {@link
 * TaggedContent} as its direct content, marked as tagged, with the tab order of every page
 * following the structure.
 */
public final class TaggedWriter extends PdfWriter {
  private final Tagger tagger;

  private TaggedWriter(TaggedDocument pdf, OutputStream out) {
    super(pdf, out);
    setTagged();
    setTabs(PdfName.S);
    this.tagger = new Tagger(this);
    directContent = new TaggedContent(this, tagger);
  }

  /** A tagged writer of {@code document} to {@code out}, as {@link PdfWriter#getInstance} makes an untagged one. */
  public static TaggedWriter of(Document document, OutputStream out) throws DocumentException {
    TaggedDocument pdf = new TaggedDocument();
    pdf.setTextRenderingOptions(document.getTextRenderingOptions());
    document.addDocListener(pdf);
    TaggedWriter writer = new TaggedWriter(pdf, out);
    pdf.addWriter(writer);
    return writer;
  }

  /** The structure of the document being written. */
  public Tagger tagger() {
    return tagger;
  }

  @Override
  protected PdfDictionary getCatalog(PdfIndirectReference rootObj) {
    tagger.finish();
    return super.getCatalog(rootObj);
  }
}
