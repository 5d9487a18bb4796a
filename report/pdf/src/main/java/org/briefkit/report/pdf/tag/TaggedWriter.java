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
 * following the structure. Made untagged, it writes what OpenPDF's own writer writes, and its
 * {@link StructureBuilder} declares nothing.
 */
public final class TaggedWriter extends PdfWriter {
  private final Tagger tagger;

  private TaggedWriter(TaggedDocument pdf, OutputStream out, boolean tagged) {
    super(pdf, out);
    this.tagger = new Tagger(this);
    if (tagged) {
      setTagged();
      setTabs(PdfName.S);
      pdf.structure(tagger);
      directContent = new TaggedContent(this, tagger);
    }
  }

  /** A tagged writer of {@code document} to {@code out}, as {@link PdfWriter#getInstance} makes an untagged one. */
  public static TaggedWriter of(Document document, OutputStream out) throws DocumentException {
    return of(document, out, true);
  }

  /** A writer of {@code document} to {@code out}, tagged or not. */
  public static TaggedWriter of(Document document, OutputStream out, boolean tagged) throws DocumentException {
    TaggedDocument pdf = new TaggedDocument();
    pdf.setTextRenderingOptions(document.getTextRenderingOptions());
    document.addDocListener(pdf);
    TaggedWriter writer = new TaggedWriter(pdf, out, tagged);
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
