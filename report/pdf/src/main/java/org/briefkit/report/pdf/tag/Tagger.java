package org.briefkit.report.pdf.tag;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The structure of one brief as it is laid out. Every chunk of text carries a generic tag
 * that names its {@link Tag}; OpenPDF reports each generic tag just before it shows the chunk
 * ({@link #chunk}), and the content it is shown into opens the tag's marked-content sequence.
 * Links are made here too, as annotations inside their Link elements. One instance per document.
 */
public final class Tagger {
  private static final PdfName OBJR = new PdfName("OBJR");
  private static final PdfName STRUCT_PARENT = new PdfName("StructParent");

  private final PdfWriter writer;
  private PdfStructureElement document;
  private final Map<String, Tag> tags = new HashMap<>();
  private final Map<Object, Tag> figures = new IdentityHashMap<>();
  private final StructureLedger ledger;
  private Tag pending;
  private int keys;

  Tagger(PdfWriter writer) {
    this.writer = writer;
    this.ledger = new StructureLedger(writer);
  }

  /** The Document element, parent of everything the brief says; made once the document is open. */
  PdfStructureElement document() {
    if (document == null) {
      document = new PdfStructureElement(writer.getStructureTreeRoot(), Role.DOCUMENT.pdfName());
    }
    return document;
  }

  /** A new element of {@code role} under {@code parent}, after its other children. */
  PdfStructureElement element(PdfStructureElement parent, Role role) {
    PdfStructureElement e = new PdfStructureElement(parent, role.pdfName());
    ledger.declared(e, parent, writer.getPageNumber());
    return e;
  }

  /** A tag for content of {@code element}, which must be one made by {@link #element}. */
  Tag tag(PdfStructureElement element, String lang, String link, String linkText, String alias, boolean repeated) {
    return new Tag(element, ledger.node(element), lang, link, linkText, alias, repeated);
  }

  /** Says that {@code container} gets no more children, so that it is written once they are. */
  void close(PdfStructureElement container) {
    ledger.close(container);
  }

  /** The generic tag that makes a chunk's text {@code tag}'s content. */
  String key(Tag tag) {
    String key = "\u00a7" + keys++;
    tags.put(key, tag);
    tag.node.onWrite.add(() -> tags.remove(key));
    return key;
  }

  /** Draws {@code image} (or any copy of it OpenPDF makes) as the content of {@code tag}'s element (a Figure). */
  void figure(Image image, Tag tag) {
    Object key = identity(image);
    figures.put(key, tag);
    tag.node.onWrite.add(() -> figures.remove(key));
  }

  /** The figure {@code image} stands for, or null if it is decoration. */
  Tag figure(Image image) {
    return figures.get(identity(image));
  }

  /**
   * What stays the same when OpenPDF copies an image (as it does for an image in a chunk): a
   * drawn image's template, else the image itself.
   */
  static Object identity(Image image) {
    return image.getTemplateData() != null ? image.getTemplateData() : image;
  }

  /** The tag of the chunk whose text is about to be shown, or null. */
  Tag pending() {
    return pending;
  }

  void clearPending() {
    pending = null;
  }

  /**
   * Called for every generic tag OpenPDF meets, just before it shows the chunk at {@code rect}:
   * makes what is shown next the content of the chunk's element (or an artifact, for a table's
   * header repeated on a later page), and makes its link. Returns the generic tag the chunk
   * carried before it was tagged (a bookmark's key, say), null if none, or {@code key} itself
   * if it is not a structure tag.
   */
  public String chunk(Document doc, Rectangle rect, String key) {
    Tag tag = tags.get(key);
    if (tag == null && !key.startsWith("\u00a7")) {
      return key;
    }
    int page = writer.getPageNumber();
    // a tag already written out with its element is shown again only as a repeated header
    Tag shown = tag != null && tag.realOn(page) ? tag : null;
    if (shown != null) {
      StructureLedger.shown(shown.node, page);
    }
    if (doc instanceof TaggedDocument flow && flow.flowing()) {
      flow.mark(shown);
    } else {
      pending = shown;
    }
    if (shown != null && tag.link != null) {
      link(tag, rect);
    }
    return tag == null ? null : tag.alias;
  }

  /** Notes that {@code tag}'s figure is being drawn now. */
  void drawn(Tag tag) {
    StructureLedger.shown(tag.node, writer.getPageNumber());
  }

  /** Page {@code page} has ended: writes out what is finished. */
  void pageEnded(int page) {
    ledger.pageEnded(page);
  }

  private void link(Tag tag, Rectangle rect) {
    PdfAnnotation a = new PdfAnnotation(writer, rect.getLeft(), rect.getBottom(), rect.getRight(), rect.getTop(),
        PdfAction.gotoLocalPage(tag.link, false));
    a.setBorder(new PdfBorderArray(0, 0, 0));
    a.setFlags(PdfAnnotation.FLAGS_PRINT);
    a.put(PdfName.CONTENTS, new PdfString(tag.linkText, PdfObject.TEXT_UNICODE));
    int parentKey = writer.getStructureTreeRoot().addExistingObject(tag.element.getReference());
    a.put(STRUCT_PARENT, new PdfNumber(parentKey));
    writer.addAnnotation(a);
    PdfDictionary objr = new PdfDictionary(OBJR);
    objr.put(PdfName.OBJ, a.getIndirectReference());
    objr.put(PdfName.PG, writer.getCurrentPage());
    StructureLedger.object(tag.node, objr);
  }

  /** Adds the annotations of the elements still held to them. Call once, before the tree is written. */
  void finish() {
    ledger.finish();
  }
}
