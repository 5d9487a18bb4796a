package org.briefkit.report.pdf.tag;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
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
  private final List<PdfDictionary[]> linkObjects = new ArrayList<>();
  private Tag pending;
  private int keys;

  Tagger(PdfWriter writer) {
    this.writer = writer;
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
    return new PdfStructureElement(parent, role.pdfName());
  }

  /** The generic tag that makes a chunk's text {@code tag}'s content. */
  String key(Tag tag) {
    String key = "\u00a7" + keys++;
    tags.put(key, tag);
    return key;
  }

  /** Draws {@code image} (or any copy of it OpenPDF makes) as the content of {@code tag}'s element (a Figure). */
  void figure(Image image, Tag tag) {
    figures.put(identity(image), tag);
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
    if (tag == null) {
      return key;
    }
    int page = writer.getPageNumber();
    Tag shown = tag.realOn(page) ? tag : null;
    if (doc instanceof TaggedDocument flow && flow.flowing()) {
      flow.mark(shown);
    } else {
      pending = shown;
    }
    if (shown != null && tag.link != null) {
      link(tag, rect);
    }
    return tag.alias;
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
    linkObjects.add(new PdfDictionary[] {tag.element, objr});
  }

  /**
   * Adds each link's annotation to its Link element, after the element's marked content (OpenPDF
   * wants an element's marked-content references first). Call once, before the tree is written.
   */
  void finish() {
    for (PdfDictionary[] pair : linkObjects) {
      PdfDictionary element = pair[0];
      PdfObject k = element.get(PdfName.K);
      PdfArray kids;
      if (k == null) {
        kids = new PdfArray();
      } else if (k.isArray()) {
        kids = (PdfArray) k;
      } else {
        kids = new PdfArray();
        kids.add(k);
      }
      kids.add(pair[1]);
      element.put(PdfName.K, kids);
    }
    linkObjects.clear();
  }
}
