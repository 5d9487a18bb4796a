package org.briefkit.report.pdf.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of the brief may end: as OpenPDF's {@link DefaultSplitCharacter} allows (after a
 * space or a hyphen, and between Chinese or Japanese characters), except between two Hangul
 * syllables. OpenPDF treats every Hangul syllable as a break opportunity, which cuts Korean
 * words anywhere ("초점을 두 / 면서"); Korean breaks between words, at the spaces. A run with no
 * space that is wider than the line is still cut, at the last syllable that fits (OpenPDF does
 * so when a line holds no break opportunity; in table cells {@link WordBreaks} does it first),
 * and never inside a syllable, each being one character.
 */
public final class WordSplit extends DefaultSplitCharacter {
  /** The one instance: it holds no state. */
  public static final SplitCharacter INSTANCE = new WordSplit();

  private WordSplit() {}

  /**
   * {@code chunk}, its lines breaking as this class says when it holds Hangul; a chunk without
   * Hangul breaks as OpenPDF's default does, and is left as it is.
   */
  public static Chunk of(Chunk chunk) {
    if (chunk.getContent().chars().anyMatch(WordSplit::hangul)) {
      chunk.setSplitCharacter(INSTANCE);
    }
    return chunk;
  }

  /** Whether {@code c} is Hangul: a syllable, or a jamo of the Hangul blocks. */
  public static boolean hangul(int c) {
    return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF)
        || (c >= 0x3130 && c <= 0x318F) || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF);
  }

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    if (hangul(getCurrentCharacter(current, cc, ck))) {
      return false;
    }
    return super.isSplitCharacter(start, current, end, cc, ck);
  }
}
