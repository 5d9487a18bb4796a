package org.briefkit.report.pdf.tag;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGlyphArray;
import com.lowagie.text.pdf.PdfTextArray;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.font.GlyphVector;

/**
 * The page's direct content, and every duplicate of it OpenPDF makes to lay out tables and
 * columns: before text is shown, it opens a marked-content sequence for the chunk whose
 * generic tag was just seen ({@link Tagger#pending}), and it closes it where the text object
 * ends; a figure's image is drawn inside a sequence of its own.
 */
final class TaggedContent extends PdfContentByte {
  private final Tagger tagger;
  private Tag open;

  TaggedContent(PdfWriter writer, Tagger tagger) {
    super(writer);
    this.tagger = tagger;
  }

  @Override
  public PdfContentByte getDuplicate() {
    return new TaggedContent(writer, tagger);
  }

  private void switchTo(Tag tag) {
    if (tag == open) {
      return;
    }
    if (open != null) {
      endMarkedContentSequence();
      open = null;
    }
    if (tag != null) {
      tag.open(this);
      open = tag;
    }
  }

  private void beforeText() {
    switchTo(tagger.pending());
  }

  @Override
  public void endText() {
    switchTo(null);
    tagger.clearPending();
    super.endText();
  }

  @Override
  public void showText(String text) {
    beforeText();
    super.showText(text);
  }

  @Override
  public void showText(PdfTextArray text) {
    beforeText();
    super.showText(text);
  }

  @Override
  public void showText(PdfGlyphArray glyphs) {
    beforeText();
    super.showText(glyphs);
  }

  @Override
  public void showText(GlyphVector glyphVector) {
    beforeText();
    super.showText(glyphVector);
  }

  @Override
  public void showText(GlyphVector glyphVector, int beginIndex, int endIndex) {
    beforeText();
    super.showText(glyphVector, beginIndex, endIndex);
  }

  @Override
  public void showTextKerned(String text) {
    beforeText();
    super.showTextKerned(text);
  }

  @Override
  public void newlineShowText(String text) {
    beforeText();
    super.newlineShowText(text);
  }

  @Override
  public void newlineShowText(float wordSpacing, float charSpacing, String text) {
    beforeText();
    super.newlineShowText(wordSpacing, charSpacing, text);
  }

  @Override
  public void addImage(Image image, float a, float b, float c, float d, float e, float f, boolean inlineImage)
      throws DocumentException {
    Tag figure = tagger.figure(image);
    if (figure == null) {
      super.addImage(image, a, b, c, d, e, f, inlineImage);
      return;
    }
    Tag was = open;
    tagger.drawn(figure);
    switchTo(figure);
    try {
      super.addImage(image, a, b, c, d, e, f, inlineImage);
    } finally {
      switchTo(was);
    }
  }
}
