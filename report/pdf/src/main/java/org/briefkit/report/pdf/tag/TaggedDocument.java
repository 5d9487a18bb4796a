package org.briefkit.report.pdf.tag;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDocument;

/**
 * OpenPDF's document with two additions: the text it flows itself (paragraphs outside tables)
 * is marked as it is written, chunk by chunk, and when a page ends everything painted on it
 * that is not marked becomes an artifact ({@link ArtifactMarking}).
 */
final class TaggedDocument extends PdfDocument {
  private Tagger tagger;
  private boolean flowing;
  private boolean ending;
  private Tag open;

  /**
   * Makes this the document of {@code tagger}'s structure: it marks what is left untagged on a
   * page as an artifact when the page ends, and tells the tagger. Untagged, it does neither.
   */
  void structure(Tagger tagger) {
    this.tagger = tagger;
  }

  /** Whether the lines being written are the document's own flow (not a table's or a column's). */
  boolean flowing() {
    return flowing;
  }

  /** Marks the flow's text from here on as {@code tag}'s, or as nothing's (null). */
  void mark(Tag tag) {
    if (tag == open) {
      return;
    }
    if (open != null) {
      text.endMarkedContentSequence();
      open = null;
    }
    if (tag != null) {
      tag.open(text);
      open = tag;
    }
  }

  @Override
  protected float flushLines() throws DocumentException {
    flowing = true;
    try {
      return super.flushLines();
    } finally {
      flowing = false;
      mark(null);
      if (ending && tagger != null) {
        // the page's last lines are written: nothing more is painted on it
        ending = false;
        markArtifacts(text);
        markArtifacts(graphics);
        markArtifacts(writer.getDirectContentUnder());
        markArtifacts(writer.getDirectContent());
        tagger.pageEnded(writer.getPageNumber());
      }
    }
  }

  @Override
  public boolean newPage() {
    ending = true;
    try {
      return super.newPage();
    } finally {
      ending = false;
    }
  }

  private static void markArtifacts(PdfContentByte cb) {
    if (cb == null) {
      return;
    }
    com.lowagie.text.pdf.ByteBuffer buffer = cb.getInternalBuffer();
    byte[] marked = ArtifactMarking.mark(buffer.getBuffer(), buffer.size());
    if (marked != null) {
      buffer.reset();
      buffer.append(marked);
    }
  }
}
