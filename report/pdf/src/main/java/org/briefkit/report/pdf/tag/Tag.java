package org.briefkit.report.pdf.tag;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;

/**
 * What a run of chunks (or a figure's image) stands for in the structure tree: the element its
 * content belongs to, the language of its text where that is not the document's, the
 * destination it links to, and the generic tag it carried before (a heading's bookmark, a
 * figure's page mark), passed on to the page decorator.
 */
final class Tag {
  final PdfStructureElement element;
  final StructureLedger.Node node;
  final PdfString lang;
  final String link;
  final String linkText;
  final String alias;
  /** Content repeated on each page a table runs over (its header rows): real on the first only. */
  final boolean repeated;
  private int page;

  Tag(PdfStructureElement element, StructureLedger.Node node, String lang, String link, String linkText, String alias,
      boolean repeated) {
    this.element = element;
    this.node = node;
    this.lang = lang == null ? null : new PdfString(lang);
    this.link = link;
    this.linkText = linkText;
    this.alias = alias;
    this.repeated = repeated;
  }

  /** Whether the content shown now, on {@code page}, is this element's (or a repetition of it). */
  boolean realOn(int page) {
    if (this.page == 0) {
      this.page = page;
      return true;
    }
    return !repeated || this.page == page;
  }

  /** Opens a marked-content sequence for this element in {@code cb}. */
  void open(PdfContentByte cb) {
    PdfDictionary properties = new PdfDictionary();
    if (lang != null) {
      properties.put(PdfName.LANG, lang);
    }
    cb.beginMarkedContentSequence(element, properties);
  }
}
